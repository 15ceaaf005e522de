// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.testkit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One case of a bad-input corpus ({@code bad-input/*.tsv}): an id, the parser it is given to, the input in the
 * {@link CorpusSpec} notation, and the documented outcome.
 *
 * <p>The file is UTF-8, one case a line, four tab-separated columns under the header
 * {@code id target input expected}; empty lines and lines starting with {@code #} are comments.
 *
 * <pre>{@code
 * List<CorpusCase> cases = CorpusCase.read(BundleCorpusTest.class, "bad-input/bundle-bad-input.tsv", Set.of("bundle"));
 * }</pre>
 *
 * @param id       the case's unique id
 * @param target   the parser it is given to
 * @param spec     the input in the {@link CorpusSpec} notation
 * @param expected the documented outcome
 */
public record CorpusCase(String id, String target, String spec, String expected) {

    private static final List<String> HEADER = List.of("id", "target", "input", "expected");

    /**
     * Reads a corpus file and checks its form: the header, four columns a line, unique ids, known targets.
     *
     * @param anchor   the class whose package holds the file
     * @param resource the file, relative to that package
     * @param targets  the targets the file may name
     * @return the cases in file order
     * @throws IllegalStateException when the file is missing or malformed (the message names the line)
     */
    public static List<CorpusCase> read(Class<?> anchor, String resource, Set<String> targets) {
        List<CorpusCase> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        try (InputStream in = anchor.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " not found next to " + anchor.getName());
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            boolean header = true;
            int n = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                n++;
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                List<String> cols = Arrays.asList(line.split("\t", -1));
                String where = resource + ":" + n + ": ";
                if (header) {
                    check(cols.equals(HEADER), where + "the header is " + cols + ", not " + HEADER);
                    header = false;
                    continue;
                }
                check(cols.size() == 4, where + cols.size() + " columns, not 4");
                check(targets.contains(cols.get(1)), where + "unknown target " + cols.get(1));
                check(ids.add(cols.get(0)), where + "the id " + cols.get(0) + " is used twice");
                out.add(new CorpusCase(cols.get(0), cols.get(1), cols.get(2), cols.get(3)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
        return List.copyOf(out);
    }

    /**
     * The values of an {@code OK} outcome: {@code OK a=1 b=2 text=rest of line} is {@code {a=1, b=2, text=rest of
     * line}}. Pairs are separated by spaces; the pair whose key is {@code restKey} takes the rest of the line, spaces
     * included.
     *
     * @param expected the outcome, starting with {@code OK}
     * @param restKey  the key that takes the rest of the line, or null for none
     * @return the values in order
     * @throws IllegalArgumentException when the outcome is not {@code OK} or a pair has no {@code =}
     */
    public static Map<String, String> okValues(String expected, String restKey) {
        if (!expected.startsWith("OK")) {
            throw new IllegalArgumentException("not an OK outcome: " + expected);
        }
        Map<String, String> m = new LinkedHashMap<>();
        String rest = expected.substring(2).stripLeading();
        while (!rest.isEmpty()) {
            if (restKey != null && rest.startsWith(restKey + "=")) {
                m.put(restKey, rest.substring(restKey.length() + 1));
                break;
            }
            int sp = rest.indexOf(' ');
            String kv = sp < 0 ? rest : rest.substring(0, sp);
            int eq = kv.indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException("no '=' in " + kv + " of " + expected);
            }
            m.put(kv.substring(0, eq), kv.substring(eq + 1));
            rest = sp < 0 ? "" : rest.substring(sp + 1).stripLeading();
        }
        return m;
    }

    /** Whether this case runs: always, except a huge one under PIT ({@link CorpusSpec#runs}). */
    public boolean runs() {
        return CorpusSpec.runs(spec);
    }

    @Override
    public String toString() {
        return id;
    }

    private static void check(boolean ok, String message) {
        if (!ok) {
            throw new IllegalStateException(message);
        }
    }
}
