// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class StatusCatalogTest {

    private static final StatusCatalog CATALOG = StatusCatalog.standard();

    /** The 47 codes of the seed, in its order (../shared/seed/000_6d4675c946d82cb7.txt). */
    static final List<String> SEED_CODES = List.of("5.0.0", "5.0.1", "5.0.2", "5.0.3", "5.0.4", "5.1.x", "5.1.0",
            "5.1.1", "5.1.2", "5.1.3", "5.1.4", "5.1.5", "5.1.6", "5.1.7", "5.2.x", "5.2.1", "5.2.2", "5.2.3", "5.2.4",
            "5.3.0", "5.3.1", "5.3.2", "5.3.3", "5.3.4", "5.3.5", "5.4.0", "5.4.1", "5.4.2", "5.4.3", "5.4.4", "5.4.6",
            "5.4.7", "5.4.8", "5.5.0", "5.5.1", "5.5.2", "5.5.3", "5.5.4", "5.5.5", "5.6.3", "5.7.1", "5.7.2", "5.7.3",
            "5.7.4", "5.7.5", "5.7.6", "5.7.7");

    static List<String> seedCodes() {
        return SEED_CODES;
    }

    /** The 81 codes of the IANA registry, read from the test copy of the registry. */
    static List<String> ianaCodes() throws IOException {
        List<String> codes = new ArrayList<>();
        try (InputStream in = StatusCatalogTest.class.getResourceAsStream("iana-enhanced-status-codes.tsv");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            r.readLine();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                codes.add(line.substring(0, line.indexOf('\t')));
            }
        }
        return codes;
    }

    @Test
    void seed_has_47_codes_and_iana_81() throws IOException {
        assertThat(SEED_CODES).hasSize(47).doesNotHaveDuplicates();
        assertThat(ianaCodes()).hasSize(81).doesNotHaveDuplicates();
    }

    @ParameterizedTest
    @MethodSource("seedCodes")
    void every_seed_code_has_a_seed_reading_at_its_own_level(String code) {
        CatalogCode c = CatalogCode.parse(code);
        CatalogEntry e = CATALOG.find(c).orElseThrow(() -> new AssertionError("missing " + code));
        assertThat(e.reading(Origin.SEED)).as(code).isPresent();
        assertThat(e.sources()).contains(Source.SEED);
        if (c.level() == Level.DETAIL) {
            Resolution r = CATALOG.resolve(c.enhancedCode().orElseThrow(), ReadingPolicy.REFERENCE);
            assertThat(r.level()).isEqualTo(Level.DETAIL);
            assertThat(r.reading().origin()).isEqualTo(Origin.SEED);
        } else {
            assertThat(c.level()).isEqualTo(Level.SUBJECT);
        }
    }

    @ParameterizedTest
    @MethodSource("ianaCodes")
    void every_iana_code_resolves_at_detail_level_with_the_standard_reading(String ianaCode) {
        List<CatalogEntry> found = new ArrayList<>();
        for (StatusClass c : StatusClass.values()) {
            EnhancedStatusCode code = EnhancedStatusCode.parse(c.code() + ianaCode.substring(1));
            CATALOG.find(code).filter(e -> e.reading(Origin.STANDARD).isPresent()).ifPresent(found::add);
        }
        assertThat(found).as(ianaCode + " in at least one class").isNotEmpty();
        for (CatalogEntry e : found) {
            Resolution r = CATALOG.resolve(e.code().enhancedCode().orElseThrow(), ReadingPolicy.STANDARD);
            assertThat(r.level()).isEqualTo(Level.DETAIL);
            assertThat(r.reading().origin()).isEqualTo(Origin.STANDARD);
            assertThat(r.reading().textId()).isEqualTo("iana." + ianaCode);
            assertThat(r.reading().sources()).contains(Source.IANA);
            assertThat(r.reading().provenance()).contains("IANA");
        }
    }

    @Test
    void has_three_classes_and_eight_subjects_in_each() {
        assertThat(CATALOG.entries(Level.CLASS)).extracting(e -> e.code().toString())
                .containsExactly("2.x.x", "4.x.x", "5.x.x");
        for (StatusClass c : StatusClass.values()) {
            for (int s = 0; s < 8; s++) {
                assertThat(CATALOG.find(CatalogCode.ofSubject(c, s))).as(c + " subject " + s).isPresent();
            }
        }
    }

    @Test
    void has_every_basic_reply_code_of_the_reference() throws IOException {
        Set<String> expected = new TreeSet<>();
        try (InputStream in = getClass().getResourceAsStream("basic-reply-codes.tsv");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            r.readLine();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                expected.add(line.substring(0, 3));
            }
        }
        assertThat(expected).hasSize(34);
        assertThat(CATALOG.entries(Level.REPLY)).extracting(e -> e.code().toString())
                .containsExactlyElementsOf(expected);
        for (CatalogEntry e : CATALOG.entries(Level.REPLY)) {
            assertThat(e.sources()).containsExactly(Source.RFC);
        }
    }

    @Test
    void provider_codes_are_in_their_own_readings() {
        CatalogEntry e = CATALOG.get(EnhancedStatusCode.parse("5.7.27"));
        assertThat(e.readings()).extracting(Reading::origin).containsExactly(Origin.STANDARD, Origin.GOOGLE);
        assertThat(e.reading(Origin.GOOGLE).orElseThrow().agreement()).isEqualTo(Agreement.DIFFERENT);
        CatalogEntry ms = CATALOG.get(EnhancedStatusCode.parse("5.2.2"));
        assertThat(ms.readings()).extracting(Reading::origin)
                .containsExactly(Origin.STANDARD, Origin.SEED, Origin.MICROSOFT, Origin.GOOGLE);
        assertThat(CATALOG.entries().stream().filter(x -> x.sources().contains(Source.MICROSOFT)).count())
                .isEqualTo(77);
    }

    @Test
    void subject_fallback_for_an_unknown_detail() {
        Resolution r = CATALOG.resolve(EnhancedStatusCode.parse("5.1.99"), ReadingPolicy.REFERENCE);
        assertThat(r.level()).isEqualTo(Level.SUBJECT);
        assertThat(r.matchedCode()).hasToString("5.1.x");
        assertThat(r.reading().origin()).isEqualTo(Origin.SEED);
        Resolution std = CATALOG.resolve(EnhancedStatusCode.parse("5.1.99"), ReadingPolicy.STANDARD);
        assertThat(std.reading().textId()).isEqualTo("subject.1");
    }

    @Test
    void class_fallback_for_an_unknown_subject_says_temporary() {
        Resolution r = CATALOG.resolve(EnhancedStatusCode.parse("4.9.9"), ReadingPolicy.REFERENCE);
        assertThat(r.level()).isEqualTo(Level.CLASS);
        assertThat(r.matchedCode()).hasToString("4.x.x");
        assertThat(r.retryable()).isTrue();
        assertThat(r.statusClass()).contains(StatusClass.PERSISTENT_TRANSIENT_FAILURE);
    }

    @Test
    void seed_and_standard_readings_of_552_are_both_there() {
        CatalogEntry e = CATALOG.get(EnhancedStatusCode.parse("5.5.2"));
        Reading seed = e.reading(Origin.SEED).orElseThrow();
        Reading std = e.reading(Origin.STANDARD).orElseThrow();
        assertThat(seed.replyCodes()).extracting(ReplyCode::value).containsExactly(552);
        assertThat(seed.category()).isEqualTo(BounceCategory.MESSAGE_TOO_LARGE);
        assertThat(seed.agreement()).isEqualTo(Agreement.DIFFERENT);
        assertThat(std.category()).isEqualTo(BounceCategory.PROTOCOL);
        assertThat(std.agreement()).isEqualTo(Agreement.STANDARD);
    }

    @ParameterizedTest(name = "{0} under {1} with reply {2} -> {3} ({4})")
    @CsvSource({
        "5.5.2, REFERENCE, ,    SEED,     POLICY",
        "5.5.2, STANDARD,  ,    STANDARD, POLICY",
        "5.5.2, REFERENCE, 555, STANDARD, REPLY_CODE",
        "5.5.2, REFERENCE, 552, SEED,     POLICY",
        "5.5.2, STANDARD,  552, SEED,     REPLY_CODE",
        "5.1.1, REFERENCE, 550, SEED,     POLICY",
        "4.2.2, REFERENCE, 452, STANDARD, ONLY_READING",
        "5.0.1, STANDARD,  ,    SEED,     ONLY_READING",
    })
    void reply_context_beats_policy(String code, ReadingPolicy policy, Integer reply, Origin origin,
            ReadingChoice choice) {
        ReplyContext ctx = reply == null ? ReplyContext.none() : ReplyContext.of(ReplyCode.of(reply));
        Resolution r = CATALOG.resolve(EnhancedStatusCode.parse(code), policy, ctx);
        assertThat(r.reading().origin()).isEqualTo(origin);
        assertThat(r.choice()).isEqualTo(choice);
    }

    @ParameterizedTest(name = "{0} from {1} -> {2}")
    @CsvSource({
        "5.7.27,  GOOGLE,    GOOGLE",
        "5.7.27,  MICROSOFT, STANDARD",
        "5.2.2,   MICROSOFT, MICROSOFT",
        "5.2.2,   GOOGLE,    GOOGLE",
        "5.7.12,  MICROSOFT, MICROSOFT",
        "5.7.12,  YAHOO,     STANDARD",
    })
    void provider_in_the_reply_selects_its_reading(String code, Provider provider, Origin origin) {
        Resolution r = CATALOG.resolve(EnhancedStatusCode.parse(code), ReadingPolicy.STANDARD,
                ReplyContext.of(null, provider));
        assertThat(r.reading().origin()).isEqualTo(origin);
    }

    @Test
    void provider_range_answers_only_with_that_provider() {
        EnhancedStatusCode code = EnhancedStatusCode.parse("5.7.612");
        Resolution ms = CATALOG.resolve(code, ReadingPolicy.REFERENCE, ReplyContext.of(null, Provider.MICROSOFT));
        assertThat(ms.matchedCode()).hasToString("5.7.606-649");
        assertThat(ms.level()).isEqualTo(Level.DETAIL);
        Resolution none = CATALOG.resolve(code, ReadingPolicy.REFERENCE);
        assertThat(none.matchedCode()).hasToString("5.7.x");
    }

    @Test
    void provider_only_codes_answer_without_context_but_not_for_another_provider() {
        EnhancedStatusCode code = EnhancedStatusCode.parse("5.7.509");
        assertThat(CATALOG.resolve(code, ReadingPolicy.REFERENCE).reading().origin()).isEqualTo(Origin.MICROSOFT);
        assertThat(CATALOG.resolve(code, ReadingPolicy.REFERENCE, ReplyContext.of(null, Provider.GOOGLE)).level())
                .isEqualTo(Level.SUBJECT);
    }

    @Test
    void permanent_readings_are_never_retryable_and_transient_ones_are() {
        for (CatalogEntry e : CATALOG.entries()) {
            for (Reading r : e.readings()) {
                StatusClass c = e.code().statusClass().orElse(null);
                if (c == StatusClass.PERMANENT_FAILURE || c == StatusClass.SUCCESS) {
                    assertThat(r.retryable()).as(e.code() + " " + r).isFalse();
                } else if (c == StatusClass.PERSISTENT_TRANSIENT_FAILURE) {
                    assertThat(r.retryable()).as(e.code() + " " + r).isTrue();
                }
            }
        }
    }

    @Test
    void reply_codes_of_a_reading_agree_with_the_entry_class() {
        for (CatalogEntry e : CATALOG.entries()) {
            for (Reading r : e.readings()) {
                for (ReplyCode reply : r.replyCodes()) {
                    assertThat(reply.statusClass()).as(e.code() + " " + r + " " + reply)
                            .isEqualTo(e.code().statusClass());
                }
            }
        }
    }

    @Test
    void basic_reply_resolves_at_reply_level_and_unknown_reply_falls_back_to_class() {
        Resolution r = CATALOG.resolve(ReplyCode.of(550), ReadingPolicy.REFERENCE).orElseThrow();
        assertThat(r.level()).isEqualTo(Level.REPLY);
        assertThat(r.reading().textId()).isEqualTo("reply.550");
        Resolution unknown = CATALOG.resolve(ReplyCode.of(559), ReadingPolicy.REFERENCE).orElseThrow();
        assertThat(unknown.level()).isEqualTo(Level.CLASS);
        assertThat(CATALOG.resolve(ReplyCode.of(359), ReadingPolicy.REFERENCE)).isEmpty();
        assertThat(CATALOG.resolve(ReplyCode.of(354), ReadingPolicy.REFERENCE)).isPresent();
    }

    @Test
    void lists_by_class_and_subject_in_order() {
        List<CatalogEntry> addressing = CATALOG.entries(StatusClass.PERMANENT_FAILURE, 1);
        assertThat(addressing.get(0).code()).hasToString("5.1.x");
        assertThat(addressing).extracting(e -> e.code().toString()).contains("5.1.0", "5.1.1", "5.1.10", "5.1.90");
        List<String> codes = addressing.stream().map(e -> e.code().toString()).collect(Collectors.toList());
        assertThat(codes.indexOf("5.1.2")).isLessThan(codes.indexOf("5.1.10"));
        assertThat(CATALOG.entries(StatusClass.SUCCESS)).allMatch(e -> e.code().statusClass()
                .orElseThrow() == StatusClass.SUCCESS);
    }

    @Test
    void get_throws_for_a_missing_detail_and_find_is_empty() {
        EnhancedStatusCode code = EnhancedStatusCode.parse("5.1.99");
        assertThat(CATALOG.find(code)).isEmpty();
        assertThatThrownBy(() -> CATALOG.get(code)).isInstanceOf(UnknownStatusCodeException.class)
                .hasMessageContaining("5.1.99");
    }

    @Test
    void returned_collections_cannot_be_modified() {
        CatalogEntry e = CATALOG.get(EnhancedStatusCode.parse("5.5.2"));
        assertThatThrownBy(() -> CATALOG.entries().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> e.readings().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> e.sources().clear()).isInstanceOf(UnsupportedOperationException.class);
        Reading r = e.readings().get(0);
        assertThatThrownBy(() -> r.replyCodes().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> r.params().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> CATALOG.entries(Level.REPLY).clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void standard_is_loaded_once() {
        assertThat(StatusCatalog.standard()).isSameAs(StatusCatalog.standard());
    }
}
