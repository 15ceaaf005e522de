// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.mail;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smtpcatalog.core.ParsedReply;
import io.github.smtpcatalog.core.Provider;
import io.github.smtpcatalog.i18n.ExplainOptions;
import io.github.smtpcatalog.i18n.Explanation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bounce corpus in {@code src/test/resources/bounces}: bounces in the formats of Postfix, Exim, Sendmail,
 * qmail, Microsoft 365 / Exchange and Gmail (DSNs and plain text), damaged ones, and messages that are no bounce,
 * with the expected kind and, per recipient, outcome, codes and provider in {@code expectations.tsv}.
 */
class BounceCorpusTest {

    private static final String DIR = "/bounces/";
    private static final ExplainOptions NL = ExplainOptions.of(Locale.forLanguageTag("nl"));
    private static final ExplainOptions EN = ExplainOptions.of(Locale.ENGLISH);

    /** One line of expectations.tsv. */
    record Row(String file, BounceKind kind, String recipient, String outcome, String reply, String enhanced,
            String provider) {
    }

    /** A corpus message with its expected recipients. */
    record Case(String file, BounceKind kind, List<Row> recipients) {
        @Override
        public String toString() {
            return file;
        }
    }

    static List<Case> corpus() throws IOException {
        Map<String, List<Row>> byFile = new LinkedHashMap<>();
        try (InputStream in = BounceCorpusTest.class.getResourceAsStream(DIR + "expectations.tsv")) {
            String tsv = new String(Objects.requireNonNull(in, "expectations.tsv").readAllBytes(),
                    StandardCharsets.UTF_8);
            for (String line : tsv.split("\n")) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith("file\t")) {
                    continue;
                }
                String[] c = line.split("\t", -1);
                assertThat(c).as(line).hasSize(7);
                Row r = new Row(c[0], BounceKind.valueOf(c[1]), c[2], c[3], c[4], c[5], c[6]);
                byFile.computeIfAbsent(r.file(), k -> new ArrayList<>()).add(r);
            }
        }
        List<Case> out = new ArrayList<>();
        byFile.forEach((f, rows) -> out.add(new Case(f, rows.get(0).kind(),
                rows.get(0).recipient().equals("-") ? List.of() : rows)));
        return out;
    }

    static byte[] bytes(String file) throws IOException {
        try (InputStream in = BounceCorpusTest.class.getResourceAsStream(DIR + file)) {
            return Objects.requireNonNull(in, file).readAllBytes();
        }
    }

    @Test
    void the_corpus_has_at_least_60_messages_and_every_file_has_expectations() throws Exception {
        List<Case> cases = corpus();
        assertThat(cases).hasSizeGreaterThanOrEqualTo(60);
        Path dir = Path.of(Objects.requireNonNull(getClass().getResource(DIR)).toURI());
        TreeSet<String> files = new TreeSet<>();
        try (Stream<Path> s = Files.list(dir)) {
            s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".eml")).forEach(files::add);
        }
        TreeSet<String> listed = new TreeSet<>();
        cases.forEach(c -> listed.add(c.file()));
        assertThat(files).isEqualTo(listed);
        for (String server : List.of("postfix-", "exim-", "sendmail-", "qmail-", "m365-", "gmail-", "not-bounce-")) {
            assertThat(listed).as(server).filteredOn(n -> n.startsWith(server)).hasSizeGreaterThanOrEqualTo(4);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void each_message_gives_its_kind_and_recipients_in_order(Case c) throws IOException {
        BounceReport r = BounceReader.standard().read(bytes(c.file()));
        assertThat(r.kind()).as(c.file() + ": " + r.evidence()).isEqualTo(c.kind());
        assertThat(r.truncated()).isFalse();
        assertThat(r.diagnoses()).as(c.file() + ": " + r.evidence()).hasSize(c.recipients().size());
        for (int i = 0; i < c.recipients().size(); i++) {
            Row row = c.recipients().get(i);
            RecipientDiagnosis d = r.diagnoses().get(i);
            String at = c.file() + " recipient " + (i + 1) + " " + d;
            assertThat(d.recipient()).as(at).contains(row.recipient());
            assertThat(d.outcome()).as(at).isEqualTo(DeliveryOutcome.valueOf(row.outcome()));
            assertThat(d.reply().flatMap(ParsedReply::replyCode).map(Object::toString).orElse("-")).as(at)
                    .isEqualTo(row.reply());
            assertThat(d.reply().flatMap(ParsedReply::enhancedCode).map(Object::toString).orElse("-")).as(at)
                    .isEqualTo(row.enhanced());
            assertThat(d.reply().flatMap(ParsedReply::provider).map(Provider::name).orElse("-")).as(at)
                    .isEqualTo(row.provider());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void each_failed_recipient_with_a_code_is_explained_in_dutch_and_english(Case c) throws IOException {
        BounceReport r = BounceReader.standard().read(bytes(c.file()));
        List<RecipientExplanation> nl = r.explain(NL);
        List<RecipientExplanation> en = r.explain(EN);
        assertThat(nl).hasSameSizeAs(r.failures()).hasSameSizeAs(en);
        if (!c.kind().isBounce()) {
            assertThat(nl).isEmpty();
            assertThat(r.evidence()).isNotBlank();
            return;
        }
        for (int i = 0; i < nl.size(); i++) {
            RecipientExplanation x = nl.get(i);
            assertThat(x.recipient()).isEqualTo(r.failures().get(i).recipient());
            assertThat(x.note()).isNotBlank().isNotEqualTo(en.get(i).note());
            if (x.reply().isPresent()) {
                Explanation e = x.explanation().orElseThrow();
                assertThat(e.locale().getLanguage()).isEqualTo("nl");
                assertThat(e.message()).isNotBlank();
                assertThat(en.get(i).explanation().orElseThrow().locale().getLanguage()).isEqualTo("en");
            } else {
                assertThat(x.explanation()).isEmpty();
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void crlf_line_ends_and_the_stream_and_mime_message_entries_give_the_same_report(Case c) throws Exception {
        byte[] lf = bytes(c.file());
        BounceReport expected = BounceReader.standard().read(lf);
        byte[] crlf = new String(lf, StandardCharsets.ISO_8859_1).replace("\r\n", "\n").replace("\n", "\r\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        BounceReport viaCrlf = BounceReader.standard().read(crlf);
        assertThat(viaCrlf.kind()).isEqualTo(expected.kind());
        assertThat(viaCrlf.diagnoses()).extracting(RecipientDiagnosis::recipient, RecipientDiagnosis::outcome,
                d -> d.reply().flatMap(ParsedReply::enhancedCode), d -> d.reply().flatMap(ParsedReply::replyCode))
                .isEqualTo(expected.diagnoses().stream().map(d -> org.assertj.core.groups.Tuple.tuple(d.recipient(),
                        d.outcome(), d.reply().flatMap(ParsedReply::enhancedCode),
                        d.reply().flatMap(ParsedReply::replyCode))).toList());
        assertThat(BounceReader.standard().read(new java.io.ByteArrayInputStream(lf))).isEqualTo(expected);
    }
}
