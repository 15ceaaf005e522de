// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.smtpcatalog.core.StatusCodeParseException.Reason;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CatalogCodeTest {

    @ParameterizedTest(name = "\"{0}\" is {1} {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "5.1.1       | DETAIL  | 5.1.1",
        "5.1.x       | SUBJECT | 5.1.x",
        "' 5.1.x '   | SUBJECT | 5.1.x",
        "5.x.x       | CLASS   | 5.x.x",
        "2.x.x       | CLASS   | 2.x.x",
        "550         | REPLY   | 550",
        "354         | REPLY   | 354",
        "5.7.606-649 | DETAIL  | 5.7.606-649",
    })
    void parsesTheSeedNotation(String text, Level level, String canonical) {
        CatalogCode c = CatalogCode.parse(text);
        assertThat(c.level()).isEqualTo(level);
        assertThat(c).hasToString(canonical);
        assertThat(CatalogCode.parse(c.toString())).isEqualTo(c);
        assertThat(CatalogCode.tryParse(text)).contains(c);
    }

    @ParameterizedTest
    @ValueSource(strings = {"5.1", "6.1.1", "5.01.1", "5.1.1000", "٥.١.١", "５.１.１", "6.x.x", "3.x.x", "5.x", "x.x.x",
        "5.X.X", "5.1.X", "5.1000.x", "5.01.x", "٥.x.x", "５.x.x", "5.7.649-606", "5.7.606-606", "5.7.606-1000",
        "5.1.1-", "-5.1.1", "600", "5.1.1.1"})
    void rejectsWhatIsNoCatalogueCode(String text) {
        StatusCodeParseException e = catchThrowableOfType(StatusCodeParseException.class, () -> CatalogCode.parse(text));
        assertThat(e).as(text).isNotNull();
        assertThat(e.reason()).isEqualTo(Reason.WRONG_SHAPE);
        assertThat(CatalogCode.tryParse(text)).isEmpty();
    }

    @Test
    void nullEmptyAndHugeInput() {
        assertThat(catchThrowableOfType(StatusCodeParseException.class, () -> CatalogCode.parse(null)).reason())
                .isEqualTo(Reason.NULL);
        assertThat(catchThrowableOfType(StatusCodeParseException.class, () -> CatalogCode.parse("")).reason())
                .isEqualTo(Reason.EMPTY);
        assertThat(catchThrowableOfType(StatusCodeParseException.class, () -> CatalogCode.parse(" \t")).reason())
                .isEqualTo(Reason.EMPTY);
        assertThat(CatalogCode.tryParse(null)).isEmpty();
        String digits = "5".repeat(10 * 1024 * 1024);
        assertThat(CatalogCode.tryParse(digits)).isEmpty();
        assertThat(catchThrowableOfType(StatusCodeParseException.class, () -> CatalogCode.parse(digits))
                .getMessage()).hasSizeLessThan(150);
    }

    @Test
    void factoriesAndAccessors() {
        EnhancedStatusCode e = EnhancedStatusCode.parse("5.1.1");
        assertThat(CatalogCode.of(e)).isEqualTo(CatalogCode.parse("5.1.1"));
        assertThat(CatalogCode.of(e).enhancedCode()).contains(e);
        assertThat(CatalogCode.of(ReplyCode.of(550)).replyCode()).contains(ReplyCode.of(550));
        assertThat(CatalogCode.ofSubject(StatusClass.PERMANENT_FAILURE, 1)).hasToString("5.1.x");
        assertThat(CatalogCode.ofClass(StatusClass.SUCCESS)).hasToString("2.x.x");
        assertThat(CatalogCode.ofRange(StatusClass.PERMANENT_FAILURE, 7, 606, 649).isRange()).isTrue();
        assertThat(CatalogCode.ofRange(StatusClass.PERMANENT_FAILURE, 7, 606, 649).enhancedCode()).isEmpty();
        assertThat(CatalogCode.parse("5.1.x").subject()).contains(1);
        assertThat(CatalogCode.parse("5.x.x").subject()).isEmpty();
        assertThat(CatalogCode.parse("354").statusClass()).isEmpty();
        assertThat(CatalogCode.parse("550").statusClass()).contains(StatusClass.PERMANENT_FAILURE);
        assertThatThrownBy(() -> CatalogCode.ofRange(StatusClass.PERMANENT_FAILURE, 7, 649, 606))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CatalogCode.ofSubject(StatusClass.PERMANENT_FAILURE, 1000))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void contains() {
        EnhancedStatusCode c = EnhancedStatusCode.parse("5.7.620");
        assertThat(CatalogCode.parse("5.7.606-649").contains(c)).isTrue();
        assertThat(CatalogCode.parse("5.7.606-649").contains(EnhancedStatusCode.parse("5.7.650"))).isFalse();
        assertThat(CatalogCode.parse("5.7.x").contains(c)).isTrue();
        assertThat(CatalogCode.parse("5.x.x").contains(c)).isTrue();
        assertThat(CatalogCode.parse("4.x.x").contains(c)).isFalse();
        assertThat(CatalogCode.parse("5.1.x").contains(EnhancedStatusCode.parse("5.1.99"))).isTrue();
        assertThat(CatalogCode.parse("550").contains(c)).isFalse();
    }

    @Test
    void ordersClassThenSubjectThenDetailsThenReplies() {
        List<String> sorted = List.of("2.x.x", "2.0.0", "4.x.x", "4.2.x", "4.2.2", "5.x.x", "5.0.0", "5.1.x", "5.1.0",
                "5.1.1", "5.1.2", "5.1.10", "5.2.x", "5.7.x", "5.7.1", "5.7.606-649", "5.7.700", "250", "421", "550");
        List<CatalogCode> codes = new ArrayList<>();
        sorted.forEach(s -> codes.add(CatalogCode.parse(s)));
        List<CatalogCode> shuffled = new ArrayList<>(codes);
        Collections.shuffle(shuffled, new java.util.Random(3));
        Collections.sort(shuffled);
        assertThat(shuffled).containsExactlyElementsOf(codes);
    }

    @Test
    void equalityIsConsistentWithOrdering() {
        assertThat(CatalogCode.parse("5.7.606-649")).isEqualTo(CatalogCode.ofRange(StatusClass.PERMANENT_FAILURE, 7, 606, 649))
                .hasSameHashCodeAs(CatalogCode.ofRange(StatusClass.PERMANENT_FAILURE, 7, 606, 649))
                .isNotEqualTo(CatalogCode.parse("5.7.606"));
        assertThat(CatalogCode.parse("5.7.606-649").compareTo(CatalogCode.parse("5.7.606"))).isNotZero();
        assertThat(CatalogCode.parse("5.1.x")).isNotEqualTo(CatalogCode.parse("5.1.0"));
    }
}
