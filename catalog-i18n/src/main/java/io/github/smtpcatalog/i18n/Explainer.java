// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.i18n;

import com.ibm.icu.util.LocaleMatcher;
import com.ibm.icu.util.ULocale;
import io.github.smtpcatalog.core.DsnAction;
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
import io.github.smtpcatalog.i18n.internal.MessageRenderer.Message;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
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
    /** Plans per reading, audience and locale chain: bounded by the texts, capped against surprises. */
    private final Map<PlanKey, Plan> plans = new ConcurrentHashMap<>();
    private static final int MAX_PLANS = 8192;
    /**
     * The supported locales, Dutch first; made on the first {@link #negotiate} (it needs ICU's locale conversion,
     * which explaining does not), so not at start-up.
     */
    private final AtomicReference<List<Locale>> supported = new AtomicReference<>();
    /**
     * Built on the first {@link #negotiate}: building it loads ICU's likely-subtags and locale-distance data, a
     * large share of the start-up time of a process that only explains a code. Immutable and thread-safe once
     * built; of two threads that race, the first to set it wins and both use that one.
     */
    private final AtomicReference<LocaleMatcher> matcher = new AtomicReference<>();

    private Explainer(StatusCatalog catalog, CatalogTexts texts) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.texts = Objects.requireNonNull(texts, "texts");
    }

    private List<Locale> supported() {
        List<Locale> s = supported.get();
        if (s == null) {
            // Dutch first: an unknown language gets Dutch, the product's main language.
            List<Locale> sorted = new ArrayList<>(texts.locales());
            sorted.sort(BY_RANK);
            supported.compareAndSet(null, List.copyOf(sorted));
            s = supported.get();
        }
        return s;
    }

    private Locale defaultLocale() {
        List<Locale> s = supported();
        Locale first = s.isEmpty() ? Locale.ENGLISH : s.get(0);
        return first.equals(Locale.ROOT) ? Locale.ENGLISH : first;
    }

    private LocaleMatcher matcher() {
        LocaleMatcher m = matcher.get();
        if (m == null) {
            LocaleMatcher.Builder b = LocaleMatcher.builder();
            for (Locale l : supported()) {
                b.addSupportedLocale(l.equals(Locale.ROOT) ? Locale.ENGLISH : l);
            }
            matcher.compareAndSet(null, b.setDefaultLocale(defaultLocale()).build());
            m = matcher.get();
        }
        return m;
    }

    /** Dutch, root, the others; a class, not a lambda: each lambda costs start-up time on first use. */
    private static final java.util.Comparator<Locale> BY_RANK = new java.util.Comparator<>() {
        @Override
        public int compare(Locale x, Locale y) {
            return rank(x) - rank(y);
        }
    };

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
            return defaultLocale();
        }
        try {
            ULocale best = matcher().getBestMatch(acceptLanguage);
            return best == null ? defaultLocale() : best.toLocale();
        } catch (IllegalArgumentException e) {
            return defaultLocale();
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
        Optional<Resolution> r = catalog.resolve(reply, options.policy());
        return r.isPresent() ? Optional.of(build(r.get(), null, options)) : Optional.empty();
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
        Optional<Resolution> r = catalog.resolve(reply, options.policy());
        return r.isPresent() ? Optional.of(build(r.get(), reply, options)) : Optional.empty();
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
        Optional<Explanation> e = explain(reply, options);
        if (e.isEmpty()) {
            throw new StatusCodeParseException("SMTP reply", text, StatusCodeParseException.Reason.NO_CODE);
        }
        return e.get();
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
        boolean technical = options.audience() == Audience.TECHNICAL;
        boolean reply3 = r.level() == Level.REPLY;
        // Success replies such as 220 or 235 are not about delivering a message: no delivery lead for them.
        boolean noLead = cls.isEmpty() || (reply3 && cls.get() == StatusClass.SUCCESS);
        // A DSN with "Action: failed" reports a message that was returned: with a transient (4.x.x) code it means
        // that the sending server gave up retrying, so the class's lead for a failed action (where the class has
        // one) replaces the lead that says the message is not delivered yet.
        boolean failed = !noLead && reply != null && reply.dsnAction().orElse(null) == DsnAction.FAILED;
        Plan plan = plan(new PlanKey(reading.textId(), cls.isEmpty() ? 0 : cls.get().code(), noLead, failed,
                technical, reply3, chain));

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
        b.locale = plan.locale;
        b.title = format(plan.title, args);
        String lead = format(plan.lead, args);
        String body = format(plan.body, args);
        b.message = lead.isEmpty() ? body : body.isEmpty() ? lead : lead + " " + body;
        b.causes = format(plan.causes, args);
        b.customerActions = format(plan.customerActions, args);
        b.adminActions = format(plan.adminActions, args);
        return new Explanation(b);
    }

    // ------------------------------------------------------------------------------------------------------------
    // Plans: which messages an explanation consists of, looked up along the locale chain once per reading,
    // audience and chain, then reused. Only formatting is left for each explanation.

    /**
     * What a plan depends on. {@code statusClass} is 0 when the resolution has no class. A class, not a record: a
     * record's equals and hashCode are linked through invokedynamic on first use (start-up time).
     */
    private static final class PlanKey {
        private final String textId;
        private final int statusClass;
        private final boolean noLead;
        private final boolean failed;
        private final boolean technical;
        private final boolean reply3;
        private final List<String> chain;
        private final int hash;

        PlanKey(String textId, int statusClass, boolean noLead, boolean failed, boolean technical, boolean reply3,
                List<String> chain) {
            this.textId = textId;
            this.statusClass = statusClass;
            this.noLead = noLead;
            this.failed = failed;
            this.technical = technical;
            this.reply3 = reply3;
            this.chain = chain;
            this.hash = ((textId.hashCode() * 31 + statusClass) * 16 + (noLead ? 8 : 0) + (failed ? 4 : 0)
                    + (technical ? 2 : 0) + (reply3 ? 1 : 0)) * 31 + chain.hashCode();
        }

        String textId() {
            return textId;
        }

        int statusClass() {
            return statusClass;
        }

        boolean noLead() {
            return noLead;
        }

        boolean failed() {
            return failed;
        }

        boolean technical() {
            return technical;
        }

        boolean reply3() {
            return reply3;
        }

        List<String> chain() {
            return chain;
        }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof PlanKey)) {
                return false;
            }
            PlanKey k = (PlanKey) o;
            return hash == k.hash && statusClass == k.statusClass && noLead == k.noLead && failed == k.failed
                    && technical == k.technical && reply3 == k.reply3 && textId.equals(k.textId) && chain.equals(k.chain);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    /**
     * The messages of one explanation: each a {@link String} for a plain-text pattern (the text itself, see
     * {@link MessageRenderer#isLiteral}) or a {@link Message} to format; null where there is no text. Never
     * changed once made; published through the map.
     */
    private static final class Plan {
        Locale locale;
        Object title;
        Object lead;
        Object body;
        Object[] causes;
        Object[] customerActions;
        Object[] adminActions;
    }

    private Plan plan(PlanKey key) {
        Plan p = plans.get(key);
        if (p == null) {
            p = makePlan(key);
            if (plans.size() < MAX_PLANS) {
                Plan raced = plans.putIfAbsent(key, p);
                p = raced != null ? raced : p;
            }
        }
        return p;
    }

    private Plan makePlan(PlanKey k) {
        String id = k.textId();
        String classId = k.statusClass() == 0 ? null : "class." + k.statusClass();
        List<String> chain = k.chain();
        Plan p = new Plan();
        p.locale = CatalogTexts.resolve(chain);
        p.title = text(id, classId, "title", chain);
        p.lead = k.noLead() ? null : lead(classId, k.failed(), k.technical(), chain);
        p.body = text(id, classId, k.technical() ? "technical" : "customer", chain);
        p.causes = list(id, classId, "cause", chain, k.reply3());
        p.customerActions = list(id, classId, "customerAction", chain, k.reply3());
        p.adminActions = list(id, classId, "adminAction", chain, k.reply3());
        return p;
    }

    private Object lead(String classId, boolean failed, boolean technical, List<String> chain) {
        Object t = failed ? find(classId + (technical ? ".failedTechnicalLead" : ".failedLead"), chain) : null;
        return t != null ? t : find(classId + (technical ? ".technicalLead" : ".lead"), chain);
    }

    private Object text(String id, String classId, String field, List<String> chain) {
        Object t = find(id + "." + field, chain);
        if (t == null && classId != null) {
            t = find(classId + "." + field, chain);
        }
        return t;
    }

    private Object[] list(String id, String classId, String field, List<String> chain, boolean classFallback) {
        List<Object> out = collect(id, field, chain);
        if (out.isEmpty() && classFallback && classId != null) {
            out = collect(classId, field, chain);
        }
        return out.toArray();
    }

    private List<Object> collect(String id, String field, List<String> chain) {
        List<Object> out = new ArrayList<>(3);
        for (int i = 1; i <= MAX_LIST; i++) {
            Object t = find(id + "." + field + "." + i, chain);
            if (t == null) {
                break;
            }
            out.add(t);
        }
        return out;
    }

    /**
     * The message of a key, from its pattern in the first locale of the chain that has it: the text itself for a
     * plain-text pattern, else its registered {@link Message}; null when no locale has the key.
     */
    private Object find(String key, List<String> chain) {
        for (int i = 0; i < chain.size(); i++) {
            String p = texts.patternAt(key, chain, i);
            if (p != null) {
                return MessageRenderer.isLiteral(p) ? p : renderer.message(p, chain.get(i));
            }
        }
        return null;
    }

    private String format(Object m, Map<String, Object> args) {
        return m == null ? "" : m instanceof String ? (String) m : renderer.format((Message) m, args);
    }

    private List<String> format(Object[] messages, Map<String, Object> args) {
        List<String> out = new ArrayList<>(Math.max(3, messages.length));
        for (Object m : messages) {
            out.add(format(m, args));
        }
        return out;
    }

    private Optional<String> format(String key, List<String> chain, Map<String, Object> args) {
        Object m = find(key, chain);
        return m == null ? Optional.empty() : Optional.of(format(m, args));
    }

    @Override
    public String toString() {
        return "Explainer[" + catalog + ", " + texts + "]";
    }
}
