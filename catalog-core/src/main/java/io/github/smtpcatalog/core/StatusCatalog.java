// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.core;

import io.github.smtpcatalog.core.internal.CatalogFileParser;
import io.github.smtpcatalog.core.internal.CompactCatalog;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The catalogue of SMTP status codes: every entry with its readings, lookup by code, and resolution with
 * fallback from detail to subject to class.
 *
 * <pre>{@code
 * StatusCatalog catalog = StatusCatalog.standard();
 * Optional<CatalogEntry> e = catalog.find(EnhancedStatusCode.parse("5.1.1"));          // the entry 5.1.1
 * Resolution r = catalog.resolve(EnhancedStatusCode.parse("4.9.9"), ReadingPolicy.REFERENCE);
 * r.level();                                                                           // CLASS
 * List<CatalogEntry> addressing = catalog.entries(StatusClass.PERMANENT_FAILURE, 1);   // 5.1.x, 5.1.0, ...
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe. The shipped catalogue is loaded once, lazily, on the first call of
 * {@link #standard()}; a test fixture can {@link #load(Reader, String) load} its own small data file.
 *
 * @since 0.1
 */
public final class StatusCatalog {

    private static final String RESOURCE = "/io/github/smtpcatalog/core/data/catalog.tsv";
    /** The compact form of {@link #RESOURCE}, written by the build (see {@link CompactCatalog}). */
    private static final String COMPACT = "/io/github/smtpcatalog/core/data/catalog.bin";
    private static final String NAME = "catalog.tsv";

    private final List<CatalogEntry> entries;
    /** The detail entries, in an open-addressing table keyed by the code's packed number (see {@link #detail}). */
    private final int[] detailKeys;
    private final CatalogEntry[] detailValues;
    private final int detailShift;
    private final CatalogEntry[] classes = new CatalogEntry[6];
    private final CatalogEntry[][] subjects = new CatalogEntry[6][];
    private final CatalogEntry[] replies = new CatalogEntry[600];
    private final List<CatalogEntry> ranges;

    /** By code; a class, not a lambda: the catalogue is made at start-up, where each lambda costs. */
    private static final Comparator<CatalogEntry> BY_CODE = new Comparator<>() {
        @Override
        public int compare(CatalogEntry a, CatalogEntry b) {
            return a.code().compareTo(b.code());
        }
    };

    private StatusCatalog(Collection<CatalogEntry> all, String name) {
        List<CatalogEntry> sorted = new ArrayList<>(all);
        sorted.sort(BY_CODE);
        Map<EnhancedStatusCode, CatalogEntry> d = new HashMap<>();
        List<CatalogEntry> r = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            CatalogEntry e = sorted.get(i);
            if (i > 0 && e.code().equals(sorted.get(i - 1).code())) {
                throw new CatalogLoadException(name, 0, "two entries for " + e.code(), null);
            }
            CatalogCode c = e.code();
            switch (c.level()) {
                case REPLY:
                    replies[c.replyCode().orElseThrow().value()] = e;
                    break;
                case CLASS:
                    classes[c.statusClass().orElseThrow().code()] = e;
                    break;
                case SUBJECT:
                    int k = c.statusClass().orElseThrow().code();
                    if (subjects[k] == null) {
                        subjects[k] = new CatalogEntry[EnhancedStatusCode.MAX_NUMBER + 1];
                    }
                    subjects[k][c.subject().orElseThrow()] = e;
                    break;
                default:
                    if (c.isRange()) {
                        r.add(e);
                    } else {
                        d.put(c.enhancedCode().orElseThrow(), e);
                    }
            }
        }
        for (CatalogEntry e : sorted) {
            if (e.level() != Level.REPLY && classes[e.code().statusClass().orElseThrow().code()] == null) {
                throw new CatalogLoadException(name, 0, "entry " + e.code() + " has no class entry "
                        + e.code().statusClass().orElseThrow().code() + ".x.x", null);
            }
        }
        this.entries = List.copyOf(sorted);
        int bits = Math.max(4, 34 - Integer.numberOfLeadingZeros(Math.max(1, d.size()) - 1));
        this.detailKeys = new int[1 << bits];
        this.detailValues = new CatalogEntry[1 << bits];
        this.detailShift = 32 - bits;
        for (Map.Entry<EnhancedStatusCode, CatalogEntry> e : d.entrySet()) {
            int k = e.getKey().packed();
            int slot = slot(k);
            while (detailKeys[slot] != 0) {
                slot = (slot + 1) & (detailKeys.length - 1);
            }
            detailKeys[slot] = k;
            detailValues[slot] = e.getValue();
        }
        this.ranges = List.copyOf(r);
    }

    /**
     * The shipped catalogue (seed, IANA registry, basic replies, Microsoft 365 and Gmail codes), loaded once on
     * first use.
     *
     * @return the catalogue, not null
     * @throws CatalogLoadException when the shipped data file is malformed (a build error)
     */
    public static StatusCatalog standard() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final StatusCatalog INSTANCE = loadResource();
    }

    private static StatusCatalog loadResource() {
        byte[] text;
        try (InputStream in = StatusCatalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new CatalogLoadException(RESOURCE, 0, "the data file is missing from the jar", null);
            }
            text = in.readAllBytes();
        } catch (IOException e) {
            throw new CatalogLoadException(RESOURCE, 0, "cannot read: " + e.getMessage(), e);
        }
        // The compact form that the build made from this very text, if it is there (start-up time: no parsing);
        // else the text itself.
        List<CatalogEntry> compact = readCompact(CompactCatalog.crc(text));
        if (compact != null) {
            return new StatusCatalog(compact, NAME);
        }
        return load(new InputStreamReader(new ByteArrayInputStream(text), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)), NAME);
    }

    private static List<CatalogEntry> readCompact(long textCrc) {
        try (InputStream in = StatusCatalog.class.getResourceAsStream(COMPACT)) {
            return in == null ? null : CompactCatalog.read(in.readAllBytes(), textCrc);
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * Loads a catalogue from a data file in the format of the shipped {@code catalog.tsv} (see
     * {@code docs/architecture.md}).
     *
     * @param reader the data, not null; closed by the caller
     * @param name   the name to use in error messages
     * @return the catalogue
     * @throws CatalogLoadException when the data is malformed: the message gives the line and the reason
     */
    public static StatusCatalog load(Reader reader, String name) {
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(name, "name");
        try {
            return new StatusCatalog(CatalogFileParser.parse(reader, name), name);
        } catch (UncheckedIOException e) {
            throw new CatalogLoadException(name, 0, "cannot read: " + e.getCause().getMessage(), e);
        }
    }

    /**
     * Loads a catalogue from a UTF-8 data file.
     *
     * @param file the file, not null
     * @return the catalogue
     * @throws CatalogLoadException when the file cannot be read or is malformed
     */
    public static StatusCatalog load(Path file) {
        try (Reader r = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT))) {
            return load(r, file.toString());
        } catch (IOException e) {
            throw new CatalogLoadException(file.toString(), 0, "cannot read: " + e.getMessage(), e);
        }
    }

    /**
     * A catalogue of the given entries, for tests and custom catalogues.
     *
     * @param entries the entries; every enhanced code needs its class entry
     * @return the catalogue
     * @throws CatalogLoadException when two entries share a code or a class entry is missing
     */
    public static StatusCatalog of(Collection<CatalogEntry> entries) {
        return new StatusCatalog(entries, "entries");
    }

    /**
     * The entry of exactly this detail code. Does not allocate.
     *
     * @param code the code, not null
     * @return the entry, or empty when the catalogue has no such detail entry
     */
    public Optional<CatalogEntry> find(EnhancedStatusCode code) {
        CatalogEntry e = detail(code);
        return e == null ? Optional.empty() : e.asOptional();
    }

    /**
     * The entry of a basic reply code.
     *
     * @param reply the reply code, not null
     * @return the entry, or empty
     */
    public Optional<CatalogEntry> find(ReplyCode reply) {
        CatalogEntry e = replies[reply.value()];
        return e == null ? Optional.empty() : e.asOptional();
    }

    /**
     * The entry with exactly this catalogue code ({@code 5.1.1}, {@code 5.1.x}, {@code 5.x.x}, {@code 550}, or a
     * provider range).
     *
     * @param code the code, not null
     * @return the entry, or empty
     */
    public Optional<CatalogEntry> find(CatalogCode code) {
        switch (code.level()) {
            case REPLY:
                return find(code.replyCode().orElseThrow());
            case CLASS:
                return Optional.ofNullable(classes[code.statusClass().orElseThrow().code()]);
            case SUBJECT:
                CatalogEntry[] s = subjects[code.statusClass().orElseThrow().code()];
                return s == null ? Optional.empty() : Optional.ofNullable(s[code.subject().orElseThrow()]);
            default:
                if (code.isRange()) {
                    return ranges.stream().filter(e -> e.code().equals(code)).findFirst();
                }
                return find(code.enhancedCode().orElseThrow());
        }
    }

    /**
     * The entry of exactly this detail code.
     *
     * @param code the code, not null
     * @return the entry
     * @throws UnknownStatusCodeException when the catalogue has no such detail entry
     */
    public CatalogEntry get(EnhancedStatusCode code) {
        CatalogEntry e = detail(Objects.requireNonNull(code, "code"));
        if (e == null) {
            throw new UnknownStatusCodeException(code.toString());
        }
        return e;
    }

    /**
     * Resolves a code under a policy, without reply context. See
     * {@link #resolve(EnhancedStatusCode, ReadingPolicy, ReplyContext)}.
     *
     * @param code   the code, not null
     * @param policy the policy, not null
     * @return the resolution, never null
     */
    public Resolution resolve(EnhancedStatusCode code, ReadingPolicy policy) {
        return resolve(code, policy, ReplyContext.none());
    }

    /**
     * Resolves a code: the detail entry where the catalogue has one that applies, else a provider's range when
     * the context shows that provider, else the subject entry, else the class entry. The reading is chosen by
     * policy and context (context beats policy).
     *
     * @param code    the code, not null
     * @param policy  the policy, not null
     * @param context what the reply shows, not null
     * @return the resolution, never null
     */
    public Resolution resolve(EnhancedStatusCode code, ReadingPolicy policy, ReplyContext context) {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(context, "context");
        CatalogEntry entry = detail(code);
        if (entry == null || !ReadingSelector.applies(entry, context)) {
            entry = rangeFor(code, context);
        }
        if (entry == null) {
            CatalogEntry[] s = subjects[code.statusClass().code()];
            entry = s == null ? null : s[code.subject()];
        }
        if (entry == null) {
            entry = classes[code.statusClass().code()];
        }
        ReadingSelector.Selection sel = ReadingSelector.select(entry, policy, context);
        return new Resolution(code, context.replyCode().orElse(null), entry, sel.reading(), sel.choice());
    }

    /**
     * The detail entry of a code, or null. The table is at most a quarter full and keyed by the code's packed
     * class, subject and detail (never 0): a multiplicative hash and a short
     * linear probe, no boxing, no {@code equals} call, no allocation.
     */
    private CatalogEntry detail(EnhancedStatusCode code) {
        int k = code.packed();
        int[] keys = detailKeys;
        int slot = slot(k);
        for (int key = keys[slot]; key != 0; key = keys[slot]) {
            if (key == k) {
                return detailValues[slot];
            }
            slot = (slot + 1) & (keys.length - 1);
        }
        return null;
    }

    private int slot(int packed) {
        return (packed * 0x9E3779B9) >>> detailShift;
    }

    private CatalogEntry rangeFor(EnhancedStatusCode code, ReplyContext context) {
        if (context.provider().isEmpty()) {
            return null;
        }
        for (CatalogEntry e : ranges) {
            if (e.code().contains(code) && ReadingSelector.applies(e, context)) {
                return e;
            }
        }
        return null;
    }

    /**
     * Resolves a basic reply code alone: its own entry, or the class entry of its first digit.
     *
     * @param reply  the reply code, not null
     * @param policy the policy, not null
     * @return the resolution, or empty for an intermediate (3xx) reply the catalogue does not list
     */
    public Optional<Resolution> resolve(ReplyCode reply, ReadingPolicy policy) {
        Objects.requireNonNull(reply, "reply");
        Objects.requireNonNull(policy, "policy");
        CatalogEntry entry = replies[reply.value()];
        if (entry == null) {
            Optional<StatusClass> c = reply.statusClass();
            entry = c.isPresent() ? classes[c.get().code()] : null;
        }
        if (entry == null) {
            return Optional.empty();
        }
        ReplyContext context = ReplyContext.of(reply);
        ReadingSelector.Selection sel = ReadingSelector.select(entry, policy, context);
        return Optional.of(new Resolution(null, reply, entry, sel.reading(), sel.choice()));
    }

    /**
     * Resolves what a reply parser found: the enhanced code with the reply's context (basic code and provider),
     * or the basic reply code alone when the reply had no enhanced code.
     *
     * @param reply  the parsed reply, not null
     * @param policy the policy, not null
     * @return the resolution, or empty when the reply holds only an intermediate (3xx) code
     */
    public Optional<Resolution> resolve(ParsedReply reply, ReadingPolicy policy) {
        Objects.requireNonNull(reply, "reply");
        Optional<EnhancedStatusCode> code = reply.enhancedCode();
        if (code.isPresent()) {
            return Optional.of(resolve(code.get(), policy, reply.context()));
        }
        return resolve(reply.replyCode().orElseThrow(), policy);
    }

    /**
     * Every entry, ordered by class, subject and detail, then the basic replies.
     *
     * @return an unmodifiable list
     */
    public List<CatalogEntry> entries() {
        return entries;
    }

    /**
     * The entries of one level.
     *
     * @param level the level, not null
     * @return an unmodifiable list, in catalogue order
     */
    public List<CatalogEntry> entries(Level level) {
        List<CatalogEntry> out = new ArrayList<>();
        for (CatalogEntry e : entries) {
            if (e.level() == level) {
                out.add(e);
            }
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * The enhanced-code entries of one class: the class entry, its subject entries and its detail entries.
     *
     * @param statusClass the class, not null
     * @return an unmodifiable list, in catalogue order
     */
    public List<CatalogEntry> entries(StatusClass statusClass) {
        List<CatalogEntry> out = new ArrayList<>();
        for (CatalogEntry e : entries) {
            if (e.level() != Level.REPLY && e.code().statusClass().orElseThrow() == statusClass) {
                out.add(e);
            }
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * The entries of one subject within a class: the subject entry and its detail entries.
     *
     * @param statusClass the class, not null
     * @param subject     the subject number
     * @return an unmodifiable list, in catalogue order
     */
    public List<CatalogEntry> entries(StatusClass statusClass, int subject) {
        List<CatalogEntry> out = new ArrayList<>();
        for (CatalogEntry e : entries(statusClass)) {
            if (e.code().subject().filter(s -> s == subject).isPresent()) {
                out.add(e);
            }
        }
        return Collections.unmodifiableList(out);
    }

    @Override
    public String toString() {
        return "StatusCatalog[" + entries.size() + " entries]";
    }
}
