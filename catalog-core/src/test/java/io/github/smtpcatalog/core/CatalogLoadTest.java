// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CatalogLoadTest {

    private static final String CLASS_5 = "5.x.x\tSTANDARD\tclass.5\tIANA,RFC\t-\tother\tundefined\tno\t-\t-\tRFC 3463";
    private static final String CODE_511 =
            "5.1.1\tSTANDARD\tiana.X.1.1\tIANA,RFC\t550\tuser-unknown\tuserunknown\tno\t-\t-\tRFC 3463";

    private static StatusCatalog load(String data) {
        return StatusCatalog.load(new StringReader(data), "fixture.tsv");
    }

    @Test
    void a_fixture_supplies_its_own_small_catalogue() {
        StatusCatalog c = load("# a fixture\n" + CLASS_5 + "\n" + CODE_511 + "\n"
                + "5.1.1\tSEED\tseed.5.1.1\tSEED\t550\tuser-unknown\t-\tno\tsame\t-\tseed page\n");
        assertThat(c.entries()).hasSize(2);
        assertThat(c.get(EnhancedStatusCode.parse("5.1.1")).readings()).hasSize(2);
        Resolution r = c.resolve(EnhancedStatusCode.parse("5.2.2"), ReadingPolicy.REFERENCE);
        assertThat(r.level()).isEqualTo(Level.CLASS);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "bad code           | 5.1\tSTANDARD\tt\tIANA\t-\tother\t-\tno\t-\t-\tp                 | 2 | invalid code \"5.1\"",
        "too few columns    | 5.1.2\tSTANDARD\tt                                          | 2 | expected 11",
        "unknown reading    | 5.1.2\tVENDOR\tt\tIANA\t-\tother\t-\tno\t-\t-\tp               | 2 | unknown reading",
        "unknown source     | 5.1.2\tSTANDARD\tt\tW3C\t-\tother\t-\tno\t-\t-\tp              | 2 | unknown source",
        "bad reply code     | 5.1.2\tSTANDARD\tt\tIANA\t650\tother\t-\tno\t-\t-\tp           | 2 | invalid basic reply code",
        "unknown category   | 5.1.2\tSTANDARD\tt\tIANA\t-\toops\t-\tno\t-\t-\tp             | 2 | unknown category",
        "bad retry          | 5.1.2\tSTANDARD\tt\tIANA\t-\tother\t-\tmaybe\t-\t-\tp          | 2 | retry must be",
        "seed no agreement  | 5.1.2\tSEED\tt\tSEED\t-\tother\t-\tno\t-\t-\tp                  | 2 | needs an agreement",
        "std with agreement | 5.1.2\tSTANDARD\tt\tIANA\t-\tother\t-\tno\tsame\t-\tp          | 2 | agreement -",
        "bad param          | 5.1.2\tSEED\tt\tSEED\t-\tother\t-\tno\tsame\tx=1.5\tp          | 2 | whole number",
        "no provenance      | 5.1.2\tSTANDARD\tt\tIANA\t-\tother\t-\tno\t-\t-\t-             | 2 | provenance",
        "standard range     | 5.1.2-9\tSTANDARD\tt\tIANA\t-\tother\t-\tno\t-\t-\tp           | 2 | detail range",
    })
    void a_malformed_line_fails_loudly_with_line_and_reason(String name, String line, int lineNo, String reason) {
        String data = CLASS_5 + "\n" + line.strip().replace("\\t", "\t") + "\n";
        assertThatThrownBy(() -> load(data)).isInstanceOf(CatalogLoadException.class)
                .hasMessageStartingWith("fixture.tsv:" + lineNo + ":")
                .hasMessageContaining(reason)
                .satisfies(e -> assertThat(((CatalogLoadException) e).line()).isEqualTo(lineNo));
    }

    @Test
    void a_second_reading_of_one_origin_is_an_error() {
        assertThatThrownBy(() -> load(CLASS_5 + "\n" + CODE_511 + "\n" + CODE_511 + "\n"))
                .isInstanceOf(CatalogLoadException.class).hasMessageContaining("fixture.tsv:3: a second STANDARD");
    }

    @Test
    void a_detail_without_its_class_entry_is_an_error() {
        assertThatThrownBy(() -> load(CODE_511 + "\n")).isInstanceOf(CatalogLoadException.class)
                .hasMessageContaining("no class entry 5.x.x");
    }

    @Test
    void an_empty_file_is_an_error() {
        assertThatThrownBy(() -> load("# nothing\n")).isInstanceOf(CatalogLoadException.class)
                .hasMessageContaining("no entries");
    }

    @Test
    void latin1_bytes_are_an_error_not_a_guess(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("latin1.tsv");
        Files.write(f, (CLASS_5 + "\n" + CODE_511.replace("RFC 3463", "RFC 3463 \u00eb") + "\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> StatusCatalog.load(f)).isInstanceOf(CatalogLoadException.class)
                .hasMessageContaining("UTF-8");
    }

    @Test
    void a_missing_file_is_an_error_naming_it(@TempDir Path dir) {
        Path f = dir.resolve("nope.tsv");
        assertThatThrownBy(() -> StatusCatalog.load(f)).isInstanceOf(CatalogLoadException.class)
                .hasMessageContaining("nope.tsv");
    }
}
