// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import io.github.smtpcatalog.i18n.BundleProblem.Kind;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading bundles from files, streams and folders, and the edges of the escape and continuation syntax. */
class BundleReadingTest {

    private static BundleFile parse(String text) {
        return BundleFile.parse("t_nl.properties", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aFileIsReadUnderItsOwnName(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("seed_nl.properties");
        Files.writeString(file, "a = een\n");
        BundleFile f = BundleFile.read(file);
        assertThat(f.fileName()).isEqualTo("seed_nl.properties");
        assertThat(f.values()).containsExactly(entry("a", "een"));
    }

    @Test
    void aStreamIsReadToItsEnd() {
        BundleFile f = BundleFile.read(new ByteArrayInputStream("a = een\nb = twee\n".getBytes(StandardCharsets.UTF_8)),
                "x_nl.properties");
        assertThat(f.fileName()).isEqualTo("x_nl.properties");
        assertThat(f.values()).containsExactly(entry("a", "een"), entry("b", "twee"));
    }

    @Test
    void aFailingStreamIsAnUnreadableBundleNotAnException() {
        InputStream broken = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("disk on fire");
            }
        };
        BundleFile f = BundleFile.read(broken, "x_nl.properties");
        assertThat(f.entries()).isEmpty();
        assertThat(f.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Kind.UNREADABLE);
            assertThat(p.line()).isZero();
            assertThat(p.message()).contains("disk on fire");
        });
        assertThatThrownBy(() -> CatalogTexts.of(List.of(f))).isInstanceOf(BundleLoadException.class)
                .hasMessageStartingWith("x_nl.properties: UNREADABLE: cannot read the file");
    }

    @Test
    void aProblemOnALineIsReportedWithTheLine() {
        assertThatThrownBy(() -> CatalogTexts.of(List.of(parse("a = x\n= y\n")))).isInstanceOf(BundleLoadException.class)
                .hasMessageStartingWith("t_nl.properties:2: MALFORMED_LINE");
    }

    @Test
    void aLineOfOneBackslashContinuesIntoTheNext() {
        assertThat(parse("\\\nb = c\n").values()).containsExactly(entry("b", "c"));
        assertThat(parse("a = x\\\\\nb = c\n").values()).containsExactly(entry("a", "x\\"), entry("b", "c"));
    }

    @Test
    void unicodeEscapesTakeFourHexDigitsInAnyCase() {
        assertThat(parse("a = \\u00ff\\u00FF\\u0041\n").values()).containsExactly(entry("a", "\u00ff\u00ffA"));
        assertThat(parse("a = \\u00ff").problems()).isEmpty();
        assertThat(parse("a = \\u00f").problems()).extracting(BundleProblem::kind)
                .containsExactly(Kind.BAD_UNICODE_ESCAPE);
        assertThat(parse("a = \\u00fg").problems()).extracting(BundleProblem::kind)
                .containsExactly(Kind.BAD_UNICODE_ESCAPE);
        assertThat(parse("a = \\u").problems()).extracting(BundleProblem::kind)
                .containsExactly(Kind.BAD_UNICODE_ESCAPE);
    }

    @Test
    void aFileNameThatStartsWithAnUnderscoreHasAnEmptyBaseName() {
        BundleFile f = BundleFile.parse("_nl.properties", new byte[0]);
        assertThat(f.baseName()).isEmpty();
        assertThat(f.localeSuffix()).isEqualTo("nl");
    }

    @Test
    void aFolderIsReadInFileNameOrder(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("b_nl.properties"), "k = b\n");
        Files.writeString(dir.resolve("a_nl.properties"), "j = a\n");
        Files.writeString(dir.resolve("c.properties"), "k = c\n");
        Files.writeString(dir.resolve("notes.txt"), "not a bundle\n");
        assertThat(CatalogTexts.readFolder(dir)).extracting(BundleFile::fileName)
                .containsExactly("a_nl.properties", "b_nl.properties", "c.properties");
    }

    @Test
    void theShippedFilesAreReadAsListed() {
        List<BundleFile> files = CatalogTexts.readShippedFiles();
        assertThat(files).extracting(BundleFile::fileName).containsExactlyElementsOf(CatalogTexts.shippedFileNames());
        assertThat(files).allSatisfy(f -> {
            assertThat(f.entries()).isNotEmpty();
            assertThat(f.problems()).isEmpty();
        });
    }
}
