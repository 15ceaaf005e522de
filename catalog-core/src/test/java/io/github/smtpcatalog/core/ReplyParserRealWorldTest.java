// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The table of real-world replies, exception texts, bounce texts and DSNs in
 * {@code replies/real-world-replies.tsv}: each row names the expected basic code, enhanced code, recipient and
 * provider.
 */
class ReplyParserRealWorldTest {

    private static final String TABLE = "replies/real-world-replies.tsv";
    private static final String NONE = "-";

    static Stream<Arguments> rows() throws IOException {
        return readTable().stream().map(r -> Arguments.argumentSet(r[0], (Object[]) r));
    }

    static List<String[]> readTable() throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = ReplyParserRealWorldTest.class.getResourceAsStream(TABLE)) {
            assertThat(in).as(TABLE).isNotNull();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            boolean header = true;
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t", -1);
                if (header) {
                    assertThat(cols).containsExactly("name", "reply", "enhanced", "recipient", "provider", "input");
                    header = false;
                    continue;
                }
                assertThat(cols).as("columns of %s", cols[0]).hasSize(6);
                cols[5] = unescape(cols[5]);
                rows.add(cols);
            }
        }
        return rows;
    }

    /** Decodes \n, \r, \t and \\ in the input column. */
    static String unescape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                switch (n) {
                    case 'n':
                        b.append('\n');
                        break;
                    case 'r':
                        b.append('\r');
                        break;
                    case 't':
                        b.append('\t');
                        break;
                    case '\\':
                        b.append('\\');
                        break;
                    default:
                        throw new IllegalArgumentException("Unknown escape \\" + n + " in " + s);
                }
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    @Test
    void tableHasAtLeastOneHundredCasesWithUniqueNames() throws IOException {
        List<String[]> rows = readTable();
        assertThat(rows).hasSizeGreaterThanOrEqualTo(100);
        assertThat(rows.stream().map(r -> r[0])).doesNotHaveDuplicates();
    }

    @ParameterizedTest
    @MethodSource("rows")
    void readsRealWorldText(String name, String reply, String enhanced, String recipient, String provider,
            String input) {
        Optional<ParsedReply> parsed = ReplyParser.tryParse(input);
        if (reply.equals(NONE) && enhanced.equals(NONE)) {
            assertThat(parsed).as("no code expected in %s", name).isEmpty();
            return;
        }
        assertThat(parsed).as("a code expected in %s", name).isPresent();
        ParsedReply p = parsed.get();
        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(p.replyCode().map(Object::toString).orElse(NONE)).as("reply code").isEqualTo(reply);
        soft.assertThat(p.enhancedCode().map(Object::toString).orElse(NONE)).as("enhanced code").isEqualTo(enhanced);
        soft.assertThat(p.recipient().orElse(NONE)).as("recipient").isEqualTo(recipient);
        soft.assertThat(p.provider().map(Enum::name).orElse(NONE)).as("provider").isEqualTo(provider);
        soft.assertAll();
        // parse agrees with tryParse
        assertThat(ReplyParser.parse(input)).isEqualTo(p);
    }
}
