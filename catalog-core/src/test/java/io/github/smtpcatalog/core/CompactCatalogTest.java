// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.smtpcatalog.core.internal.CatalogFileParser;
import io.github.smtpcatalog.core.internal.CompactCatalog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The compact form of the catalogue that the build writes gives exactly the catalogue of the text file. */
class CompactCatalogTest {

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = StatusCatalog.class.getResourceAsStream("/io/github/smtpcatalog/core/data/" + name)) {
            assertThat(in).as(name + " in the module").isNotNull();
            return in.readAllBytes();
        }
    }

    private static List<CatalogEntry> parse(byte[] text) {
        return CatalogFileParser.parse(new InputStreamReader(new ByteArrayInputStream(text), StandardCharsets.UTF_8),
                "catalog.tsv");
    }

    /** Every field of every reading of every entry, in order. */
    private static List<String> describe(List<CatalogEntry> entries) {
        List<String> out = new ArrayList<>();
        for (CatalogEntry e : entries) {
            out.add("entry " + e.code() + " " + e.level() + " " + e.code().isRange() + " " + e.sources());
            for (Reading r : e.readings()) {
                out.add("  " + r.origin() + " " + r.textId() + " " + r.sources() + " " + r.replyCodes() + " "
                        + r.category() + " " + r.sisimaiReason() + " " + r.retryable() + " " + r.agreement() + " "
                        + r.params() + " " + r.provenance());
            }
        }
        return out;
    }

    @Test
    void the_shipped_compact_form_is_that_of_the_shipped_text_and_gives_the_same_entries() throws IOException {
        byte[] text = resource("catalog.tsv");
        List<CatalogEntry> compact = CompactCatalog.read(resource("catalog.bin"), CompactCatalog.crc(text));
        assertThat(compact).as("catalog.bin was made from this catalog.tsv").isNotNull();
        List<CatalogEntry> parsed = parse(text);
        assertThat(describe(compact)).isEqualTo(describe(parsed));
        for (int i = 0; i < parsed.size(); i++) {
            assertThat(compact.get(i).code()).isEqualTo(parsed.get(i).code());
            assertThat(compact.get(i).code().compareTo(parsed.get(i).code())).isZero();
            assertThat(compact.get(i).code().enhancedCode()).isEqualTo(parsed.get(i).code().enhancedCode());
        }
    }

    @Test
    void the_standard_catalogue_equals_the_one_loaded_from_the_text() throws IOException {
        StatusCatalog fromText = StatusCatalog.load(new StringReader(new String(resource("catalog.tsv"),
                StandardCharsets.UTF_8)), "catalog.tsv");
        assertThat(describe(StatusCatalog.standard().entries())).isEqualTo(describe(fromText.entries()));
        for (CatalogEntry e : fromText.entries()) {
            if (e.code().enhancedCode().isPresent()) {
                EnhancedStatusCode c = e.code().enhancedCode().get();
                assertThat(StatusCatalog.standard().find(c).map(CatalogEntry::code)).contains(e.code());
            }
        }
    }

    @Test
    void a_round_trip_keeps_every_field() throws IOException {
        byte[] text = resource("catalog.tsv");
        List<CatalogEntry> parsed = parse(text);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CompactCatalog.write(parsed, 42L, out);
        assertThat(describe(CompactCatalog.read(out.toByteArray(), 42L))).isEqualTo(describe(parsed));
    }

    @Test
    void a_compact_form_of_another_text_or_a_damaged_one_is_not_used() throws IOException {
        byte[] text = resource("catalog.tsv");
        byte[] compact = resource("catalog.bin");
        long crc = CompactCatalog.crc(text);
        assertThat(CompactCatalog.read(compact, crc + 1)).as("another text").isNull();
        assertThat(CompactCatalog.read(Arrays.copyOf(compact, compact.length - 3), crc)).as("cut short").isNull();
        assertThat(CompactCatalog.read(Arrays.copyOf(compact, compact.length + 1), crc)).as("trailing").isNull();
        assertThat(CompactCatalog.read(new byte[0], crc)).as("empty").isNull();
        byte[] version = compact.clone();
        version[7]++;
        assertThat(CompactCatalog.read(version, crc)).as("another version").isNull();
    }

    @Test
    void the_build_step_writes_the_compact_form_of_a_data_file(@TempDir Path dir) throws IOException {
        byte[] text = resource("catalog.tsv");
        Path tsv = dir.resolve("catalog.tsv");
        Files.write(tsv, text);
        Path bin = dir.resolve("catalog.bin");
        CompactCatalog.main(new String[] {tsv.toString(), bin.toString()});
        assertThat(describe(CompactCatalog.read(Files.readAllBytes(bin), CompactCatalog.crc(text))))
                .isEqualTo(describe(parse(text)));
    }

    @Test
    void the_build_step_refuses_a_malformed_data_file_and_wrong_arguments(@TempDir Path dir) throws IOException {
        Path tsv = dir.resolve("broken.tsv");
        Files.writeString(tsv, "5.1.1\tSEED\n");
        Path bin = dir.resolve("catalog.bin");
        assertThatThrownBy(() -> CompactCatalog.main(new String[] {tsv.toString(), bin.toString()}))
                .isInstanceOf(CatalogLoadException.class).hasMessageContaining("broken.tsv");
        assertThat(bin).doesNotExist();
        assertThatThrownBy(() -> CompactCatalog.main(new String[] {tsv.toString()}))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("usage: CompactCatalog catalog.tsv catalog.bin");
    }
}
