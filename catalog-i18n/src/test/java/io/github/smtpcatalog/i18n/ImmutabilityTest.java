// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import io.github.smtpcatalog.core.EnhancedStatusCode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * What catalog-i18n hands out cannot be changed, neither through a returned collection nor through a collection
 * or array the caller passed in and changes afterwards. (ArchitectureTest checks that the public classes are final
 * with final fields.)
 */
class ImmutabilityTest {

    private static BundleFile bundle(String name, String text) {
        return BundleFile.parse(name, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aBundleFileHandsOutUnmodifiableViews() {
        BundleFile f = bundle("x_nl.properties", "a = een\nb = twee\na = dubbel\n");
        assertThat(f.entries()).hasSize(3);
        assertThat(f.problems()).hasSize(1);
        BundleEntry extra = new BundleEntry("c", "drie", 4);
        assertThatThrownBy(() -> f.entries().add(extra)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> f.entries().remove(0)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> f.values().put("c", "drie")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> f.values().remove("a")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> f.values().entrySet().iterator().next().setValue("x"))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> f.problems().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThat(f.values()).containsExactly(entry("a", "een"), entry("b", "twee"));
    }

    @Test
    void aBundleFileDoesNotChangeWhenTheCallerChangesTheBytes() {
        byte[] bytes = "a = een\n".getBytes(StandardCharsets.UTF_8);
        BundleFile f = BundleFile.parse("x_nl.properties", bytes);
        bytes[4] = 'X';
        bytes[0] = 'z';
        assertThat(f.values()).containsExactly(entry("a", "een"));
    }

    @Test
    void textsHandOutUnmodifiableViewsAndKeepTheirOwnCopyOfTheFiles() {
        List<BundleFile> files = new ArrayList<>(List.of(bundle("x.properties", "k = root\n"),
                bundle("x_nl.properties", "k = nl\n")));
        CatalogTexts texts = CatalogTexts.of(files);
        files.clear();
        files.add(bundle("x_fy.properties", "k = fy\n"));
        assertThat(texts.files()).extracting(BundleFile::fileName).containsExactly("x.properties", "x_nl.properties");
        assertThat(texts.locales()).containsExactlyInAnyOrder(Locale.ROOT, Locale.forLanguageTag("nl"));
        assertThat(texts.pattern("k", Locale.forLanguageTag("fy"))).contains("root");
        assertThatThrownBy(() -> texts.files().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> texts.files().add(files.get(0))).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> texts.locales().add(Locale.GERMAN)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> texts.locales().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThat(texts.locales()).hasSize(2);
    }

    @Test
    void theShippedTextsAndFileNamesCannotBeChanged() {
        CatalogTexts shipped = CatalogTexts.shipped();
        assertThatThrownBy(() -> shipped.files().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> shipped.locales().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> shipped.files().get(0).values().clear())
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> CatalogTexts.shippedFileNames().add("evil.properties"))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(CatalogTexts.shipped().files()).hasSize(CatalogTexts.shippedFileNames().size());
    }

    @Test
    void explanationListsCannotBeChanged() {
        Explanation e = Explainer.standard().explain(EnhancedStatusCode.parse("4.2.2"),
                ExplainOptions.of(Locale.forLanguageTag("nl")));
        assertThat(e.causes()).isNotEmpty();
        assertThatThrownBy(() -> e.causes().set(0, "x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> e.customerActions().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> e.adminActions().add("x")).isInstanceOf(UnsupportedOperationException.class);
    }
}
