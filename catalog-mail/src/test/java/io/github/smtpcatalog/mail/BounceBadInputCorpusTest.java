// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.smtpcatalog.testkit.CorpusCase;
import io.github.smtpcatalog.testkit.CorpusSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bad-input corpus of the bounce reader, {@code bad-input/bounce-bad-input.tsv} (next to the corpus of real
 * bounces in {@code bounces/}, which {@link BounceCorpusTest} checks): message bytes, in the {@link CorpusSpec}
 * notation ({@code \xHH} a raw byte), given to {@link BounceReader#read(byte[])}, and the documented outcome:
 * <ul>
 *   <li>{@code EXCEPTION <reason>}: {@link BounceReadException} with that reason (or the simple name of another
 *       documented exception, {@code NullPointerException} for null);</li>
 *   <li>{@code OK kind=... diagnoses=N recipients=a,b outcomes=X,Y enhanced=c1,c2 truncated=true|false}: the
 *       report; {@code -} for an absent value. Only the keys written are compared.</li>
 * </ul>
 */
class BounceBadInputCorpusTest {

    static final String TABLE = "bad-input/bounce-bad-input.tsv";

    static List<CorpusCase> cases() {
        return CorpusCase.read(BounceBadInputCorpusTest.class, TABLE, Set.of("bounce"));
    }

    static Stream<Arguments> rows() {
        return cases().stream().map(c -> Arguments.argumentSet(c.id(), c));
    }

    @Test
    void theCorpusIsLargeAndUnique() {
        List<CorpusCase> all = cases();
        assertThat(all).hasSizeGreaterThanOrEqualTo(30);
    }

    @ParameterizedTest
    @MethodSource("rows")
    void hasItsDocumentedOutcome(CorpusCase c) {
        Assumptions.assumeTrue(c.runs(), "a huge case, left out under PIT");
        byte[] bytes = CorpusSpec.bytes(c.spec());
        Throwable thrown = catchThrowable(() -> BounceReader.standard().read(bytes));
        if (c.expected().startsWith("EXCEPTION ")) {
            assertThat(thrown).as("exception").isNotNull();
            String what = thrown instanceof BounceReadException ? ((BounceReadException) thrown).reason().name()
                    : thrown.getClass().getSimpleName();
            assertThat("EXCEPTION " + what).isEqualTo(c.expected());
            return;
        }
        assertThat(thrown).as("exception").isNull();
        BounceReport report = BounceReader.standard().read(bytes);
        Map<String, String> expected = parseOk(c.expected());
        Map<String, String> got = outcome(report);
        got.keySet().retainAll(expected.keySet());
        assertThat(got).as("outcome of %s", c.id()).isEqualTo(expected);
    }

    static Map<String, String> outcome(BounceReport r) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("kind", r.kind().name());
        m.put("diagnoses", Integer.toString(r.diagnoses().size()));
        m.put("recipients", join(r.diagnoses().stream().map(d -> d.recipient().map(CorpusSpec::escape).orElse("-"))));
        m.put("outcomes", join(r.diagnoses().stream().map(d -> d.outcome().name())));
        m.put("enhanced", join(r.diagnoses().stream()
                .map(d -> d.reply().flatMap(p -> p.enhancedCode()).map(Object::toString).orElse("-"))));
        m.put("truncated", Boolean.toString(r.truncated()));
        return m;
    }

    private static String join(Stream<String> s) {
        String j = s.collect(Collectors.joining(","));
        return j.isEmpty() ? "-" : j;
    }

    static Map<String, String> parseOk(String expected) {
        return CorpusCase.okValues(expected, null);
    }
}
