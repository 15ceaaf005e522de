// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Runs the built {@code target/catalog.jar} as a process: every subcommand and exit code. */
class CatalogJarIT {

    private static void assertOneLineReason(JarProcess p, String prefix) {
        assertThat(p.exit()).as(p.stderr()).isEqualTo(2);
        assertThat(p.out()).isEmpty();
        String err = p.stderr();
        assertThat(err).startsWith(prefix).endsWith("\n");
        assertThat(err.strip()).doesNotContain("\n").doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void explain_a_code() {
        JarProcess p = JarProcess.run("explain", "5.1.1");
        assertThat(p.exit()).as(p.stderr()).isZero();
        assertThat(p.err()).isEmpty();
        assertThat(p.stdout()).startsWith("5.1.1 ").contains("Uw e-mail is niet bezorgd.")
                .contains(CatalogCommandTest.label("label.causes", CatalogCommandTest.NL) + ":")
                .contains(CatalogCommandTest.label("label.adminActions", CatalogCommandTest.NL) + ":");
    }

    @Test
    void explain_a_reply_line_as_json() {
        JarProcess p = JarProcess.run("explain", "--locale", "en", "--format", "json",
                "550 5.1.1 <jan@example.nl>: Recipient address rejected");
        assertThat(p.exit()).as(p.stderr()).isZero();
        Map<String, Object> o = JsonFields.objects(p.stdout()).get(0);
        assertThat(o).containsKeys(CatalogCommandTest.JSON_FIELDS.toArray(new String[0]))
                .containsEntry("replyCode", 550).containsEntry("enhancedCode", "5.1.1")
                .containsEntry("matchedLevel", "DETAIL").containsEntry("locale", "en")
                .containsEntry("recipient", "jan@example.nl");
    }

    @Test
    void explain_standard_input_a_dsn_gives_an_array() {
        JarProcess p = JarProcess.run(List.of(), CatalogCommandTest.DSN, "explain", "--format", "json", "-");
        assertThat(p.exit()).as(p.stderr()).isZero();
        assertThat(JsonFields.isArray(p.stdout())).isTrue();
        assertThat(JsonFields.objects(p.stdout())).extracting(m -> m.get("recipient"))
                .containsExactly("jan@example.nl", "kees@example.com");
    }

    private static String resource(String name) {
        try (java.io.InputStream in = CatalogJarIT.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void explain_standard_input_a_whole_bounce_message_gives_one_object_per_failed_recipient_in_order() {
        JarProcess p = JarProcess.run(List.of(), resource("qmail-two-recipients.eml"), "explain", "--locale", "nl",
                "--format", "json", "-");
        assertThat(p.exit()).as(p.stderr()).isZero();
        assertThat(JsonFields.isArray(p.stdout())).isTrue();
        List<java.util.Map<String, Object>> items = JsonFields.objects(p.stdout());
        assertThat(items).extracting(m -> m.get("recipient"))
                .containsExactly("daan@qmail-voorbeeld.nl", "emma@example.com");
        assertThat(items).extracting(m -> m.get("enhancedCode")).containsExactly("5.1.1", "5.2.2");
        assertThat(items).extracting(m -> m.get("locale")).containsOnly("nl");
    }

    @Test
    void explain_standard_input_a_message_that_is_no_bounce_gives_an_empty_array() {
        JarProcess p = JarProcess.run(List.of(), resource("not-bounce-ordinary-message.eml"), "explain",
                "--format", "json", "-");
        assertThat(p.exit()).as(p.stderr()).isZero();
        assertThat(JsonFields.isArray(p.stdout())).isTrue();
        assertThat(JsonFields.objects(p.stdout())).isEmpty();
    }

    @Test
    void explain_standard_input_a_reply_gives_an_object() {
        JarProcess p = JarProcess.run(List.of(), "452 4.2.2 <piet@example.nl>: Mailbox full\n", "explain",
                "--format", "json", "-");
        assertThat(p.exit()).as(p.stderr()).isZero();
        assertThat(JsonFields.isArray(p.stdout())).isFalse();
        assertThat(JsonFields.objects(p.stdout()).get(0)).containsEntry("retryable", true)
                .containsEntry("statusClass", 4);
    }

    @Test
    void an_ascii_terminal_gets_ascii_text_with_near_equivalents_and_no_error() {
        JarProcess p = JarProcess.run(List.of("-Dstdout.encoding=US-ASCII"), "", "explain", "--locale", "en", "5.1.1");
        assertThat(p.exit()).as(p.stderr()).isZero();
        assertThat(p.err()).isEmpty();
        for (byte b : p.out()) {
            assertThat(b & 0xff).isLessThan(0x80);
        }
        // The English title has a typographic apostrophe (U+2019); ASCII gets a straight one, not a "?".
        assertThat(p.stdout()).contains("Recipient's").doesNotContain("Recipient?s");
    }

    @Test
    void an_ascii_terminal_gets_exact_json() {
        JarProcess p = JarProcess.run(List.of("-Dstdout.encoding=US-ASCII"), "", "explain", "--format", "json",
                "--locale", "en", "5.1.1");
        assertThat(p.exit()).as(p.stderr()).isZero();
        for (byte b : p.out()) {
            assertThat(b & 0xff).isLessThan(0x80);
        }
        assertThat((String) JsonFields.objects(p.stdout()).get(0).get("title")).contains("\u2019");
    }

    @Test
    void a_latin1_terminal_gets_latin1_bytes() {
        JarProcess p = JarProcess.run(List.of("-Dstdout.encoding=ISO-8859-1"), "", "list");
        assertThat(p.exit()).as(p.stderr()).isZero();
        String s = new String(p.out(), java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(s).startsWith("code\tlevel\tsources\ttitle");
        assertThat(s).doesNotContain("\u00c3"); // no UTF-8 bytes read as Latin-1
    }

    @Test
    void unusable_input_exits_2_with_one_line() {
        assertOneLineReason(JarProcess.run("explain", "hallo"), "catalog explain: no SMTP status code found");
        assertOneLineReason(JarProcess.run("explain", "--format", "xml", "5.1.1"), "catalog explain: ");
        assertOneLineReason(JarProcess.run("explain"), "catalog explain: ");
        assertOneLineReason(JarProcess.run("list", "--format", "csv"), "catalog list: ");
        assertOneLineReason(JarProcess.run("docs"), "catalog docs: ");
        assertOneLineReason(JarProcess.run("nonsense"), "catalog: ");
        assertOneLineReason(JarProcess.run(), "catalog: ");
    }

    @Test
    void list_every_entry() {
        JarProcess p = JarProcess.run("list");
        assertThat(p.exit()).as(p.stderr()).isZero();
        List<String> lines = p.stdout().lines().toList();
        assertThat(lines.get(0)).startsWith("code\tlevel\tsources\ttitle");
        assertThat(lines).anyMatch(l -> l.startsWith("5.1.x\tSUBJECT\t"));
        JarProcess json = JarProcess.run("list", "--format", "json");
        assertThat(JsonFields.objects(json.stdout())).hasSize(lines.size() - 1);
        JarProcess md = JarProcess.run("list", "--format", "markdown", "--locale", "en");
        assertThat(md.stdout()).startsWith("| " + CatalogCommandTest.label("label.code", java.util.Locale.ENGLISH));
    }

    @Test
    void validate_exit_codes() {
        JarProcess shipped = JarProcess.run("validate");
        assertThat(shipped.exit()).as(shipped.stderr()).isZero();
        assertThat(shipped.err()).as("nothing on standard error, not even a logging line").isEmpty();
        JarProcess broken = JarProcess.run("validate", "--bundles", BundleFolders.withBrokenPattern().toString(),
                "--format", "json");
        assertThat(broken.exit()).as(broken.stderr()).isEqualTo(1);
        assertThat(broken.err()).isEmpty();
        assertThat(JsonFields.objects(broken.stdout()).get(0)).containsEntry("hasErrors", true);
        assertOneLineReason(JarProcess.run("validate", "--bundles", "/no/such/folder"), "catalog validate: ");
    }

    @Test
    void docs_writes_three_files() throws IOException {
        Path out = JarProcess.tempDir("catalog-docs");
        JarProcess p = JarProcess.run("docs", "--out", out.toString());
        assertThat(p.exit()).as(p.stderr()).isZero();
        assertThat(out.resolve("catalogue.nl.md")).isRegularFile();
        assertThat(out.resolve("catalogue.en.md")).isRegularFile();
        assertThat(Files.readString(out.resolve("catalogue.html"))).startsWith("<!DOCTYPE html>");
    }

    @Test
    void docs_into_a_file_exits_2() throws IOException {
        Path file = Files.createTempFile("catalog-docs", ".txt");
        assertOneLineReason(JarProcess.run("docs", "--out", file.toString()), "catalog docs: cannot create");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "explain", "list", "validate", "docs"})
    void help_and_version(String sub) {
        JarProcess p = sub.isEmpty() ? JarProcess.run("--help") : JarProcess.run(sub, "--help");
        assertThat(p.exit()).isZero();
        assertThat(p.stdout()).startsWith("Usage: catalog");
        JarProcess v = sub.isEmpty() ? JarProcess.run("--version") : JarProcess.run(sub, "--version");
        assertThat(v.exit()).isZero();
        assertThat(v.stdout()).startsWith("catalog ");
    }
}
