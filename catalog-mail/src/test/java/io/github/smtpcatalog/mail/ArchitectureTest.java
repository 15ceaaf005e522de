// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.mail;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Architecture rules of catalog-mail. */
@AnalyzeClasses(packages = "io.github.smtpcatalog", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** Jakarta Mail stays out of the core and the texts: only catalog-mail reads mail. */
    @ArchTest
    static final ArchRule only_mail_uses_jakarta_mail = noClasses()
            .that().resideInAnyPackage("io.github.smtpcatalog.core..", "io.github.smtpcatalog.i18n..")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.mail..", "org.eclipse.angus..",
                    "io.github.smtpcatalog.mail..")
            .because("catalog-core depends on nothing, catalog-i18n on core and ICU only");

    /** The mail module's internals are not API. */
    @ArchTest
    static final ArchRule nothing_outside_mail_uses_its_internals = noClasses()
            .that().resideOutsideOfPackage("io.github.smtpcatalog.mail..")
            .should().dependOnClassesThat().resideInAPackage("io.github.smtpcatalog.mail.internal..")
            .because("mail.internal is not exported");

    /** The mail module uses the other modules' public API only. */
    @ArchTest
    static final ArchRule mail_uses_no_other_internals = noClasses()
            .that().resideInAPackage("io.github.smtpcatalog.mail..")
            .should().dependOnClassesThat().resideInAnyPackage("io.github.smtpcatalog.core.internal..",
                    "io.github.smtpcatalog.i18n.internal..")
            .because("other modules' internal packages are not exported");

    /** The internals do not reach back into the public types of the package that uses them. */
    @ArchTest
    static final ArchRule internals_do_not_depend_on_the_api = noClasses()
            .that().resideInAPackage("io.github.smtpcatalog.mail.internal..")
            .should().dependOnClassesThat().resideInAPackage("io.github.smtpcatalog.mail")
            .because("mail.internal holds helpers that return plain values");

    /** Modules depend on each other in one direction only. */
    @ArchTest
    static final ArchRule modules_are_free_of_cycles = slices().matching("io.github.smtpcatalog.(*)..")
            .should().beFreeOfCycles();

    /** Library code reports through return values and exceptions, never by printing. */
    @ArchTest
    static final ArchRule no_standard_streams = NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;

    /** Generic exceptions tell the caller nothing. */
    @ArchTest
    static final ArchRule no_generic_exceptions = NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS;

    /** The library does not log. */
    @ArchTest
    static final ArchRule no_java_util_logging = NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;

    /** Public value types are immutable: final classes with final fields. */
    @ArchTest
    static final ArchRule public_classes_are_final_with_final_fields = classes()
            .that().resideInAPackage("io.github.smtpcatalog.mail").and().arePublic()
            .and().areNotEnums().and().areNotInterfaces().and().areNotAssignableTo(Throwable.class)
            .should().haveModifier(JavaModifier.FINAL).andShould().haveOnlyFinalFields()
            .because("readers, reports and explanations are shared between threads");

    @Test
    void rules_see_the_classes() {
        assertThat(new ClassFileImporter().withImportOption(new ImportOption.DoNotIncludeTests())
                .importPackages("io.github.smtpcatalog.mail").size()).isGreaterThan(10);
    }

    @Test
    void the_module_exports_only_its_api_package() throws Exception {
        ModuleDescriptor d;
        try (InputStream in = Files.newInputStream(Path.of("target/classes/module-info.class"))) {
            d = ModuleDescriptor.read(in);
        }
        assertThat(d.name()).isEqualTo("io.github.smtpcatalog.mail");
        assertThat(d.exports()).extracting(ModuleDescriptor.Exports::source)
                .containsExactly("io.github.smtpcatalog.mail");
        assertThat(d.opens()).isEmpty();
        Set<String> requires = d.requires().stream().map(ModuleDescriptor.Requires::name).collect(Collectors.toSet());
        assertThat(requires).contains("io.github.smtpcatalog.i18n", "jakarta.mail", "org.eclipse.angus.mail",
                "org.eclipse.angus.mail.dsn");
        assertThat(Path.of("target/classes/io/github/smtpcatalog/mail/internal")).isDirectory();
    }

    /** Only catalog-cli and catalog-benchmarks may depend on catalog-mail (the BOM and the parent manage it). */
    @Test
    void only_the_cli_and_the_benchmarks_depend_on_catalog_mail() throws Exception {
        Path root = Path.of("..").toAbsolutePath().normalize();
        List<Path> poms = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(root)) {
            dirs.filter(p -> Files.isRegularFile(p.resolve("pom.xml"))).forEach(p -> poms.add(p.resolve("pom.xml")));
        }
        assertThat(poms).isNotEmpty();
        Set<String> dependents = new TreeSet<>();
        for (Path pom : poms) {
            String module = pom.getParent().getFileName().toString();
            String xml = Files.readString(pom, StandardCharsets.UTF_8);
            int deps = xml.indexOf("<dependencies>");
            int managed = xml.indexOf("<dependencyManagement>");
            String own = deps < 0 ? "" : xml.substring(deps);
            if (managed >= 0 && managed < deps) {
                own = xml.substring(xml.indexOf("</dependencyManagement>"));
                int d2 = own.indexOf("<dependencies>");
                own = d2 < 0 ? "" : own.substring(d2);
            }
            if (own.contains("<artifactId>catalog-mail</artifactId>") && !module.equals("catalog-mail")) {
                dependents.add(module);
            }
        }
        assertThat(dependents).isSubsetOf("catalog-cli", "catalog-benchmarks");
        // catalog-core's own POM has no compile dependency at all.
        String core = Files.readString(root.resolve("catalog-core/pom.xml"), StandardCharsets.UTF_8);
        assertThat(core.split("<dependency>")).allSatisfy(dep -> {
            if (dep.contains("<artifactId>")) {
                assertThat(dep).containsAnyOf("<scope>test</scope>", "<project");
            }
        });
    }
}
