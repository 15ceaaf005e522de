// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/** Architecture rules of catalog-core. */
@AnalyzeClasses(packages = "io.github.smtpcatalog.core", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** The core is the dependency-free base: consumers can take it without pulling in ICU or Jakarta. */
    @ArchTest
    static final ArchRule core_depends_on_nothing_but_the_jdk = classes()
            .that().resideInAPackage("io.github.smtpcatalog.core..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("io.github.smtpcatalog.core..", "java..")
            .because("catalog-core must stay free of third-party dependencies (DESIGN.md)");

    /** Package cycles make modules impossible to split or understand. */
    @ArchTest
    static final ArchRule no_package_cycles = slices().matching("io.github.smtpcatalog.(*)..")
            .should().beFreeOfCycles()
            .because("a package cycle ties packages that should evolve separately");

    /** Library code reports through return values and exceptions, never by printing. */
    @ArchTest
    static final ArchRule no_standard_streams = NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS
            .because("a library must not write to the application's console");

    /** Generic exceptions tell the caller nothing. */
    @ArchTest
    static final ArchRule no_generic_exceptions = NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS
            .because("callers need specific, documented exceptions");

    /** The JDK logger is not configured by applications that use SLF4J or Log4j. */
    @ArchTest
    static final ArchRule no_java_util_logging = NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING
            .because("the library does not log");

    /** Public value types are immutable: final classes with final fields. */
    @ArchTest
    static final ArchRule public_classes_are_final_with_final_fields = classes()
            .that().resideInAPackage("io.github.smtpcatalog.core").and().arePublic()
            .and().areNotEnums().and().areNotInterfaces().and().areNotAssignableTo(Throwable.class)
            .and().haveSimpleNameNotEndingWith("Builder")
            .should().haveModifier(JavaModifier.FINAL)
            .andShould().haveOnlyFinalFields()
            .because("catalogue values are shared between threads and must not change");

    @Test
    void rules_see_the_classes() {
        JavaClasses imported = new ClassFileImporter().withImportOption(new ImportOption.DoNotIncludeTests())
                .importPackages("io.github.smtpcatalog.core");
        assertThat(imported.size()).as("classes imported by the architecture rules").isGreaterThan(20);
    }
}
