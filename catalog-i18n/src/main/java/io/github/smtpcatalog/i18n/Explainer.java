// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.i18n;

import com.ibm.icu.util.LocaleMatcher;
import com.ibm.icu.util.ULocale;
import io.github.smtpcatalog.core.EnhancedStatusCode;
import io.github.smtpcatalog.core.Level;
import io.github.smtpcatalog.core.ParsedReply;
import io.github.smtpcatalog.core.Reading;
import io.github.smtpcatalog.core.ReplyCode;
import io.github.smtpcatalog.core.ReplyContext;
import io.github.smtpcatalog.core.ReplyParser;
import io.github.smtpcatalog.core.Resolution;
import io.github.smtpcatalog.core.StatusCatalog;
import io.github.smtpcatalog.core.StatusClass;
import io.github.smtpcatalog.core.StatusCodeParseException;
import io.github.smtpcatalog.i18n.internal.MessageRenderer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The entry point: turns a code, a basic reply or a parsed server reply into a localised {@link Explanation}.
 *
 * <pre>{@code
 * Explainer explainer = Explainer.standard();
 * ExplainOptions nl = ExplainOptions.of(Locale.forLanguageTag("nl"));
 * Explanation e = explainer.explain(EnhancedStatusCode.parse("4.2.2"), nl);
 * e.message();     // "Uw e-mail is nog niet bezorgd. ... De mailbox van de ontvanger is vol. ..."
 * Locale best = explainer.negotiate("nl-BE,nl;q=0.9,en;q=0.8");   // nl
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe: many threads may explain at once and get exactly what one thread
 * gets. Compiled message patterns are cached per thread (ICU's {@code MessageFormat} is not thread-safe).
 *
 * @since 0.1
 */
public final class Explainer {

    /** The value a text argument has when the input does not say it; patterns select on it. */
    public static final String ABSENT = "none";

    private static final int MAX_LIST = 9;

    private final StatusCatalog catalog;
    private final CatalogTexts texts;
    private final MessageRenderer renderer = new MessageRenderer();
    private final List<Locale> supported;
    private final Locale defaultLocale;
    /**
     * Built on the first {@link #negotiate}: building it loads ICU's likely-subtags and locale-distance data, a
     * large share of the start-up time of a process that only explains a code. Immutable and thread-safe once
     * built; of two threads that race, the first to set it wins and both use that one.
     */
    private final AtomicReference<LocaleMatcher> matcher = new AtomicReference<>();

    private Explainer(StatusCatalog catalog, CatalogTexts texts) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.texts = Objects.requireNonNull(texts, "texts");
        // Dutch first: an unknown language gets Dutch, the product's main language.
        List<Locale> sorted = new ArrayList<>(texts.locales());
        sorted.sort((x, y) -> rank(x) - rank(y));
        this.supported = List.copyOf(sorted);
        Locale first = sorted.isEmpty() ? Locale.ENGLISH : sorted.get(0);
        this.defaultLocale = first.equals(Locale.ROOT) ? Locale.ENGLISH : first;
    }

    private LocaleMatcher matcher() {
        LocaleMatcher m = matcher.get();
        if (m == null) {
            LocaleMatcher.Builder b = LocaleMatcher.builder();
            for (Locale l : supported) {
                b.addSupportedLocale(l.equals(Locale.ROOT) ? Locale.ENGLISH : l);
            }
            matcher.compareAndSet(null, b.setDefaultLocale(defaultLocale).build());
            m = matcher.get();
        }
        return m;
    }

    private static int rank(Locale l) {
        return l.getLanguage().equals("nl") && l.getCountry().isEmpty() ? 0 : l.equals(Locale.ROOT) ? 1 : 2;
    }

    /**
     * The explainer of the shipped catalogue and texts, created once on first use.
     *
     * @return the explainer, not null
     */
    public static Explainer standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final Explainer STANDARD = new Explainer(StatusCatalog.standard(), CatalogTexts.shipped());
    }

    /**
     * An explainer of a catalogue and texts of your own (an extra locale, a house style).
     *
     * @param catalog the catalogue, not null
     * @param texts   the texts, not null
     * @return the explainer
     */
    public static Explainer of(StatusCatalog catalog, CatalogTexts texts) {
        return new Explainer(catalog, texts);
    }

    /**
     * The catalogue.
     *
     * @return the catalogue
     */
    public StatusCatalog catalog() {
        return catalog;
    }

    /**
     * The texts.
     *
     * @return the texts
     */
    public CatalogTexts texts() {
        return texts;
    }

    /**
     * Picks the best supported locale for an HTTP {@code Accept-Language} header, with ICU's
     * {@link LocaleMatcher}. Dutch is the default when nothing matches.
     *
     * @param acceptLanguage the header value, e.g. {@code "nl-BE,nl;q=0.9,en;q=0.8"}; null or blank gives Dutch
     * @return a supported locale
     */
    public Locale negotiate(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank() || acceptLanguage.length() > 4096) {
            return defaultLocale;
        }
        try {
            ULocale best = matcher().getBestMatch(acceptLanguage);
            return best == null ? defaultLocale : best.toLocale();
        } catch (IllegalArgumentException e) {
            return defaultLocale;
        }
    }

    /**
     * Explains an enhanced status code, with fallback to its subject or class when the catalogue lacks it.
     *
     * @param code    the code, not null
     * @param options how to explain, not null
     * @return the explanation
     */
    public Explanation explain(EnhancedStatusCode code, ExplainOptions options) {
        Resolution r = catalog.resolve(code, options.policy(), ReplyContext.none());
        return build(r, null, options);
    }

    /**
     * Explains a basic reply code alone.
     *
     * @param reply   the reply code, not null
     * @param options how to explain, not null
     * @return the explanation, or empty for an intermediate (3xx) code the catalogue does not list
     */
    public Optional<Explanation> explain(ReplyCode reply, ExplainOptions options) {
        return catalog.resolve(reply, options.policy()).map(r -> build(r, null, options));
    }

    /**
     * Explains what the reply parser found: the reading fits the reply's basic code and provider, and the texts
     * name the failed recipient where the reply names one.
     *
     * @param reply   the parsed reply, not null
     * @param options how to explain, not null
     * @return the explanation, or empty for a reply with only an intermediate (3xx) code
     */
    public Optional<Explanation> explain(ParsedReply reply, ExplainOptions options) {
        return catalog.resolve(reply, options.policy()).map(r -> build(r, reply, options));
    }

    /**
     * Explains text as it comes: a code ({@code 5.1.1}), a basic reply ({@code 550}), a server reply line or a
     * multiline reply, a Jakarta Mail exception message, or DSN fields. The text is read with
     * {@link ReplyParser#parse(CharSequence)}, in time linear in its length.
     *
     * @param text    the text, not null
     * @param options how to explain, not null
     * @return the explanation
     * @throws StatusCodeParseException when the text holds no status code that the catalogue can explain; its
     *                                  reason says why
     */
    public Explanation explain(CharSequence text, ExplainOptions options) {
        ParsedReply reply = ReplyParser.parse(text);
        return explain(reply, options).orElseThrow(
                () -> new StatusCodeParseException("SMTP reply", text, StatusCodeParseException.Reason.NO_CODE));
    }

    /**
     * Explains a resolution the caller made with the catalogue.
     *
     * @param resolution the resolution, not null
     * @param reply      the parsed reply it came from, or null
     * @param options    how to explain, not null
     * @return the explanation
     */
    public Explanation explain(Resolution resolution, ParsedReply reply, ExplainOptions options) {
        return build(resolution, reply, options);
    }

    /**
     * The notice that these are general SMTP codes, not the product's own error codes.
     *
     * @param options the locale and product name
     * @return the notice
     */
    public String notice(ExplainOptions options) {
        List<String> chain = texts.chain(options.locale());
        Map<String, Object> args = new HashMap<>();
        args.put("product", options.product().orElse(ABSENT));
        return format("notice", chain, args).orElse("");
    }

    /**
     * A label of the texts' {@code labels} bundle, e.g. {@code label.causes}, for callers that lay out an
     * explanation (the CLI, the generated documentation).
     *
     * @param key    the key
     * @param locale the locale
     * @return the text, or the key itself when no bundle has it
     */
    public String label(String key, Locale locale) {
        return format(key, texts.chain(locale), Map.of()).orElse(key);
    }

    private Explanation build(Resolution r, ParsedReply reply, ExplainOptions options) {
        Reading reading = r.reading();
        List<String> chain = texts.chain(options.locale());
        Map<String, Object> args = new HashMap<>();
        String recipient = reply == null ? null : reply.recipient().orElse(null);
        args.put("recipient", recipient != null ? recipient : ABSENT);
        args.put("domain", reply == null ? ABSENT : reply.recipientDomain().orElse(ABSENT));
        args.put("product", options.product().orElse(ABSENT));
        args.putAll(reading.params());

        Optional<StatusClass> cls = r.statusClass();
        String classId = cls.map(c -> "class." + c.code()).orElse(null);
        String id = reading.textId();
        boolean technical = options.audience() == Audience.TECHNICAL;

        Explanation.Builder b = new Explanation.Builder();
        b.replyCode = r.replyCode().orElse(null);
        b.enhancedCode = r.requestedCode().orElse(null);
        b.matchedCode = r.matchedCode();
        b.reading = reading.origin();
        b.readingChoice = r.choice();
        b.agreement = reading.agreement();
        b.statusClass = cls.orElse(null);
        b.retryable = reading.retryable();
        b.category = reading.category();
        b.sisimaiReason = reading.sisimaiReason().orElse(null);
        b.provenance = reading.provenance();
        b.recipient = recipient;
        b.codesAgree = reply == null || reply.codesAgree();
        b.audience = options.audience();
        b.locale = texts.resolve(options.locale());
        b.title = text(id, classId, "title", chain, args);
        // Success replies such as 220 or 235 are not about delivering a message: no delivery lead for them.
        boolean noLead = classId == null || (r.level() == Level.REPLY && cls.get() == StatusClass.SUCCESS);
        String lead = noLead ? "" : format(classId + (technical ? ".technicalLead" : ".lead"), chain, args)
                .orElse("");
        String body = text(id, classId, technical ? "technical" : "customer", chain, args);
        b.message = lead.isEmpty() ? body : body.isEmpty() ? lead : lead + " " + body;
        boolean reply3 = r.level() == Level.REPLY;
        b.causes = list(id, classId, "cause", chain, args, reply3);
        b.customerActions = list(id, classId, "customerAction", chain, args, reply3);
        b.adminActions = list(id, classId, "adminAction", chain, args, reply3);
        return new Explanation(b);
    }

    private String text(String id, String classId, String field, List<String> chain, Map<String, Object> args) {
        Optional<String> t = format(id + "." + field, chain, args);
        if (t.isEmpty() && classId != null) {
            t = format(classId + "." + field, chain, args);
        }
        return t.orElse("");
    }

    private List<String> list(String id, String classId, String field, List<String> chain, Map<String, Object> args,
            boolean classFallback) {
        List<String> out = collect(id, field, chain, args);
        if (out.isEmpty() && classFallback && classId != null) {
            out = collect(classId, field, chain, args);
        }
        return out;
    }

    private List<String> collect(String id, String field, List<String> chain, Map<String, Object> args) {
        List<String> out = new ArrayList<>(3);
        for (int i = 1; i <= MAX_LIST; i++) {
            Optional<String> t = format(id + "." + field + "." + i, chain, args);
            if (t.isEmpty()) {
                break;
            }
            out.add(t.get());
        }
        return out;
    }

    private Optional<String> format(String key, List<String> chain, Map<String, Object> args) {
        for (String name : chain) {
            Optional<String> p = texts.pattern(key, List.of(name));
            if (p.isPresent()) {
                return Optional.of(renderer.format(p.get(), name, args));
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return "Explainer[" + catalog + ", " + texts + "]";
    }
}
