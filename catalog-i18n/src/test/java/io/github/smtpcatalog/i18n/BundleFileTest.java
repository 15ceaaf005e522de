// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.smtpcatalog.i18n.BundleProblem.Kind;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BundleFileTest {

    private static BundleFile parse(String text) {
        return BundleFile.parse("test_nl.properties", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void reads_keys_values_and_lines() {
        BundleFile f = parse("# comment\n! other comment\n\na.title = Één titel\nb.title:tweede\nc.title    derde\n");
        assertThat(f.problems()).isEmpty();
        assertThat(f.values()).containsExactly(org.assertj.core.api.Assertions.entry("a.title", "Één titel"),
                org.assertj.core.api.Assertions.entry("b.title", "tweede"),
                org.assertj.core.api.Assertions.entry("c.title", "derde"));
        assertThat(f.lineOf("b.title")).isEqualTo(5);
        assertThat(f.baseName()).isEqualTo("test");
        assertThat(f.localeSuffix()).isEqualTo("nl");
    }

    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> escapeCases() {
        return java.util.stream.Stream.of(
                org.junit.jupiter.params.provider.Arguments.of("escapes", "k = a\\tb\\\\c\\u00EB", "a\tb\\c\u00eb"),
                org.junit.jupiter.params.provider.Arguments.of("continuation", "k = een \\\n    twee", "een twee"),
                org.junit.jupiter.params.provider.Arguments.of("escaped separator", "k\\=x = y", "y"),
                org.junit.jupiter.params.provider.Arguments.of("crlf", "k = waarde\r\n", "waarde"),
                org.junit.jupiter.params.provider.Arguments.of("colon", "k: waarde", "waarde"),
                org.junit.jupiter.params.provider.Arguments.of("bom", "\uFEFFk = waarde", "waarde"));
    }

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.MethodSource("escapeCases")
    void resolves_escapes_and_continuations(String name, String text, String value) {
        BundleFile f = parse(text);
        assertThat(f.problems()).isEmpty();
        assertThat(f.values().values()).containsExactly(value);
    }

    @Test
    void a_lone_carriage_return_ends_a_line_as_in_java_util_properties() {
        BundleFile f = parse("a = x\rb = y\r\nc = z\nd = w\r");
        assertThat(f.problems()).isEmpty();
        assertThat(f.values()).containsExactly(org.assertj.core.api.Assertions.entry("a", "x"),
                org.assertj.core.api.Assertions.entry("b", "y"), org.assertj.core.api.Assertions.entry("c", "z"),
                org.assertj.core.api.Assertions.entry("d", "w"));
        assertThat(f.lineOf("d")).isEqualTo(4);
        assertThat(parse("a = x\r\rb = y").lineOf("b")).isEqualTo(3);
    }

    @Test
    void duplicate_key_is_an_error_with_both_lines() {
        BundleFile f = parse("a = eerste\nb = x\na = tweede\n");
        assertThat(f.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Kind.DUPLICATE_KEY);
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.key()).contains("a");
            assertThat(p.message()).contains("line 1");
        });
        assertThat(f.value("a")).contains("eerste");
        assertThat(f.hasErrors()).isTrue();
    }

    @Test
    void latin1_byte_is_an_error_on_its_line() {
        byte[] latin1 = "a = goed\nb = privé\n".getBytes(StandardCharsets.ISO_8859_1);
        BundleFile f = BundleFile.parse("x_nl.properties", latin1);
        assertThat(f.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Kind.MALFORMED_UTF8);
            assertThat(p.line()).isEqualTo(2);
        });
    }

    @Test
    void unknown_escape_is_a_warning_and_bad_unicode_escape_an_error() {
        BundleFile f = parse("a = \\q\nb = \\u12\n");
        assertThat(f.problems()).extracting(BundleProblem::kind)
                .containsExactly(Kind.UNKNOWN_ESCAPE, Kind.BAD_UNICODE_ESCAPE);
        assertThat(Kind.UNKNOWN_ESCAPE.isError()).isFalse();
    }

    @Test
    void unreadable_file_is_a_problem_not_an_exception(@TempDir Path dir) {
        BundleFile f = BundleFile.read(dir.resolve("missing_nl.properties"));
        assertThat(f.entries()).isEmpty();
        assertThat(f.problems()).extracting(BundleProblem::kind).containsExactly(Kind.UNREADABLE);
    }

    @Test
    void loading_a_folder_with_a_broken_file_fails_naming_file_and_line(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("seed.properties"), "a = x\n");
        Files.writeString(dir.resolve("seed_nl.properties"), "a = x\na = y\n");
        assertThatThrownBy(() -> CatalogTexts.load(dir)).isInstanceOf(BundleLoadException.class)
                .hasMessageContaining("seed_nl.properties:2").hasMessageContaining("DUPLICATE_KEY");
    }

    @Test
    void a_consumer_folder_with_an_extra_locale_is_used_along_the_chain(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("x.properties"), "k = root\nonly.root = r\n");
        Files.writeString(dir.resolve("x_nl.properties"), "k = nl\n");
        Files.writeString(dir.resolve("x_nl_BE.properties"), "k = be\n");
        CatalogTexts t = CatalogTexts.load(dir);
        assertThat(t.pattern("k", java.util.Locale.forLanguageTag("nl-BE"))).contains("be");
        assertThat(t.pattern("only.root", java.util.Locale.forLanguageTag("nl-BE"))).contains("r");
        assertThat(t.resolve(java.util.Locale.forLanguageTag("nl-BE"))).isEqualTo(
                java.util.Locale.forLanguageTag("nl-BE"));
        assertThat(t.files()).hasSize(3);
        assertThat(List.copyOf(t.locales())).hasSize(3);
    }

    @Test
    void the_plain_reader_gives_what_the_strict_reader_gives() {
        for (String text : List.of(
                "# c\n! c\n\na.title = Één titel\nb.title:tweede\nc.title    derde\n",
                "a = x\nb = y",
                " \t\fa = x\n   # comment\n\t\n",
                "a=x\nb :  y\nc\t= z \nd\f:w\ne\nf =\ng = = h\nh:=i\n",
                "a = x = y: z #!\n",
                "",
                "# a = b\n!c = d",
                "a = x\u2019s \u201cquoted\u201d \ud83d\udce7\n")) {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            BundleFile strict = BundleFile.parse("x.properties", bytes);
            assertThat(strict.problems()).as(text).isEmpty();
            assertThat(BundleFile.parsePlain(bytes)).as(text).isEqualTo(strict.values());
        }
    }

    @Test
    void the_plain_reader_leaves_everything_else_to_the_strict_reader() {
        for (String text : List.of(
                "a = x\\ty\n",
                "a = x \\\n  y\n",
                "a = x\r\nb = y\n",
                "\uFEFFa = x\n",
                "a = \uFFFD\n",
                "= x\n",
                "a = x\na = y\n")) {
            assertThat(BundleFile.parsePlain(text.getBytes(StandardCharsets.UTF_8))).as(text).isNull();
        }
        byte[] latin1 = "a = caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(BundleFile.parse("x.properties", latin1).hasErrors()).isTrue();
        assertThat(BundleFile.parsePlain(latin1)).isNull();
    }
}
