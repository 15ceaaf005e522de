// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smtpcatalog.cli.internal.Text;
import io.github.smtpcatalog.core.StatusCatalog;
import io.github.smtpcatalog.i18n.Explainer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The command in this process; {@code CatalogJarIT} runs the built jar as a process. */
class CatalogCommandTest {

    static final List<String> JSON_FIELDS = List.of("input", "replyCode", "enhancedCode", "matchedCode",
            "matchedLevel", "reading", "statusClass", "retryable", "title", "message", "causes", "customerActions",
            "adminActions", "locale");

    static final String DSN = String.join("\n",
            "Reporting-MTA: dns; mx1.example.nl",
            "Arrival-Date: Mon, 30 Nov 2026 10:00:00 +0100",
            "",
            "Final-Recipient: rfc822; jan@example.nl",
            "Action: failed",
            "Status: 5.1.1",
            "Remote-MTA: dns; mx.example.nl",
            "Diagnostic-Code: smtp; 550 5.1.1 <jan@example.nl>: Recipient address rejected:",
            "    User unknown in local recipient table",
            "",
            "Final-Recipient: rfc822; piet@example.nl",
            "Action: delivered",
            "Status: 2.0.0",
            "",
            "Final-Recipient: rfc822; kees@example.com",
            "Action: delayed",
            "Status: 4.2.2",
            "Diagnostic-Code: smtp; 452 4.2.2 Mailbox full",
            "");

    static final Locale NL = Locale.forLanguageTag("nl");

    /** A label of the texts' labels bundle, so that the tests follow edits of the wording. */
    static String label(String key, Locale locale) {
        return Explainer.standard().label(key, locale);
    }

    @Test
    void explain_a_code_in_dutch_by_default() {
        CommandRun r = CommandRun.of("explain", "5.1.1");
        assertThat(r.exit()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).startsWith("5.1.1 ").contains("Uw e-mail is niet bezorgd.")
                .contains(label("label.causes", NL) + ":").contains(label("label.customerActions", NL) + ":")
                .contains(label("label.adminActions", NL) + ":").contains(label("label.notRetryable", NL) + ".")
                .contains(label("label.reading", NL) + ": " + label("label.origin.SEED", NL))
                .contains(label("label.matchedLevel.DETAIL", NL)).contains(label("label.source", NL) + ": ")
                .contains("Let op:");
    }

    @Test
    void explain_in_english_for_the_administrator() {
        CommandRun r = CommandRun.of("explain", "--locale", "en", "--audience", "technical", "5.1.1");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains(label("label.causes", Locale.ENGLISH) + ":")
                .contains(label("label.adminActions", Locale.ENGLISH) + ":")
                .doesNotContain(label("label.causes", NL)).doesNotContain("Please note");
    }

    @Test
    void a_subject_fallback_and_a_departure_are_noted() {
        // The text is wrapped: compare it on one line.
        assertThat(Text.oneLine(CommandRun.of("explain", "--locale", "en", "5.1.99").out()))
                .contains(label("label.matchedLevel.SUBJECT", Locale.ENGLISH) + " (5.1.x).");
        assertThat(Text.oneLine(CommandRun.of("explain", "5.1.5").out())).contains(label("label.departs", NL));
        assertThat(Text.oneLine(CommandRun.of("explain", "5.1.1").out())).doesNotContain(label("label.departs", NL));
    }

    @Test
    void json_has_every_field_once_at_the_top_level() {
        CommandRun r = CommandRun.of("explain", "--format", "json", "--locale", "en",
                "550-5.1.1 <jan@example.nl>: Recipient address rejected");
        assertThat(r.exit()).isZero();
        assertThat(JsonFields.isArray(r.out())).isFalse();
        Map<String, Object> o = JsonFields.objects(r.out()).get(0);
        assertThat(o).containsKeys(JSON_FIELDS.toArray(new String[0]));
        assertThat(o.get("input")).isEqualTo("550-5.1.1 <jan@example.nl>: Recipient address rejected");
        assertThat(o.get("replyCode")).isEqualTo(550);
        assertThat(o.get("enhancedCode")).isEqualTo("5.1.1");
        assertThat(o.get("matchedCode")).isEqualTo("5.1.1");
        assertThat(o.get("matchedLevel")).isEqualTo("DETAIL");
        assertThat(o.get("statusClass")).isEqualTo(5);
        assertThat(o.get("retryable")).isEqualTo(false);
        assertThat(o.get("recipient")).isEqualTo("jan@example.nl");
        assertThat(o.get("locale")).isEqualTo("en");
        assertThat((String) o.get("message")).contains("jan@example.nl");
        assertThat((List<?>) o.get("causes")).isNotEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "5.1.1,     DETAIL,  5.1.1",
        "5.1.99,    SUBJECT, 5.1.x",
        "4.9.9,     CLASS,   4.x.x",
        "550,       REPLY,   550",
        "5.1.x,     SUBJECT, 5.1.x",
        "5.x.x,     CLASS,   5.x.x",
        "'452 4.2.2 Mailbox full', DETAIL, 4.2.2",
    })
    void matched_level_and_code(String input, String level, String code) {
        Map<String, Object> o = JsonFields.objects(CommandRun.of("explain", "--format", "json", input).out())
                .get(0);
        assertThat(o.get("matchedLevel")).isEqualTo(level);
        assertThat(o.get("matchedCode")).isEqualTo(code);
    }

    @Test
    void context_beats_policy_for_a_whole_reply() {
        Map<String, Object> o = JsonFields.objects(
                CommandRun.of("explain", "--format", "json", "555 5.5.2 Syntax error").out()).get(0);
        assertThat(o.get("reading")).isEqualTo("STANDARD");
        assertThat(o.get("readingChoice")).isEqualTo("REPLY_CODE");
        Map<String, Object> seed = JsonFields.objects(CommandRun.of("explain", "--format", "json", "5.5.2").out())
                .get(0);
        assertThat(seed.get("reading")).isEqualTo("SEED");
        Map<String, Object> std = JsonFields.objects(
                CommandRun.of("explain", "--format", "json", "--policy", "standard", "5.5.2").out()).get(0);
        assertThat(std.get("reading")).isEqualTo("STANDARD");
    }

    @Test
    void standard_input_with_one_reply_gives_one_object() {
        CommandRun r = CommandRun.withInput("550 5.1.1 <jan@example.nl>: Recipient address rejected\n", "explain",
                "--format", "json", "-");
        assertThat(r.exit()).isZero();
        assertThat(JsonFields.isArray(r.out())).isFalse();
        assertThat(JsonFields.objects(r.out()).get(0)).containsEntry("recipient", "jan@example.nl")
                .containsEntry("matchedCode", "5.1.1");
    }

    @Test
    void standard_input_with_a_multiline_reply() {
        CommandRun r = CommandRun.withInput("550-5.1.1 The email account that you tried to reach does not exist.\n"
                + "550 5.1.1 https://support.google.com/mail/?p=NoSuchUser a1si123 - gsmtp\n", "explain", "--format",
                "json", "-");
        assertThat(r.exit()).isZero();
        assertThat(JsonFields.objects(r.out()).get(0)).containsEntry("enhancedCode", "5.1.1")
                .containsEntry("replyCode", 550);
    }

    @Test
    void a_dsn_on_standard_input_gives_one_object_per_failed_recipient_in_order() {
        CommandRun r = CommandRun.withInput(DSN, "explain", "--format", "json", "-");
        assertThat(r.exit()).isZero();
        assertThat(JsonFields.isArray(r.out())).isTrue();
        List<Map<String, Object>> list = JsonFields.objects(r.out());
        assertThat(list).extracting(m -> m.get("recipient")).containsExactly("jan@example.nl", "kees@example.com");
        assertThat(list).extracting(m -> m.get("matchedCode")).containsExactly("5.1.1", "4.2.2");
        for (Map<String, Object> m : list) {
            assertThat(m).containsKeys(JSON_FIELDS.toArray(new String[0]));
        }
    }

    @Test
    void a_message_that_is_no_bounce_gives_an_empty_array() {
        String mail = "From: jan@example.nl\nTo: piet@example.nl\nSubject: Lunch\n\nZullen we om 12 uur eten?\n";
        CommandRun r = CommandRun.withInput(mail, "explain", "--format", "json", "-");
        assertThat(r.exit()).isZero();
        assertThat(r.out().strip()).isEqualTo("[ ]");
        CommandRun text = CommandRun.withInput(mail, "explain", "-");
        assertThat(text.exit()).isZero();
        assertThat(text.out()).startsWith(label("label.noFailures", NL)).contains("Let op:");
    }

    @Test
    void a_dsn_in_text_names_each_recipient() {
        CommandRun r = CommandRun.withInput(DSN, "explain", "-");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains(label("label.recipient", NL) + ": jan@example.nl")
                .contains(label("label.recipient", NL) + ": kees@example.com")
                .doesNotContain("piet@example.nl");
    }

    @Test
    void hostile_input_stays_exact_in_json() {
        String hostile = "550 5.1.1 <jan@example.nl> \"quoted\" \\ back </script> \u0007 \u00e9\u2019 {x}";
        CommandRun r = CommandRun.of("explain", "--format", "json", hostile);
        assertThat(r.exit()).isZero();
        assertThat(JsonFields.objects(r.out()).get(0).get("input")).isEqualTo(hostile);
    }

    @Test
    void json_on_an_ascii_terminal_escapes_instead_of_losing_characters() {
        CommandRun r = CommandRun.withCharset(StandardCharsets.US_ASCII, "", "explain", "--format", "json", "--locale", "en",
                "5.1.1");
        assertThat(r.exit()).isZero();
        assertThat(r.out().chars().allMatch(c -> c < 0x80)).isTrue();
        assertThat(r.out()).contains("\\u2019");
        assertThat((String) JsonFields.objects(r.out()).get(0).get("title")).contains("\u2019");
    }

    @Test
    void text_on_an_ascii_terminal_replaces_characters_it_cannot_write() {
        CommandRun r = CommandRun.withCharset(StandardCharsets.US_ASCII, "", "explain", "5.7.1");
        assertThat(r.exit()).isZero();
        assertThat(r.out().chars().allMatch(c -> c < 0x80)).isTrue();
        assertThat(r.out()).contains("Uw e-mail is niet bezorgd.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"hallo", "6.1.1", "5.1", "999", "5.01.1", "  ", "5.9.x.x"})
    void input_without_a_code_exits_2_with_one_line(String input) {
        CommandRun r = CommandRun.of("explain", input);
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().strip()).startsWith("catalog explain: ").doesNotContain("\n").doesNotContain("Exception");
    }

    @Test
    void empty_standard_input_exits_2() {
        CommandRun r = CommandRun.withInput("", "explain", "-");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().strip()).startsWith("catalog explain: standard input is empty").doesNotContain("\n");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "explain|--format|xml|5.1.1",
        "explain|--audience|boss|5.1.1",
        "explain|--policy|mine|5.1.1",
        "explain|--locale|!!|5.1.1",
        "explain|--bogus|5.1.1|",
        "explain|||",
        "list|--format|csv|",
        "validate|--format|xml|",
        "validate|--bundles||",
        "docs|||",
        "frobnicate|||",
        "|||",
    })
    void unusable_arguments_exit_2_with_one_line_and_no_stack_trace(String a, String b, String c, String d) {
        String[] args = java.util.stream.Stream.of(a, b, c, d).filter(s -> s != null && !s.isEmpty())
                .toArray(String[]::new);
        CommandRun r = CommandRun.of(args);
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).endsWith("\n");
        assertThat(r.err().strip()).startsWith("catalog").doesNotContain("\n").doesNotContain("\tat ")
                .doesNotContain("Exception");
    }

    @Test
    void validate_the_shipped_bundles() {
        CommandRun r = CommandRun.of("validate", "--format", "json", "--locale", "en");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        Map<String, Object> report = JsonFields.objects(r.out()).get(0);
        assertThat(report).containsEntry("bundles", "shipped").containsEntry("hasErrors", false)
                .containsEntry("errors", 0);
        List<?> findings = (List<?>) report.get("findings");
        assertThat(findings).isNotEmpty(); // at least the departing readings, as information
        for (Object f : findings) {
            assertThat(List.<Object>copyOf(((Map<?, ?>) f).keySet())).isEqualTo(
                    List.of("ruleId", "severity", "file", "line", "key", "code", "message"));
        }
    }

    @Test
    void validate_a_folder_with_an_error_exits_1() {
        String dir = BundleFolders.withBrokenPattern().toString();
        CommandRun r = CommandRun.of("validate", "--bundles", dir);
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("seed_nl.properties:").contains("[seed.5.1.1.title]")
                .contains(label("label.severity.ERROR", NL)).contains(label("label.validate.errors", NL) + ": ");
        Map<String, Object> json = JsonFields.objects(
                CommandRun.of("validate", "--bundles", dir, "--format", "json").out()).get(0);
        assertThat(json).containsEntry("hasErrors", true).containsEntry("bundles", dir);
        assertThat((Integer) json.get("errors")).isPositive();
    }

    @Test
    void validate_a_missing_folder_exits_2() {
        CommandRun r = CommandRun.of("validate", "--bundles", "/no/such/folder");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().strip()).startsWith("catalog validate: --bundles").doesNotContain("\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "explain", "list", "validate", "docs"})
    void help_on_every_subcommand(String sub) {
        CommandRun r = sub.isEmpty() ? CommandRun.of("--help") : CommandRun.of(sub, "--help");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("Usage: catalog" + (sub.isEmpty() ? "" : " " + sub));
    }

    @Test
    void version() {
        CommandRun r = CommandRun.of("--version");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("catalog ");
    }

    @Test
    void list_tsv_has_one_line_per_entry_starting_with_code_level_sources_title() {
        CommandRun r = CommandRun.of("list");
        assertThat(r.exit()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines.get(0)).startsWith("code\tlevel\tsources\ttitle\t");
        assertThat(lines).hasSize(StatusCatalog.standard().entries().size() + 1);
        assertThat(lines).anyMatch(l -> l.startsWith("5.1.1\tDETAIL\tSEED,IANA,RFC"))
                .anyMatch(l -> l.startsWith("5.1.x\tSUBJECT\t"))
                .anyMatch(l -> l.startsWith("5.x.x\tCLASS\t"))
                .anyMatch(l -> l.startsWith("550\tREPLY\t"));
        for (String l : lines.subList(1, lines.size())) {
            String[] cols = l.split("\t", -1);
            assertThat(cols).hasSize(9);
            assertThat(cols[1]).isIn("DETAIL", "SUBJECT", "CLASS", "REPLY");
            assertThat(cols[2]).matches("(SEED|IANA|RFC|MICROSOFT|GOOGLE)(,(SEED|IANA|RFC|MICROSOFT|GOOGLE))*");
            assertThat(cols[3]).isNotBlank();
        }
    }

    @Test
    void list_json_and_markdown() {
        CommandRun json = CommandRun.of("list", "--format", "json", "--locale", "en");
        assertThat(json.exit()).isZero();
        List<Map<String, Object>> entries = JsonFields.objects(json.out());
        assertThat(entries).hasSize(StatusCatalog.standard().entries().size());
        assertThat(entries).anySatisfy(e -> assertThat(e).containsEntry("code", "5.5.2")
                .containsEntry("level", "DETAIL"));
        CommandRun md = CommandRun.of("list", "--format", "markdown");
        assertThat(md.exit()).isZero();
        assertThat(md.out()).startsWith("| " + label("label.code", NL) + " | " + label("label.level", NL) + " | "
                + label("label.sources", NL) + " | " + label("label.title", NL) + " | ").contains("\n|---|");
        assertThat(md.out().lines().count()).isEqualTo(StatusCatalog.standard().entries().size() + 2);
    }
}
