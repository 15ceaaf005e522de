// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The behaviour of the small value types and of the catalogue that the PIT run of catalog-core found untested:
 * enum predicates, getters, equals/hashCode/toString, the boundaries of the factories and parsers.
 */
class ValueTypesMutationTest {

    private static final StatusCatalog CATALOG = StatusCatalog.standard();

    private static final String CLASS_5 = "5.x.x\tSTANDARD\tclass.5\tIANA,RFC\t-\tother\tundefined\tno\t-\t-\tRFC 3463";

    private static Reading reading(Origin origin, String textId) {
        return Reading.builder(origin, textId).provenance("test").build();
    }

    private static CatalogEntry entry(String code, Origin... origins) {
        List<Reading> readings = new ArrayList<>();
        for (Origin o : origins) {
            readings.add(reading(o, o + "." + code));
        }
        return new CatalogEntry(CatalogCode.parse(code), readings);
    }

    // --- enums -------------------------------------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource({"STANDARD, false", "SAME, false", "PARTIAL, true", "DIFFERENT, true", "UNREGISTERED, true"})
    void agreement_departs_from_standard(Agreement agreement, boolean departs) {
        assertThat(agreement.departsFromStandard()).isEqualTo(departs);
        Reading r = Reading.builder(agreement == Agreement.STANDARD ? Origin.STANDARD : Origin.SEED, "t")
                .agreement(agreement).provenance("p").build();
        assertThat(r.departsFromStandard()).isEqualTo(departs);
        assertThat(r.agreement()).isEqualTo(agreement);
    }

    @ParameterizedTest
    @CsvSource({"USER_UNKNOWN, user-unknown", "MESSAGE_TOO_LARGE, message-too-large", "OTHER, other",
        "RATE_LIMITED, rate-limited"})
    void bounce_category_id(BounceCategory category, String id) {
        assertThat(category.id()).isEqualTo(id);
    }

    @ParameterizedTest
    @CsvSource({"STANDARD,", "SEED,", "MICROSOFT, MICROSOFT", "GOOGLE, GOOGLE"})
    void origin_provider(Origin origin, Provider provider) {
        assertThat(origin.provider()).isEqualTo(Optional.ofNullable(provider));
    }

    @ParameterizedTest
    @CsvSource({"SUCCESS, false", "PERSISTENT_TRANSIENT_FAILURE, true", "PERMANENT_FAILURE, false"})
    void status_class_is_transient(StatusClass statusClass, boolean isTransient) {
        assertThat(statusClass.isTransient()).isEqualTo(isTransient);
    }

    @ParameterizedTest
    @CsvSource({"-1,", "0, OTHER", "1, ADDRESSING", "7, SECURITY_OR_POLICY", "8,", "999,"})
    void subject_of_number(int code, Subject subject) {
        assertThat(Subject.of(code)).isEqualTo(Optional.ofNullable(subject));
        if (subject != null) {
            assertThat(subject.code()).isEqualTo(code);
        }
    }

    @Test
    void dsn_action_field_of_up_to_64_characters() {
        String v64 = "failed" + " ".repeat(58);
        assertThat(v64).hasSize(64);
        assertThat(DsnAction.fromField(v64)).contains(DsnAction.FAILED);
        assertThat(DsnAction.fromField(v64 + " ")).isEmpty();
        assertThat(DsnAction.fromField("(comment) ")).isEmpty();
        assertThat(DsnAction.fromField("Delayed(retrying)")).contains(DsnAction.DELAYED);
    }

    // --- codes -------------------------------------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource({"5.7.605, false", "5.7.606, true", "5.7.620, true", "5.7.649, true", "5.7.650, false",
        "5.6.620, false", "4.7.620, false"})
    void range_contains_its_ends(String code, boolean contained) {
        CatalogCode range = CatalogCode.parse("5.7.606-649");
        assertThat(range.contains(EnhancedStatusCode.parse(code))).isEqualTo(contained);
    }

    @Test
    void reply_code_contains_no_enhanced_code_and_class_and_subject_contain_theirs() {
        assertThat(CatalogCode.parse("550").contains(EnhancedStatusCode.parse("5.5.0"))).isFalse();
        assertThat(CatalogCode.parse("5.x.x").contains(EnhancedStatusCode.parse("5.3.9"))).isTrue();
        assertThat(CatalogCode.parse("5.1.x").contains(EnhancedStatusCode.parse("5.1.9"))).isTrue();
        assertThat(CatalogCode.parse("5.1.x").contains(EnhancedStatusCode.parse("5.2.1"))).isFalse();
        assertThat(CatalogCode.parse("5.1.1").contains(EnhancedStatusCode.parse("5.1.1"))).isTrue();
        assertThat(CatalogCode.parse("5.1.1").contains(EnhancedStatusCode.parse("5.1.2"))).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1000 | 1   | 2    | Invalid number 1000",
        "-1   | 1   | 2    | Invalid number -1",
        "7    | -1  | 2    | Invalid number -1",
        "7    | 1   | 1000 | Invalid number 1000",
        "7    | 5   | 5    | Invalid detail range 5-5",
        "7    | 6   | 5    | Invalid detail range 6-5"})
    void range_factory_rejects(int subject, int from, int to, String message) {
        assertThatThrownBy(() -> CatalogCode.ofRange(StatusClass.PERMANENT_FAILURE, subject, from, to))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(message);
    }

    @Test
    void range_factory_accepts_the_extremes() {
        assertThat(CatalogCode.ofRange(StatusClass.PERMANENT_FAILURE, 999, 998, 999)).hasToString("5.999.998-999");
        assertThat(CatalogCode.ofRange(StatusClass.PERMANENT_FAILURE, 0, 0, 1)).hasToString("5.0.0-1");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "' 5.7.606-649    ' | 5.7.606-649",
        "' 5.7.606-649     '|",
        "'5.999.999-9999'   |",
        "'  550  '          | 550",
        "'55'               |",
        "'5.x.x'            | 5.x.x",
        "'25.x.x'           |",
        "'5.1.x'            | 5.1.x",
        "'5.1-x'            |",
        "'-5.1.1'           |",
        "'5.1.1-'           |",
        "'5-5.1.1'          |"})
    void catalog_code_notation(String text, String expected) {
        assertThat(CatalogCode.tryParse(text).map(CatalogCode::toString)).isEqualTo(Optional.ofNullable(expected));
    }

    @Test
    void catalog_code_equality() {
        CatalogCode c = CatalogCode.parse("5.7.606-649");
        assertThat(c).isEqualTo(CatalogCode.ofRange(StatusClass.PERMANENT_FAILURE, 7, 606, 649))
                .isNotEqualTo(CatalogCode.parse("5.7.606-648")).isNotEqualTo(CatalogCode.parse("5.7.606"))
                .isNotEqualTo("5.7.606-649").isNotEqualTo(null);
        assertThat(c.hashCode()).isEqualTo(CatalogCode.parse("5.7.606-649").hashCode());
    }

    /** Hash codes spread: the codes of the shipped catalogue, as keys of hash maps, do not all collide. */
    @Test
    void hash_codes_of_distinct_codes_differ() {
        Set<Integer> catalog = new HashSet<>();
        Set<Integer> enhanced = new HashSet<>();
        Set<Integer> reply = new HashSet<>();
        for (CatalogEntry e : CATALOG.entries()) {
            catalog.add(e.code().hashCode());
            e.code().enhancedCode().ifPresent(c -> enhanced.add(c.hashCode()));
            e.code().replyCode().ifPresent(c -> reply.add(c.hashCode()));
        }
        assertThat(catalog).hasSize(CATALOG.entries().size());
        assertThat(enhanced).hasSizeGreaterThan(100);
        assertThat(reply).hasSizeGreaterThan(20);
        assertThat(CatalogCode.parse("5.7.606-649").hashCode()).isNotEqualTo(CatalogCode.parse("5.7.606-648").hashCode());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "'  55'   | BAD_REPLY_CODE",
        "'55  '   | BAD_REPLY_CODE",
        "'  5500' | TOO_LONG",
        "'   '    | EMPTY",
        "'5a0'    | NOT_A_NUMBER",
        "'650'    | BAD_REPLY_CODE"})
    void reply_code_parse_reasons(String text, StatusCodeParseException.Reason reason) {
        assertThatThrownBy(() -> ReplyCode.parse(text)).isInstanceOf(StatusCodeParseException.class)
                .satisfies(e -> assertThat(((StatusCodeParseException) e).reason()).isEqualTo(reason));
    }

    @Test
    void enhanced_status_code_parse_canonical_forms() {
        assertThat(EnhancedStatusCode.tryParse("5.1.10").map(EnhancedStatusCode::detail)).contains(10);
        assertThat(EnhancedStatusCode.tryParse("5.1.999").map(EnhancedStatusCode::detail)).contains(999);
        assertThat(EnhancedStatusCode.tryParse("5.1.1000")).isEmpty();
        assertThat(EnhancedStatusCode.tryParse("5.1.0")).contains(EnhancedStatusCode.of(5, 1, 0));
    }

    // --- context, parsed reply, resolution ------------------------------------------------------------------

    @Test
    void reply_context_values() {
        ReplyContext c = ReplyContext.of(ReplyCode.of(550), null);
        assertThat(c).isEqualTo(ReplyContext.of(ReplyCode.of(550))).hasSameHashCodeAs(ReplyContext.of(ReplyCode.of(550)))
                .isNotEqualTo(ReplyContext.of(ReplyCode.of(551))).isNotEqualTo(ReplyContext.of(ReplyCode.of(550),
                        Provider.GOOGLE))
                .isNotEqualTo("550").hasToString("ReplyContext[replyCode=550, provider=null]");
        assertThat(c.replyCode()).contains(ReplyCode.of(550));
        assertThat(ReplyContext.of(null, null)).isSameAs(ReplyContext.none());
        ReplyContext g = ReplyContext.of(null, Provider.GOOGLE);
        assertThat(g.provider()).contains(Provider.GOOGLE);
        assertThat(g.replyCode()).isEmpty();
        assertThat(g).isEqualTo(ReplyContext.of(null, Provider.GOOGLE)).isNotEqualTo(ReplyContext.none())
                .hasToString("ReplyContext[replyCode=null, provider=GOOGLE]");
        assertThat(ReplyContext.of(ReplyCode.of(550), Provider.GOOGLE).hashCode())
                .isNotEqualTo(ReplyContext.of(ReplyCode.of(451), null).hashCode());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "jan@example.nl | example.nl",
        "a@b@c.nl       | c.nl",
        "@x             | x",
        "x@y            | y",
        "jan@           |",
        "nodomain       |"})
    void recipient_domain(String recipient, String domain) {
        ParsedReply p = ReplyParser.parse("550 5.1.1 User unknown").withRecipient(recipient);
        assertThat(p.recipient()).contains(recipient);
        assertThat(p.recipientDomain()).isEqualTo(Optional.ofNullable(domain));
    }

    @Test
    void parsed_reply_equality_and_text() {
        ParsedReply p = ReplyParser.parse("550 5.1.1 User unknown");
        assertThat(p.recipientDomain()).isEmpty();
        ParsedReply withJan = p.withRecipient("jan@example.nl");
        assertThat(withJan).isNotEqualTo(p).isEqualTo(p.withRecipient("jan@example.nl"))
                .hasSameHashCodeAs(p.withRecipient("jan@example.nl")).isNotEqualTo("550");
        assertThat(withJan.withRecipient(null)).isEqualTo(p).hasSameHashCodeAs(p);
        assertThat(withJan.hashCode()).isNotEqualTo(p.hashCode());
        assertThat(withJan.text()).isEqualTo(p.text());
        assertThat(withJan.toString()).isEqualTo("ParsedReply[reply=550, enhanced=5.1.1, recipient=jan@example.nl,"
                + " provider=null, action=null, status=null]");
    }

    @Test
    void resolution_of_an_entry_and_its_reading() {
        CatalogEntry one = entry("5.1.1", Origin.STANDARD);
        Resolution r = Resolution.of(one, one.readings().get(0));
        assertThat(r.choice()).isEqualTo(ReadingChoice.ONLY_READING);
        assertThat(r.entry()).isSameAs(one);
        assertThat(r.requestedCode()).isEmpty();
        assertThat(r.replyCode()).isEmpty();
        assertThat(r.statusClass()).contains(StatusClass.PERMANENT_FAILURE);
        assertThat(r.toString()).isEqualTo("Resolution[null -> 5.1.1 (DETAIL), STANDARD:STANDARD.5.1.1, ONLY_READING]");

        CatalogEntry two = entry("5.1.1", Origin.STANDARD, Origin.SEED);
        assertThat(Resolution.of(two, two.readings().get(1)).choice()).isEqualTo(ReadingChoice.POLICY);
        assertThatThrownBy(() -> Resolution.of(two, one.readings().get(0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not one of the entry 5.1.1");
    }

    @Test
    void resolution_of_codes() {
        Resolution r = CATALOG.resolve(EnhancedStatusCode.parse("5.1.1"), ReadingPolicy.REFERENCE,
                ReplyContext.of(ReplyCode.of(550)));
        assertThat(r.requestedCode()).contains(EnhancedStatusCode.parse("5.1.1"));
        assertThat(r.replyCode()).contains(ReplyCode.of(550));
        assertThat(r.retryable()).isFalse();
        assertThat(r.toString()).startsWith("Resolution[5.1.1 -> 5.1.1 (DETAIL), ");
        assertThat(CATALOG.resolve(EnhancedStatusCode.parse("4.2.2"), ReadingPolicy.REFERENCE).retryable()).isTrue();

        Resolution reply = CATALOG.resolve(ReplyCode.of(550), ReadingPolicy.REFERENCE).orElseThrow();
        assertThat(reply.statusClass()).contains(StatusClass.PERMANENT_FAILURE);
        assertThat(reply.requestedCode()).isEmpty();
        assertThat(reply.replyCode()).contains(ReplyCode.of(550));
        assertThat(reply.toString()).startsWith("Resolution[550 -> 550 (REPLY), ");
        assertThat(CATALOG.resolve(ReplyCode.of(354), ReadingPolicy.REFERENCE).orElseThrow().statusClass()).isEmpty();
    }

    @Test
    void provider_only_entry_with_its_provider_is_the_only_reading() {
        Resolution r = CATALOG.resolve(EnhancedStatusCode.parse("5.7.509"), ReadingPolicy.REFERENCE,
                ReplyContext.of(null, Provider.MICROSOFT));
        assertThat(r.choice()).isEqualTo(ReadingChoice.ONLY_READING);
        assertThat(r.reading().origin()).isEqualTo(Origin.MICROSOFT);
        assertThat(r.entry().isProviderOnly()).isTrue();
    }

    // --- readings and entries ----------------------------------------------------------------------------------

    @Test
    void reading_builder_sets_every_field() {
        Reading r = Reading.builder(Origin.SEED, "seed.5.1.1")
                .sources(Set.of(Source.IANA)).sources(Set.of(Source.SEED))
                .category(BounceCategory.USER_UNKNOWN).sisimaiReason("userunknown").retryable(true)
                .agreement(Agreement.PARTIAL).param("limit", 5).provenance("seed page").build();
        assertThat(r.textId()).isEqualTo("seed.5.1.1");
        assertThat(r.provenance()).isEqualTo("seed page");
        assertThat(r.sources()).containsExactly(Source.SEED);
        assertThat(r.category()).isEqualTo(BounceCategory.USER_UNKNOWN);
        assertThat(r.sisimaiReason()).contains("userunknown");
        assertThat(r.retryable()).isTrue();
        assertThat(r.agreement()).isEqualTo(Agreement.PARTIAL);
        assertThat(r.params()).isEqualTo(Map.of("limit", 5));
        assertThat(r).hasToString("SEED:seed.5.1.1");
        assertThat(reading(Origin.SEED, "x").sisimaiReason()).isEmpty();
        assertThatThrownBy(() -> reading(Origin.SEED, " ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("textId must not be blank");
    }

    @Test
    void entry_sorts_readings_by_origin_and_knows_provider_only_codes() {
        CatalogEntry e = entry("5.1.1", Origin.GOOGLE, Origin.SEED, Origin.STANDARD);
        assertThat(e.readings()).extracting(Reading::origin)
                .containsExactly(Origin.STANDARD, Origin.SEED, Origin.GOOGLE);
        assertThat(e.isProviderOnly()).isFalse();
        assertThat(entry("5.7.509", Origin.MICROSOFT).isProviderOnly()).isTrue();
        assertThat(entry("5.7.509", Origin.SEED, Origin.MICROSOFT).isProviderOnly()).isFalse();
        assertThat(e.toString()).isEqualTo("5.1.1 [STANDARD:STANDARD.5.1.1, SEED:SEED.5.1.1, GOOGLE:GOOGLE.5.1.1]");
        assertThat(e.reading(ReadingPolicy.REFERENCE, ReplyContext.of(null, Provider.GOOGLE)).origin())
                .isEqualTo(Origin.GOOGLE);
    }

    // --- the catalogue -----------------------------------------------------------------------------------------

    @Test
    void catalogue_of_entries_sorts_them_and_finds_every_level() {
        List<CatalogEntry> entries = List.of(entry("5.7.606-649", Origin.MICROSOFT), entry("550", Origin.STANDARD),
                entry("5.1.x", Origin.STANDARD), entry("5.1.1", Origin.STANDARD), entry("5.x.x", Origin.STANDARD));
        StatusCatalog c = StatusCatalog.of(entries);
        assertThat(c.entries()).extracting(e -> e.code().toString())
                .containsExactly("5.x.x", "5.1.x", "5.1.1", "5.7.606-649", "550");
        assertThat(c).hasToString("StatusCatalog[5 entries]");
        for (CatalogEntry e : entries) {
            assertThat(c.find(e.code())).containsSame(e);
        }
        assertThat(c.find(CatalogCode.parse("5.7.606-648"))).isEmpty();
        assertThat(c.find(CatalogCode.parse("5.2.x"))).isEmpty();
        assertThat(c.find(CatalogCode.parse("4.x.x"))).isEmpty();
        assertThat(c.find(CatalogCode.parse("551"))).isEmpty();
        assertThat(c.find(CatalogCode.parse("5.1.2"))).isEmpty();
        assertThat(c.find(EnhancedStatusCode.parse("5.1.1"))).containsSame(entries.get(3));
        assertThat(c.find(ReplyCode.of(550))).containsSame(entries.get(1));
    }

    @Test
    void catalogue_rejects_two_entries_for_one_code() {
        assertThatThrownBy(() -> StatusCatalog.of(List.of(entry("5.x.x", Origin.STANDARD),
                entry("5.1.1", Origin.STANDARD), entry("5.1.1", Origin.SEED))))
                .isInstanceOf(CatalogLoadException.class).hasMessage("entries: two entries for 5.1.1");
    }

    /** A catalogue large enough that its detail table has collisions: every code is found, none is invented. */
    @Test
    void large_catalogue_finds_every_detail_code() {
        List<CatalogEntry> entries = new ArrayList<>();
        for (int cls : new int[] {2, 4, 5}) {
            entries.add(entry(cls + ".x.x", Origin.STANDARD));
            for (int s = 0; s < 8; s++) {
                for (int d = 0; d < 120; d++) {
                    entries.add(entry(cls + "." + s + "." + d, Origin.STANDARD));
                }
            }
        }
        StatusCatalog c = StatusCatalog.of(entries);
        for (CatalogEntry e : entries) {
            assertThat(c.find(e.code())).containsSame(e);
        }
        for (int cls : new int[] {2, 4, 5}) {
            for (int s = 0; s < 9; s++) {
                assertThat(c.find(EnhancedStatusCode.of(cls, s, 120))).isEmpty();
                assertThat(c.find(EnhancedStatusCode.of(cls, s, 999))).isEmpty();
            }
        }
        StatusCatalog small = StatusCatalog.of(List.of(entry("5.x.x", Origin.STANDARD), entry("5.1.1",
                Origin.STANDARD)));
        assertThat(small.find(EnhancedStatusCode.parse("5.1.1"))).isPresent();
        assertThat(small.find(EnhancedStatusCode.parse("5.1.2"))).isEmpty();
    }

    /**
     * Codes whose keys fall into the same place of the catalogue's lookup table (16 places for up to 4 detail
     * entries; 5.0.8, 5.0.29 and 5.1.5 share the last one, 5.0.0 takes the first): each is still found, and a
     * missing code of that place is not.
     */
    @Test
    void colliding_codes_are_all_found() {
        List<CatalogEntry> entries = List.of(entry("5.x.x", Origin.STANDARD), entry("5.0.8", Origin.STANDARD),
                entry("5.0.29", Origin.STANDARD), entry("5.1.5", Origin.STANDARD), entry("5.0.0", Origin.STANDARD));
        StatusCatalog c = StatusCatalog.of(entries);
        for (CatalogEntry e : entries.subList(1, entries.size())) {
            assertThat(c.find(e.code().enhancedCode().orElseThrow())).containsSame(e);
            assertThat(c.get(e.code().enhancedCode().orElseThrow())).isSameAs(e);
        }
        assertThat(c.find(EnhancedStatusCode.parse("5.1.13"))).isEmpty();
        assertThat(c.find(EnhancedStatusCode.parse("5.0.21"))).isEmpty();
    }

    @Test
    void a_data_file_is_loaded_from_a_path(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("small.tsv");
        Files.writeString(f, CLASS_5 + "\n", StandardCharsets.UTF_8);
        StatusCatalog c = StatusCatalog.load(f);
        assertThat(c.entries()).extracting(e -> e.code().toString()).containsExactly("5.x.x");
    }

    // --- the data file -----------------------------------------------------------------------------------------

    private static StatusCatalog load(String data) {
        return StatusCatalog.load(new StringReader(data), "fixture.tsv");
    }

    @Test
    void data_file_fields_reach_the_reading() {
        StatusCatalog c = load(CLASS_5 + "\n"
                + "5.1.1\tSEED\tseed.5.1.1\tSEED,IANA\t550,551\tuser-unknown\tuserunknown\tno\tsame\tlimit=5;max=7\tp\n");
        assertThat(c).isNotNull().hasToString("StatusCatalog[2 entries]");
        Reading r = c.get(EnhancedStatusCode.parse("5.1.1")).readings().get(0);
        assertThat(r.sources()).containsExactlyInAnyOrder(Source.SEED, Source.IANA);
        assertThat(r.replyCodes()).containsExactly(ReplyCode.of(550), ReplyCode.of(551));
        assertThat(r.params()).containsExactly(Map.entry("limit", 5), Map.entry("max", 7));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "'=5'      | a parameter must be name=number, found \"=5\"",
        "'a1=5'    | a parameter name must be letters only, found \"a1\"",
        "'a=5;b=x' | a parameter value must be a whole number, found \"b=x\""})
    void data_file_parameters(String params, String reason) {
        String data = CLASS_5 + "\n5.1.2\tSEED\tt\tSEED\t-\tother\t-\tno\tsame\t" + params + "\tp\n";
        assertThatThrownBy(() -> load(data)).isInstanceOf(CatalogLoadException.class)
                .hasMessage("fixture.tsv:2: " + reason);
    }

    @Test
    void invalid_utf8_names_the_file_and_a_line(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("bad.tsv");
        byte[] start = "5.x.x\tSTANDARD\tclass.5\tIANA\t-\tother\t-\tno\t-\t-\tRFC ".getBytes(StandardCharsets.US_ASCII);
        byte[] data = new byte[start.length + 2];
        System.arraycopy(start, 0, data, 0, start.length);
        data[start.length] = (byte) 0xE9;
        data[start.length + 1] = '\n';
        Files.write(f, data);
        assertThatThrownBy(() -> StatusCatalog.load(f)).isInstanceOf(CatalogLoadException.class)
                .hasMessage(f + ":1: not valid UTF-8")
                .satisfies(e -> assertThat(((CatalogLoadException) e).file()).isEqualTo(f.toString()))
                .satisfies(e -> assertThat(((CatalogLoadException) e).line()).isEqualTo(1));
    }

    @Test
    void load_exception_message_has_the_line_only_when_there_is_one() {
        assertThat(new CatalogLoadException("f.tsv", 0, "empty", null)).hasMessage("f.tsv: empty");
        assertThat(new CatalogLoadException("f.tsv", 1, "bad", null)).hasMessage("f.tsv:1: bad");
        assertThat(new CatalogLoadException("f.tsv", 1, "bad", null).file()).isEqualTo("f.tsv");
    }
}
