// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.smtpcatalog.core.EnhancedStatusCode;
import io.github.smtpcatalog.core.ReadingPolicy;
import io.github.smtpcatalog.core.ReplyCode;
import io.github.smtpcatalog.core.ReplyParser;
import io.github.smtpcatalog.core.StatusCatalog;
import io.github.smtpcatalog.core.StatusCodeParseException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How an explanation is put together from a consumer's own bundle: the class lead before the entry's text, the
 * class texts where the entry has none, lists that fall back to the class only for basic replies, at most nine
 * items, and the default locale of an explainer.
 */
class ExplainerCompositionTest {

    private static final String BUNDLE = String.join("\n",
            "class.5.title = C5 title", "class.5.lead = C5 lead.", "class.5.technicalLead = C5 tech lead.",
            "class.5.customer = C5 body.", "class.5.technical = C5 tech.", "class.5.cause.1 = C5 cause",
            "class.2.title = C2 title", "class.2.lead = C2 lead.", "class.2.customer = C2 body.",
            "class.2.cause.1 = C2 cause", "class.4.lead = C4 lead.",
            "iana.X.1.1.title = User unknown", "iana.X.1.1.customer = The address does not exist.",
            "iana.X.1.1.cause.1 = c1", "iana.X.1.1.cause.2 = c2", "iana.X.1.1.cause.3 = c3",
            "iana.X.1.1.cause.4 = c4", "iana.X.1.1.cause.5 = c5", "iana.X.1.1.cause.6 = c6",
            "iana.X.1.1.cause.7 = c7", "iana.X.1.1.cause.8 = c8", "iana.X.1.1.cause.9 = c9",
            "iana.X.1.1.cause.10 = c10", "reply.250.title = OK", "reply.250.customer = Accepted.",
            "reply.354.title = Go on", "label.causes = Causes", "");

    private static final ExplainOptions EN = ExplainOptions.of(Locale.ENGLISH).withPolicy(ReadingPolicy.STANDARD);

    private static Explainer explainer(String... files) {
        List<BundleFile> bundles = new java.util.ArrayList<>();
        bundles.add(BundleFile.parse("t.properties", BUNDLE.getBytes(StandardCharsets.UTF_8)));
        for (String f : files) {
            bundles.add(BundleFile.parse(f, "class.5.title = x\n".getBytes(StandardCharsets.UTF_8)));
        }
        return Explainer.of(StatusCatalog.standard(), CatalogTexts.of(bundles));
    }

    @Test
    void theClassLeadComesBeforeTheEntrysOwnText() {
        Explanation e = explainer().explain(EnhancedStatusCode.parse("5.1.1"), EN);
        assertThat(e.title()).isEqualTo("User unknown");
        assertThat(e.message()).isEqualTo("C5 lead. The address does not exist.");
        assertThat(e.customerActions()).as("no class fallback for an enhanced code's lists").isEmpty();
    }

    @Test
    void theTechnicalAudienceGetsTheTechnicalLeadAndTheClassTextWhereTheEntryHasNone() {
        Explanation e = explainer().explain(EnhancedStatusCode.parse("5.1.1"), EN.withAudience(Audience.TECHNICAL));
        assertThat(e.message()).isEqualTo("C5 tech lead. C5 tech.");
    }

    @Test
    void listsStopAtNineItems() {
        assertThat(explainer().explain(EnhancedStatusCode.parse("5.1.1"), EN).causes())
                .containsExactly("c1", "c2", "c3", "c4", "c5", "c6", "c7", "c8", "c9");
    }

    @Test
    void aCodeTheCatalogueLacksGetsTheClassTexts() {
        Explanation e = explainer().explain(EnhancedStatusCode.parse("5.9.9"), EN);
        assertThat(e.title()).isEqualTo("C5 title");
        assertThat(e.message()).isEqualTo("C5 lead. C5 body.");
        assertThat(e.causes()).containsExactly("C5 cause");
    }

    @Test
    void aLeadWithoutBodyIsTheWholeMessage() {
        Explanation e = explainer().explain(EnhancedStatusCode.parse("4.9.9"), EN);
        assertThat(e.message()).isEqualTo("C4 lead.");
        assertThat(e.title()).isEmpty();
    }

    @Test
    void aSuccessReplyHasNoDeliveryLeadAndBorrowsTheClassLists() {
        Explanation e = explainer().explain(ReplyCode.of(250), EN).orElseThrow();
        assertThat(e.title()).isEqualTo("OK");
        assertThat(e.message()).isEqualTo("Accepted.");
        assertThat(e.causes()).containsExactly("C2 cause");
    }

    @Test
    void aFailureReplyWithoutTextsOfItsOwnGetsTheClassTextsAndLists() {
        Explanation e = explainer().explain(ReplyCode.of(550), EN).orElseThrow();
        assertThat(e.title()).isEqualTo("C5 title");
        assertThat(e.message()).isEqualTo("C5 lead. C5 body.");
        assertThat(e.causes()).containsExactly("C5 cause");
    }

    @Test
    void anIntermediateReplyHasNoClassTexts() {
        Explanation e = explainer().explain(ReplyCode.of(354), EN).orElseThrow();
        assertThat(e.title()).isEqualTo("Go on");
        assertThat(e.message()).isEmpty();
        assertThat(e.causes()).isEmpty();
        assertThat(e.statusClass()).isEmpty();
    }

    @Test
    void theExplainerHandsOutItsCatalogueTextsAndLabels() {
        CatalogTexts texts = CatalogTexts.of(List.of(BundleFile.parse("t.properties",
                BUNDLE.getBytes(StandardCharsets.UTF_8))));
        Explainer x = Explainer.of(StatusCatalog.standard(), texts);
        assertThat(x.catalog()).isSameAs(StatusCatalog.standard());
        assertThat(x.texts()).isSameAs(texts);
        assertThat(x.label("label.causes", Locale.ENGLISH)).isEqualTo("Causes");
        assertThat(x.label("label.absent", Locale.ENGLISH)).isEqualTo("label.absent");
    }

    @Test
    void explainingTextReadsItWithTheReplyParser() {
        Explanation e = Explainer.standard().explain("4.9.9", EN);
        assertThat(e.enhancedCode()).contains(EnhancedStatusCode.parse("4.9.9"));
        assertThat(e.retryable()).isTrue();
        assertThatThrownBy(() -> Explainer.standard().explain("no code here", EN))
                .isInstanceOf(StatusCodeParseException.class);
    }

    @Test
    void anExplanationCarriesWhatTheReplyAndTheReadingSay() {
        Explanation e = Explainer.standard().explain(ReplyParser.parse("550 4.2.2 <jan@example.nl> Mailbox full"),
                ExplainOptions.of(Locale.forLanguageTag("nl"))).orElseThrow();
        assertThat(e.replyCode()).contains(ReplyCode.of(550));
        assertThat(e.enhancedCode()).contains(EnhancedStatusCode.parse("4.2.2"));
        assertThat(e.codesAgree()).isFalse();
        assertThat(e.recipient()).contains("jan@example.nl");
        assertThat(e.category()).isEqualTo(io.github.smtpcatalog.core.BounceCategory.MAILBOX_FULL);
        assertThat(e.provenance()).isNotBlank();
        assertThat(e.readingChoice()).isNotNull();
        Explanation agreeing = Explainer.standard().explain(ReplyParser.parse("452 4.2.2 Mailbox full"),
                ExplainOptions.of(Locale.forLanguageTag("nl"))).orElseThrow();
        assertThat(agreeing.codesAgree()).isTrue();
        assertThat(agreeing.sisimaiReason()).contains("mailboxfull");
    }

    @Test
    void aSeedReadingThatDepartsFromTheStandardSaysSo() {
        ExplainOptions nl = ExplainOptions.of(Locale.forLanguageTag("nl"));
        // the seed's 5.5.2 is reply 552 written with dots; the registry's is a syntax error (DESIGN.md)
        assertThat(Explainer.standard().explain(EnhancedStatusCode.parse("5.5.2"), nl).departsFromStandard()).isTrue();
        assertThat(Explainer.standard().explain(EnhancedStatusCode.parse("5.5.2"),
                nl.withPolicy(ReadingPolicy.STANDARD)).departsFromStandard()).isFalse();
    }

    @Test
    void anUnknownLanguageGetsDutchWhereThereIsDutchElseEnglish(@TempDir Path dir) throws Exception {
        assertThat(Explainer.standard().negotiate("de-DE")).isEqualTo(Locale.forLanguageTag("nl"));
        assertThat(Explainer.standard().negotiate(null)).isEqualTo(Locale.forLanguageTag("nl"));
        assertThat(Explainer.standard().negotiate("  ")).isEqualTo(Locale.forLanguageTag("nl"));
        assertThat(Explainer.standard().negotiate("!!invalid;;q=x")).isEqualTo(Locale.forLanguageTag("nl"));
        assertThat(Explainer.standard().negotiate("en-GB,en;q=0.9")).isEqualTo(Locale.ENGLISH);
        assertThat(explainer().negotiate("de")).as("root only").isEqualTo(Locale.ENGLISH);
        assertThat(explainer("t_fy.properties").negotiate("de")).as("root and Frisian").isEqualTo(Locale.ENGLISH);
        assertThat(explainer("t_fy.properties").negotiate("fy")).isEqualTo(Locale.forLanguageTag("fy"));
        assertThat(explainer("t_fy.properties", "t_nl_BE.properties", "t_nl.properties").negotiate("de"))
                .as("Dutch before root, Belgian Dutch and Frisian").isEqualTo(Locale.forLanguageTag("nl"));
        assertThat(explainer("t_nl_BE.properties", "t_fy.properties").negotiate("de"))
                .as("root before regional and other languages").isEqualTo(Locale.ENGLISH);
        assertThat(Explainer.of(StatusCatalog.standard(), CatalogTexts.of(List.of())).negotiate("nl"))
                .as("no texts at all").isEqualTo(Locale.ENGLISH);
        Files.writeString(dir.resolve("x_nl.properties"), "k = v\n");
        assertThat(Explainer.of(StatusCatalog.standard(), CatalogTexts.load(dir)).negotiate("de"))
                .isEqualTo(Locale.forLanguageTag("nl"));
    }

    @Test
    void anAcceptLanguageHeaderIsReadUpTo4096Characters() {
        String longest = "en" + ",en".repeat(1360) + ",en-001".repeat(2);
        assertThat(longest).hasSize(4096);
        assertThat(Explainer.standard().negotiate(longest)).isEqualTo(Locale.ENGLISH);
        String tooLong = "en" + ",en".repeat(1365);
        assertThat(tooLong).hasSize(4097);
        assertThat(Explainer.standard().negotiate(tooLong)).isEqualTo(Locale.forLanguageTag("nl"));
    }
}
