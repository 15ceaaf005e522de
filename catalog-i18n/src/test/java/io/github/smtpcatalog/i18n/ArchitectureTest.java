// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.i18n;

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
import org.junit.jupiter.api.Test;

/** Architecture rules of catalog-i18n. */
@AnalyzeClasses(packages = "io.github.smtpcatalog", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** The core stays free of ICU: only i18n may format messages. */
    @ArchTest
    static final ArchRule core_does_not_use_icu_or_jakarta = noClasses()
            .that().resideInAPackage("io.github.smtpcatalog.core..")
            .should().dependOnClassesThat().resideInAnyPackage("com.ibm.icu..", "jakarta..")
            .because("catalog-core has no dependency beyond the JDK");

    /** Another module's internal package is an implementation detail that can change at any time. */
    @ArchTest
    static final ArchRule nothing_outside_core_uses_its_internals = noClasses()
            .that().resideOutsideOfPackage("io.github.smtpcatalog.core..")
            .should().dependOnClassesThat().resideInAPackage("io.github.smtpcatalog.core.internal..")
            .because("core.internal is not exported");

    /** Modules depend on each other in one direction only. */
    @ArchTest
    static final ArchRule modules_are_free_of_cycles = slices().matching("io.github.smtpcatalog.(*)..")
            .should().beFreeOfCycles()
            .because("core must not depend back on i18n");

    /** Library code reports through return values and exceptions, never by printing. */
    @ArchTest
    static final ArchRule no_standard_streams = NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS
            .because("a library must not write to the application's console");

    /** Generic exceptions tell the caller nothing. */
    @ArchTest
    static final ArchRule no_generic_exceptions = NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS
            .because("callers need specific, documented exceptions");

    /** The library does not log. */
    @ArchTest
    static final ArchRule no_java_util_logging = NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING
            .because("the library does not log");

    /** Public value types are immutable: final classes with final fields. */
    @ArchTest
    static final ArchRule public_classes_are_final_with_final_fields = classes()
            .that().resideInAPackage("io.github.smtpcatalog.i18n").and().arePublic()
            .and().areNotEnums().and().areNotInterfaces().and().areNotAssignableTo(Throwable.class)
            .should().haveModifier(JavaModifier.FINAL).andShould().haveOnlyFinalFields()
            .because("texts and explanations are shared between threads");

    @Test
    void rules_see_the_classes() {
        assertThat(new ClassFileImporter().withImportOption(new ImportOption.DoNotIncludeTests())
                .importPackages("io.github.smtpcatalog.i18n").size()).isGreaterThan(10);
    }
}
