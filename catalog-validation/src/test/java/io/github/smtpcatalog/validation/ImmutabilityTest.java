// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.smtpcatalog.core.StatusCatalog;
import io.github.smtpcatalog.i18n.BundleFile;
import io.github.smtpcatalog.i18n.CatalogTexts;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A validation report cannot be changed, neither through its list of findings nor through the list of files the
 * caller passed in and changes afterwards. (ArchitectureTest checks that the public classes are final with final
 * fields.)
 */
class ImmutabilityTest {

    @Test
    void findingsCannotBeChangedNorChangeWithTheCallersFiles() {
        List<BundleFile> files = new ArrayList<>(CatalogTexts.shipped().files());
        files.add(BundleFile.parse("seed_fy.properties", "seed.5.1.1.title = x\nseed.5.1.1.title = y\n"
                .getBytes(StandardCharsets.UTF_8)));
        ValidationReport report = CatalogValidator.standard().validate(StatusCatalog.standard(), files);
        List<Finding> before = List.copyOf(report.findings());
        assertThat(before).isNotEmpty();
        files.clear();
        assertThat(report.findings()).isEqualTo(before);
        assertThatThrownBy(() -> report.findings().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> report.findings().add(before.get(0)))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> report.findings().set(0, before.get(0)))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(report.hasErrors()).isTrue();
    }
}
