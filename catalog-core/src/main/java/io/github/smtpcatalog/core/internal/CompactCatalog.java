// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.core.internal;

import io.github.smtpcatalog.core.Agreement;
import io.github.smtpcatalog.core.BounceCategory;
import io.github.smtpcatalog.core.CatalogCode;
import io.github.smtpcatalog.core.CatalogEntry;
import io.github.smtpcatalog.core.EnhancedStatusCode;
import io.github.smtpcatalog.core.Origin;
import io.github.smtpcatalog.core.Reading;
import io.github.smtpcatalog.core.ReplyCode;
import io.github.smtpcatalog.core.Source;
import io.github.smtpcatalog.core.StatusCatalog;
import io.github.smtpcatalog.core.StatusClass;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.CRC32;

/**
 * The catalogue data file in a compact binary form, written at build time from {@code catalog.tsv} (the source
 * of truth) and read at start-up instead of parsing the text: no line splitting, no code parsing, no enum look-up
 * by name. The build runs {@link #main} after compiling, so the text file is parsed and checked by
 * {@link CatalogFileParser} first (a malformed line fails the build, with its line and reason, as it fails a
 * load); the compact file records the CRC-32 of the text it was made from, and {@link #read} gives null (the
 * caller then parses the text) when it does not match, is missing or cannot be read.
 *
 * <p>Layout ({@link DataOutputStream}): magic, version, CRC-32 of the text; the distinct strings (text ids,
 * Sisimai reasons, parameter names, provenances, range codes), each once; the number of entries; per entry its
 * code and readings in the order the parser gives them, strings by their number (see {@link #write}).
 */
public final class CompactCatalog {

    /** "SMTC". */
    private static final int MAGIC = 0x534D5443;
    private static final int VERSION = 1;

    private static final int CODE_DETAIL = 0;
    private static final int CODE_SUBJECT = 1;
    private static final int CODE_CLASS = 2;
    private static final int CODE_REPLY = 3;
    private static final int CODE_TEXT = 4;

    private CompactCatalog() {
    }

    /**
     * The CRC-32 of the text of a data file.
     *
     * @param text the bytes of the data file
     * @return its CRC-32
     */
    public static long crc(byte[] text) {
        CRC32 c = new CRC32();
        c.update(text, 0, text.length);
        return c.getValue();
    }

    /**
     * Writes entries in the compact form.
     *
     * @param entries the entries, as {@link CatalogFileParser#parse} gives them
     * @param textCrc the CRC-32 of the text they were parsed from
     * @param out     where to write; not closed
     * @throws IOException when writing fails
     */
    public static void write(List<CatalogEntry> entries, long textCrc, OutputStream out) throws IOException {
        DataOutputStream d = new DataOutputStream(out);
        d.writeInt(MAGIC);
        d.writeInt(VERSION);
        d.writeLong(textCrc);
        // Every distinct string once (45 provenances serve 342 readings); entries refer to them by number.
        Map<String, Integer> strings = new LinkedHashMap<>();
        for (CatalogEntry e : entries) {
            if (e.code().isRange()) {
                number(e.code().toString(), strings);
            }
            for (Reading r : e.readings()) {
                number(r.textId(), strings);
                if (r.sisimaiReason().isPresent()) {
                    number(r.sisimaiReason().get(), strings);
                }
                for (String p : r.params().keySet()) {
                    number(p, strings);
                }
                number(r.provenance(), strings);
            }
        }
        d.writeInt(strings.size());
        for (String str : strings.keySet()) {
            d.writeUTF(str);
        }
        d.writeInt(entries.size());
        for (CatalogEntry e : entries) {
            writeCode(e.code(), strings, d);
            d.writeByte(e.readings().size());
            for (Reading r : e.readings()) {
                d.writeByte(r.origin().ordinal());
                d.writeShort(strings.get(r.textId()));
                d.writeByte(r.sources().size());
                for (Source s : r.sources()) {
                    d.writeByte(s.ordinal());
                }
                d.writeByte(r.replyCodes().size());
                for (ReplyCode c : r.replyCodes()) {
                    d.writeShort(c.value());
                }
                d.writeByte(r.category().ordinal());
                d.writeBoolean(r.sisimaiReason().isPresent());
                if (r.sisimaiReason().isPresent()) {
                    d.writeShort(strings.get(r.sisimaiReason().get()));
                }
                d.writeBoolean(r.retryable());
                d.writeByte(r.agreement().ordinal());
                d.writeByte(r.params().size());
                for (Map.Entry<String, Integer> p : r.params().entrySet()) {
                    d.writeShort(strings.get(p.getKey()));
                    d.writeInt(p.getValue());
                }
                d.writeShort(strings.get(r.provenance()));
            }
        }
        d.flush();
    }

    private static void number(String s, Map<String, Integer> strings) {
        if (!strings.containsKey(s)) {
            if (strings.size() == 0xFFFF) {
                throw new IllegalArgumentException("too many distinct strings for the compact form");
            }
            strings.put(s, strings.size());
        }
    }

    private static void writeCode(CatalogCode code, Map<String, Integer> strings, DataOutputStream d)
            throws IOException {
        if (code.isRange()) {
            d.writeByte(CODE_TEXT);
            d.writeShort(strings.get(code.toString()));
            return;
        }
        switch (code.level()) {
            case REPLY:
                d.writeByte(CODE_REPLY);
                d.writeShort(code.replyCode().orElseThrow().value());
                break;
            case CLASS:
                d.writeByte(CODE_CLASS);
                d.writeByte(code.statusClass().orElseThrow().code());
                break;
            case SUBJECT:
                d.writeByte(CODE_SUBJECT);
                d.writeByte(code.statusClass().orElseThrow().code());
                d.writeShort(code.subject().orElseThrow());
                break;
            default:
                EnhancedStatusCode c = code.enhancedCode().orElseThrow();
                d.writeByte(CODE_DETAIL);
                d.writeByte(c.statusClass().code());
                d.writeShort(c.subject());
                d.writeShort(c.detail());
        }
    }

    /**
     * Reads entries in the compact form, if it was made from the given text.
     *
     * @param compact the compact form
     * @param textCrc the CRC-32 of the text file it must have been made from
     * @return the entries in the order {@link CatalogFileParser#parse} gives them for that text, or null when the
     *         compact form is of another text or version or cannot be read
     */
    public static List<CatalogEntry> read(byte[] compact, long textCrc) {
        try {
            DataInputStream d = new DataInputStream(new ByteArrayInputStream(compact));
            if (d.readInt() != MAGIC || d.readInt() != VERSION || d.readLong() != textCrc) {
                return null;
            }
            Origin[] origins = Origin.values();
            Source[] sources = Source.values();
            BounceCategory[] categories = BounceCategory.values();
            Agreement[] agreements = Agreement.values();
            String[] strings = new String[d.readInt()];
            for (int i = 0; i < strings.length; i++) {
                strings[i] = d.readUTF();
            }
            int n = d.readInt();
            List<CatalogEntry> entries = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                CatalogCode code = readCode(d, strings);
                int readings = d.readUnsignedByte();
                List<Reading> list = new ArrayList<>(readings);
                for (int j = 0; j < readings; j++) {
                    Reading.Builder b = Reading.builder(origins[d.readUnsignedByte()],
                            strings[d.readUnsignedShort()]);
                    Set<Source> s = EnumSet.noneOf(Source.class);
                    for (int k = d.readUnsignedByte(); k > 0; k--) {
                        s.add(sources[d.readUnsignedByte()]);
                    }
                    b.sources(s);
                    int replies = d.readUnsignedByte();
                    List<ReplyCode> r = new ArrayList<>(replies);
                    for (int k = 0; k < replies; k++) {
                        r.add(ReplyCode.of(d.readUnsignedShort()));
                    }
                    b.replyCodes(r);
                    b.category(categories[d.readUnsignedByte()]);
                    b.sisimaiReason(d.readBoolean() ? strings[d.readUnsignedShort()] : null);
                    b.retryable(d.readBoolean());
                    b.agreement(agreements[d.readUnsignedByte()]);
                    for (int k = d.readUnsignedByte(); k > 0; k--) {
                        b.param(strings[d.readUnsignedShort()], d.readInt());
                    }
                    b.provenance(strings[d.readUnsignedShort()]);
                    list.add(b.build());
                }
                entries.add(new CatalogEntry(code, list));
            }
            return d.read() < 0 ? entries : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static CatalogCode readCode(DataInputStream d, String[] strings) throws IOException {
        int kind = d.readUnsignedByte();
        switch (kind) {
            case CODE_DETAIL:
                return CatalogCode.of(EnhancedStatusCode.of(d.readUnsignedByte(), d.readUnsignedShort(),
                        d.readUnsignedShort()));
            case CODE_SUBJECT:
                return CatalogCode.ofSubject(StatusClass.of(d.readUnsignedByte()).orElseThrow(),
                        d.readUnsignedShort());
            case CODE_CLASS:
                return CatalogCode.ofClass(StatusClass.of(d.readUnsignedByte()).orElseThrow());
            case CODE_REPLY:
                return CatalogCode.of(ReplyCode.of(d.readUnsignedShort()));
            case CODE_TEXT:
                // tryParse, not parse: parse's orElseThrow makes a lambda, linked on first use (start-up time).
                Optional<CatalogCode> c = CatalogCode.tryParse(strings[d.readUnsignedShort()]);
                if (c.isEmpty()) {
                    throw new IOException("invalid code");
                }
                return c.get();
            default:
                throw new IOException("unknown code kind " + kind);
        }
    }

    private static Reader reader(byte[] bytes) {
        return new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    /**
     * Writes the compact form of a data file; run by the build after compiling.
     *
     * @param args the data file (UTF-8 text) and the compact file to write
     * @throws IOException when a file cannot be read or written
     * @throws io.github.smtpcatalog.core.CatalogLoadException when the data file is malformed
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: CompactCatalog catalog.tsv catalog.bin");
        }
        Path text = Path.of(args[0]);
        byte[] bytes = Files.readAllBytes(text);
        String name = text.getFileName().toString();
        // Every check of a load, those of the catalogue as a whole included.
        StatusCatalog.load(reader(bytes), name);
        List<CatalogEntry> entries = CatalogFileParser.parse(reader(bytes), name);
        Path out = Path.of(args[1]);
        try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(out))) {
            write(entries, crc(bytes), o);
        }
        if (read(Files.readAllBytes(out), crc(bytes)) == null) {
            throw new IOException("the compact catalogue written to " + out + " cannot be read back");
        }
    }
}
