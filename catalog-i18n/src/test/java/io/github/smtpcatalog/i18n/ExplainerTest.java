// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smtpcatalog.core.Agreement;
import io.github.smtpcatalog.core.EnhancedStatusCode;
import io.github.smtpcatalog.core.Level;
import io.github.smtpcatalog.core.Origin;
import io.github.smtpcatalog.core.ParsedReply;
import io.github.smtpcatalog.core.Provider;
import io.github.smtpcatalog.core.ReadingPolicy;
import io.github.smtpcatalog.core.ReplyCode;
import io.github.smtpcatalog.core.StatusClass;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExplainerTest {

    private static final Explainer EXPLAINER = Explainer.standard();
    private static final ExplainOptions NL = ExplainOptions.of(Locale.forLanguageTag("nl"));
    private static final ExplainOptions EN = ExplainOptions.of(Locale.forLanguageTag("en"));

    private static ParsedReply reply(int basic, String code, String recipient) {
        return ParsedReply.builder().replyCode(ReplyCode.of(basic)).enhancedCode(EnhancedStatusCode.parse(code))
                .recipient(recipient).build();
    }

    @Test
    void unknown_recipient_in_dutch_names_the_address_says_not_delivered_and_to_check_it() {
        Explanation e = EXPLAINER.explain(reply(550, "5.1.1", "jan@example.nl"), NL).orElseThrow();
        assertThat(e.locale()).isEqualTo(Locale.forLanguageTag("nl"));
        assertThat(e.matchedLevel()).isEqualTo(Level.DETAIL);
        assertThat(e.matchedCode()).hasToString("5.1.1");
        assertThat(e.retryable()).isFalse();
        assertThat(e.recipient()).contains("jan@example.nl");
        assertThat(e.message()).startsWith("Uw e-mail is niet bezorgd.").contains("jan@example.nl");
        assertThat(e.message().toLowerCase(Locale.ROOT)).containsAnyOf("bestaat niet", "niet bekend", "onbekend");
        assertThat(String.join(" ", e.customerActions()).toLowerCase(Locale.ROOT)).contains("e-mailadres")
                .containsAnyOf("controleer", "kijk");
        assertThat(e.causes()).isNotEmpty();
        assertThat(e.adminActions()).isNotEmpty();
    }

    @Test
    void text_as_it_comes_is_parsed_and_explained() {
        Explanation e = EXPLAINER.explain(
                "550 5.1.1 <jan@example.nl>: Recipient address rejected: User unknown in local recipient table", NL);
        assertThat(e.recipient()).contains("jan@example.nl");
        assertThat(e.matchedCode()).hasToString("5.1.1");
        assertThat(e.message()).contains("jan@example.nl");
        Explanation gmail = EXPLAINER.explain("550-5.7.27 The sender domain does not pass SPF. 12si gsmtp", EN);
        assertThat(gmail.reading()).isEqualTo(Origin.GOOGLE);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> EXPLAINER.explain("hello world", NL))
                .isInstanceOf(io.github.smtpcatalog.core.StatusCodeParseException.class)
                .hasMessageContaining("hello world");
    }

    @Test
    void full_mailbox_is_temporary_and_the_server_keeps_trying() {
        Explanation e = EXPLAINER.explain(reply(452, "4.2.2", "piet@example.nl"), NL).orElseThrow();
        assertThat(e.statusClass()).contains(StatusClass.PERSISTENT_TRANSIENT_FAILURE);
        assertThat(e.retryable()).isTrue();
        assertThat(e.message()).contains("nog niet bezorgd").contains("opnieuw");
        assertThat(e.message().toLowerCase(Locale.ROOT)).contains("mailbox").contains("vol");
    }

    @ParameterizedTest(name = "Action: {0}, Status: {1}, {2} -> {3}")
    @CsvSource(delimiter = '|', value = {
        // A 4.x.x code with "Action: failed": the sending server gave up and returned the message.
        "failed  | 4.4.7 | nl | Uw e-mail is niet bezorgd. De mailserver heeft het een tijd opnieuw geprobeerd en is daarna gestopt.",
        "failed  | 4.4.7 | en | Your e-mail was not delivered. The mail server kept trying for a while and then gave up.",
        "failed  | 4.2.2 | nl | Uw e-mail is niet bezorgd. De mailserver heeft het een tijd opnieuw geprobeerd en is daarna gestopt.",
        // "Action: delayed": still being tried, the usual lead.
        "delayed | 4.4.7 | nl | Uw e-mail is nog niet bezorgd. Het probleem is tijdelijk.",
        "delayed | 4.4.7 | en | Your e-mail has not been delivered yet. The problem is temporary.",
        // A 5.x.x code is not delivered whatever the action says: class 5 has no lead of its own for it.
        "failed  | 5.1.1 | nl | Uw e-mail is niet bezorgd.",
    })
    void a_dsn_action_of_failed_turns_a_temporary_lead_into_not_delivered(String action, String status,
            String lang, String lead) {
        String dsn = "Final-Recipient: rfc822; jan@example.nl\nAction: " + action + "\nStatus: " + status + "\n";
        Explanation e = EXPLAINER.explain(dsn, ExplainOptions.of(Locale.forLanguageTag(lang)));
        assertThat(e.message()).startsWith(lead);
        assertThat(e.statusClass()).hasValueSatisfying(c -> assertThat(c.code()).isEqualTo(status.charAt(0) - '0'));
    }

    @Test
    void a_dsn_action_of_failed_gives_the_technical_audience_its_own_lead() {
        String dsn = "Final-Recipient: rfc822; jan@example.nl\nAction: failed\nStatus: 4.4.7\n";
        assertThat(EXPLAINER.explain(dsn, EN.withAudience(Audience.TECHNICAL)).message())
                .startsWith("Persistent transient failure (4.x.x), but the DSN reports Action: failed:");
        assertThat(EXPLAINER.explain(dsn.replace("failed", "delayed"), EN.withAudience(Audience.TECHNICAL)).message())
                .startsWith("Persistent transient failure (4.x.x): a temporary condition");
        assertThat(EXPLAINER.explain(reply(451, "4.4.7", "jan@example.nl"), NL).orElseThrow().message())
                .as("a reply without DSN action").startsWith("Uw e-mail is nog niet bezorgd.");
    }

    @Test
    void unknown_detail_falls_back_to_an_addressing_text() {
        Explanation e = EXPLAINER.explain(EnhancedStatusCode.parse("5.1.99"), NL);
        assertThat(e.matchedLevel()).isEqualTo(Level.SUBJECT);
        assertThat(e.matchedCode()).hasToString("5.1.x");
        assertThat(e.message().toLowerCase(Locale.ROOT)).contains("e-mailadres");
        Explanation en = EXPLAINER.explain(EnhancedStatusCode.parse("5.1.99"), EN);
        assertThat(en.message().toLowerCase(Locale.ROOT)).contains("address");
    }

    @Test
    void unknown_subject_of_a_transient_code_still_says_temporary() {
        Explanation e = EXPLAINER.explain(EnhancedStatusCode.parse("4.9.9"), EN);
        assertThat(e.matchedLevel()).isEqualTo(Level.CLASS);
        assertThat(e.retryable()).isTrue();
        assertThat(e.message().toLowerCase(Locale.ROOT)).containsAnyOf("not yet", "temporar");
    }

    @Test
    void syntax_error_reply_overrides_the_seed_reading_of_552() {
        ParsedReply p = ParsedReply.builder().replyCode(ReplyCode.of(555)).enhancedCode(EnhancedStatusCode.parse("5.5.2"))
                .build();
        Explanation e = EXPLAINER.explain(p, EN).orElseThrow();
        assertThat(e.reading()).isEqualTo(Origin.STANDARD);
        Explanation seed = EXPLAINER.explain(EnhancedStatusCode.parse("5.5.2"), EN);
        assertThat(seed.reading()).isEqualTo(Origin.SEED);
        assertThat(seed.departsFromStandard()).isTrue();
        assertThat(seed.agreement()).isEqualTo(Agreement.DIFFERENT);
        assertThat(seed.title()).isNotEqualTo(e.title());
    }

    @Test
    void gmail_reply_gets_gmails_meaning() {
        ParsedReply p = ParsedReply.builder().replyCode(ReplyCode.of(550)).enhancedCode(EnhancedStatusCode.parse("5.7.27"))
                .provider(Provider.GOOGLE).build();
        Explanation e = EXPLAINER.explain(p, NL).orElseThrow();
        assertThat(e.reading()).isEqualTo(Origin.GOOGLE);
        assertThat(e.title()).contains("Gmail");
        Explanation std = EXPLAINER.explain(EnhancedStatusCode.parse("5.7.27"), NL.withPolicy(ReadingPolicy.STANDARD));
        assertThat(std.reading()).isEqualTo(Origin.STANDARD);
    }

    @Test
    void basic_reply_alone_has_title_and_text() {
        Explanation e = EXPLAINER.explain(ReplyCode.of(550), NL).orElseThrow();
        assertThat(e.matchedLevel()).isEqualTo(Level.REPLY);
        assertThat(e.title()).isNotBlank();
        assertThat(e.message()).startsWith("Uw e-mail is niet bezorgd.");
        Explanation greeting = EXPLAINER.explain(ReplyCode.of(220), NL).orElseThrow();
        assertThat(greeting.message()).doesNotContain("bezorgd.").isNotBlank();
    }

    @Test
    void technical_audience_gets_the_technical_text() {
        Explanation c = EXPLAINER.explain(EnhancedStatusCode.parse("5.7.1"), EN);
        Explanation t = EXPLAINER.explain(EnhancedStatusCode.parse("5.7.1"), EN.withAudience(Audience.TECHNICAL));
        assertThat(t.message()).isNotEqualTo(c.message());
        assertThat(t.audience()).isEqualTo(Audience.TECHNICAL);
        assertThat(t.title()).isEqualTo(c.title());
    }

    @Test
    void seed_attachment_limit_is_formatted_with_plural() {
        Explanation e = EXPLAINER.explain(EnhancedStatusCode.parse("5.6.3"), NL);
        assertThat(e.message()).contains("250 bijlagen");
        Explanation en = EXPLAINER.explain(EnhancedStatusCode.parse("5.6.3"), EN);
        assertThat(en.message()).contains("250 attachments");
    }

    @Test
    void text_without_recipient_reads_naturally() {
        Explanation e = EXPLAINER.explain(EnhancedStatusCode.parse("5.1.1"), NL);
        assertThat(e.message()).doesNotContain("none").doesNotContain("{").doesNotContain("}");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "'nl-BE, fr;q=0.9', nl",
        "'en-GB', en",
        "'en-US,en;q=0.9', en",
        "'fy-NL', nl",
        "'de-DE', nl",
        "'', nl",
        "'*', nl",
        "';;;garbage', nl",
    })
    void accept_language_is_matched_with_icu(String header, String expected) {
        assertThat(EXPLAINER.negotiate(header).toLanguageTag()).isEqualTo(expected);
    }

    @Test
    void belgian_dutch_falls_back_to_dutch_and_an_unknown_locale_to_english() {
        Explanation be = EXPLAINER.explain(EnhancedStatusCode.parse("5.2.2"),
                ExplainOptions.of(Locale.forLanguageTag("nl-BE")));
        assertThat(be.locale()).isEqualTo(Locale.forLanguageTag("nl"));
        Explanation ja = EXPLAINER.explain(EnhancedStatusCode.parse("5.2.2"), ExplainOptions.of(Locale.JAPANESE));
        assertThat(ja.locale()).isEqualTo(Locale.ENGLISH);
        assertThat(ja.title()).isEqualTo(EXPLAINER.explain(EnhancedStatusCode.parse("5.2.2"), EN).title());
    }

    @Test
    void notice_with_and_without_product() {
        assertThat(EXPLAINER.notice(NL.withProduct("ANVA")))
                .isEqualTo("Let op: dit zijn algemene SMTP-foutcodes, geen ANVA-foutcodes.");
        assertThat(EXPLAINER.notice(NL)).startsWith("Let op: dit zijn algemene SMTP-foutcodes").doesNotContain("none");
        assertThat(EXPLAINER.notice(EN.withProduct("ANVA"))).contains("ANVA");
    }

    @Test
    void explanation_lists_cannot_be_modified() {
        Explanation e = EXPLAINER.explain(EnhancedStatusCode.parse("5.1.1"), NL);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> e.causes().clear())
                .isInstanceOf(UnsupportedOperationException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> e.adminActions().add("x"))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
