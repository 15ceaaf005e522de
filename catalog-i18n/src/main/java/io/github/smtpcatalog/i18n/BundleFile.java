// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.i18n;

import io.github.smtpcatalog.i18n.BundleProblem.Kind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A bundle file read by the library's strict reader: UTF-8 only, every duplicate key and malformed byte reported
 * with its line, never a silent Latin-1 guess or overwrite. The syntax is that of {@code .properties} files
 * ({@code key = value}, {@code #} and {@code !} comments, backslash escapes and line continuations; lines end with
 * LF, CRLF or a lone CR).
 *
 * <pre>{@code
 * BundleFile f = BundleFile.read(Path.of("bundles/seed_nl.properties"));
 * f.baseName();            // "seed"
 * f.localeSuffix();        // "nl"
 * f.value("seed.5.1.1.title");
 * f.problems();            // empty for a clean file
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
public final class BundleFile {

    /** The file name extension of bundle files. */
    public static final String EXTENSION = ".properties";

    private final String fileName;
    private final List<BundleEntry> entries;
    private final Map<String, String> values;
    private final List<BundleProblem> problems;

    private BundleFile(String fileName, List<BundleEntry> entries, List<BundleProblem> problems) {
        this.fileName = fileName;
        this.entries = List.copyOf(entries);
        Map<String, String> v = new LinkedHashMap<>();
        for (BundleEntry e : entries) {
            v.putIfAbsent(e.key(), e.value());
        }
        this.values = Collections.unmodifiableMap(v);
        this.problems = List.copyOf(problems);
    }

    /**
     * Reads a bundle file. Content problems do not throw: they are in {@link #problems()}; a file that cannot be
     * read at all gives an empty bundle with an {@link Kind#UNREADABLE} problem.
     *
     * @param file the file, not null
     * @return the bundle file
     */
    public static BundleFile read(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        try {
            return parse(name, Files.readAllBytes(file));
        } catch (IOException | SecurityException e) {
            return new BundleFile(name, List.of(), List.of(new BundleProblem(Kind.UNREADABLE, 0, null,
                    "cannot read the file: " + e.getMessage())));
        }
    }

    /**
     * Reads a bundle from a stream, which is read to its end but not closed.
     *
     * @param in       the stream, not null
     * @param fileName the file name, e.g. {@code seed_nl.properties}, not null
     * @return the bundle file
     */
    public static BundleFile read(InputStream in, String fileName) {
        Objects.requireNonNull(fileName, "fileName");
        try {
            return parse(fileName, in.readAllBytes());
        } catch (IOException e) {
            return new BundleFile(fileName, List.of(), List.of(new BundleProblem(Kind.UNREADABLE, 0, null,
                    "cannot read the file: " + e.getMessage())));
        }
    }

    /**
     * Parses bundle content.
     *
     * @param fileName the file name, not null
     * @param bytes    the content, not null
     * @return the bundle file
     */
    public static BundleFile parse(String fileName, byte[] bytes) {
        Objects.requireNonNull(fileName, "fileName");
        List<String> lines = new ArrayList<>();
        List<BundleProblem> problems = new ArrayList<>();
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        int start = 0;
        for (int i = 0; i <= bytes.length; i++) {
            // A line ends with LF, CRLF or a lone CR, as in java.util.Properties.
            if (i == bytes.length || bytes[i] == '\n' || bytes[i] == '\r') {
                if (i == bytes.length && start == i) {
                    break;
                }
                int end = i;
                ByteBuffer buf = ByteBuffer.wrap(bytes, start, end - start);
                String line;
                try {
                    line = strict.reset().decode(buf).toString();
                } catch (CharacterCodingException e) {
                    problems.add(new BundleProblem(Kind.MALFORMED_UTF8, lines.size() + 1, null,
                            "the line is not valid UTF-8 (was the file saved as Latin-1 or Windows-1252?)"));
                    line = new String(bytes, start, end - start, StandardCharsets.UTF_8);
                }
                if (lines.isEmpty() && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                lines.add(line);
                if (i + 1 < bytes.length && bytes[i] == '\r' && bytes[i + 1] == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        List<BundleEntry> entries = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = stripLeading(lines.get(i));
            if (line.isEmpty() || line.charAt(0) == '#' || line.charAt(0) == '!') {
                continue;
            }
            int first = i + 1;
            StringBuilder logical = new StringBuilder(line);
            while (endsWithContinuation(logical) && i + 1 < lines.size()) {
                logical.setLength(logical.length() - 1);
                i++;
                logical.append(stripLeading(lines.get(i)));
            }
            parseEntry(logical.toString(), first, entries, problems, seen);
        }
        return new BundleFile(fileName, entries, problems);
    }

    /**
     * The values of bundle content in the plain form that every shipped file has, read without the strict
     * reader's per-line work (start-up time): one UTF-8 decode of the whole content, then {@code key = value}
     * lines, blank lines and {@code #}/{@code !} comments. Content that needs more, or that the strict reader
     * would report a problem for, gives null, and the caller reads it with {@link #parse}: a backslash (escapes
     * and continuation lines), a carriage return, a byte-order mark, a malformed byte (or a U+FFFD, which cannot
     * be told from one), a line without a key, a key defined twice. When not null, the result equals
     * {@code parse(name, bytes).values()} (a test checks it for every shipped file and for the cases above).
     *
     * @param bytes the content
     * @return key to value, or null when the strict reader is needed
     */
    static Map<String, String> parsePlain(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf('\\') >= 0 || text.indexOf('\r') >= 0 || text.indexOf('\uFFFD') >= 0
                || (!text.isEmpty() && text.charAt(0) == '\uFEFF')) {
            return null;
        }
        Map<String, String> values = new HashMap<>();
        int n = text.length();
        int start = 0;
        while (start < n) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = n;
            }
            int k = skipBlanks(text, start, end);
            if (k < end && text.charAt(k) != '#' && text.charAt(k) != '!') {
                int keyEnd = k;
                while (keyEnd < end && !isKeyEnd(text.charAt(keyEnd))) {
                    keyEnd++;
                }
                if (keyEnd == k) {
                    return null;
                }
                int v = skipBlanks(text, keyEnd, end);
                if (v < end && (text.charAt(v) == '=' || text.charAt(v) == ':')) {
                    v = skipBlanks(text, v + 1, end);
                }
                if (values.putIfAbsent(text.substring(k, keyEnd), text.substring(v, end)) != null) {
                    return null;
                }
            }
            start = end + 1;
        }
        return values;
    }

    private static int skipBlanks(String s, int from, int to) {
        int k = from;
        while (k < to && (s.charAt(k) == ' ' || s.charAt(k) == '\t' || s.charAt(k) == '\f')) {
            k++;
        }
        return k;
    }

    private static boolean isKeyEnd(char c) {
        return c == '=' || c == ':' || c == ' ' || c == '\t' || c == '\f';
    }

    private static String stripLeading(String s) {
        int k = 0;
        while (k < s.length() && (s.charAt(k) == ' ' || s.charAt(k) == '\t' || s.charAt(k) == '\f')) {
            k++;
        }
        return s.substring(k);
    }

    private static boolean endsWithContinuation(CharSequence s) {
        int n = 0;
        for (int k = s.length() - 1; k >= 0 && s.charAt(k) == '\\'; k--) {
            n++;
        }
        return n % 2 == 1;
    }

    private static void parseEntry(String line, int lineNo, List<BundleEntry> entries, List<BundleProblem> problems,
            Map<String, Integer> seen) {
        int k = 0;
        int n = line.length();
        while (k < n) {
            char c = line.charAt(k);
            if (c == '\\') {
                k += 2;
                continue;
            }
            if (c == '=' || c == ':' || c == ' ' || c == '\t' || c == '\f') {
                break;
            }
            k++;
        }
        k = Math.min(k, n);
        String key = unescape(line.substring(0, k), lineNo, null, problems);
        int v = k;
        while (v < n && (line.charAt(v) == ' ' || line.charAt(v) == '\t' || line.charAt(v) == '\f')) {
            v++;
        }
        if (v < n && (line.charAt(v) == '=' || line.charAt(v) == ':')) {
            v++;
            while (v < n && (line.charAt(v) == ' ' || line.charAt(v) == '\t' || line.charAt(v) == '\f')) {
                v++;
            }
        }
        if (key.isEmpty()) {
            problems.add(new BundleProblem(Kind.MALFORMED_LINE, lineNo, null, "the line has no key"));
            return;
        }
        String value = unescape(line.substring(v), lineNo, key, problems);
        Integer before = seen.putIfAbsent(key, lineNo);
        if (before != null) {
            problems.add(new BundleProblem(Kind.DUPLICATE_KEY, lineNo, key,
                    "the key " + key + " was already defined on line " + before));
        }
        entries.add(new BundleEntry(key, value, lineNo));
    }

    private static String unescape(String s, int lineNo, String key, List<BundleProblem> problems) {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c != '\\' || k + 1 >= s.length()) {
                b.append(c);
                continue;
            }
            char e = s.charAt(++k);
            switch (e) {
                case 't':
                    b.append('\t');
                    break;
                case 'n':
                    b.append('\n');
                    break;
                case 'r':
                    b.append('\r');
                    break;
                case 'f':
                    b.append('\f');
                    break;
                case '\\': case '=': case ':': case '#': case '!': case ' ':
                    b.append(e);
                    break;
                case 'u':
                    if (isHex(s, k + 1)) {
                        b.append((char) Integer.parseInt(s.substring(k + 1, k + 5), 16));
                        k += 4;
                    } else {
                        problems.add(new BundleProblem(Kind.BAD_UNICODE_ESCAPE, lineNo, key,
                                "\\u must be followed by four hexadecimal digits"));
                    }
                    break;
                default:
                    problems.add(new BundleProblem(Kind.UNKNOWN_ESCAPE, lineNo, key,
                            "unknown escape \\" + e + "; the backslash is dropped"));
                    b.append(e);
            }
        }
        return b.toString();
    }

    private static boolean isHex(String s, int from) {
        if (from + 4 > s.length()) {
            return false;
        }
        for (int k = from; k < from + 4; k++) {
            if (Character.digit(s.charAt(k), 16) < 0 || s.charAt(k) > 'f') {
                return false;
            }
        }
        return true;
    }

    /**
     * The file name.
     *
     * @return e.g. {@code seed_nl.properties}
     */
    public String fileName() {
        return fileName;
    }

    /**
     * The base name: the file name before the first {@code _} and the extension.
     *
     * @return e.g. {@code seed}
     */
    public String baseName() {
        String stem = stem();
        int u = stem.indexOf('_');
        return u < 0 ? stem : stem.substring(0, u);
    }

    /**
     * The locale part of the file name, as written: {@code nl}, {@code nl_BE}, or empty for the root bundle.
     *
     * @return the suffix, possibly empty
     */
    public String localeSuffix() {
        String stem = stem();
        int u = stem.indexOf('_');
        return u < 0 ? "" : stem.substring(u + 1);
    }

    private String stem() {
        return fileName.endsWith(EXTENSION) ? fileName.substring(0, fileName.length() - EXTENSION.length())
                : fileName;
    }

    /**
     * The entries in file order, duplicates included.
     *
     * @return an unmodifiable list
     */
    public List<BundleEntry> entries() {
        return entries;
    }

    /**
     * The keys and values; for a duplicate key the first value.
     *
     * @return an unmodifiable map in file order
     */
    public Map<String, String> values() {
        return values;
    }

    /**
     * The value of a key.
     *
     * @param key the key
     * @return the value, or empty
     */
    public Optional<String> value(String key) {
        return Optional.ofNullable(values.get(key));
    }

    /**
     * The line of the first entry with this key.
     *
     * @param key the key
     * @return the line, or 0 when the key is absent
     */
    public int lineOf(String key) {
        for (BundleEntry e : entries) {
            if (e.key().equals(key)) {
                return e.line();
            }
        }
        return 0;
    }

    /**
     * The problems the reader found.
     *
     * @return an unmodifiable list, empty for a clean file
     */
    public List<BundleProblem> problems() {
        return problems;
    }

    /**
     * Whether any problem makes the file unusable.
     *
     * @return true when a problem of an error kind was found
     */
    public boolean hasErrors() {
        for (BundleProblem p : problems) {
            if (p.kind().isError()) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return fileName + " (" + entries.size() + " entries, " + problems.size() + " problems)";
    }
}
