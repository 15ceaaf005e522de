// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.validation;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import org.junit.jupiter.api.Test;

/** The architecture of catalog-validation. */
@AnalyzeClasses(packages = "io.github.smtpcatalog.validation", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** The public API exposes no implementation type: its methods neither take nor return internal types. */
    @ArchTest
    static final ArchRule api_does_not_expose_internal_types = methods().that().arePublic().and()
            .areDeclaredInClassesThat().resideInAPackage("io.github.smtpcatalog.validation")
            .should().notHaveRawReturnType(DescribedPredicate.describe("internal",
                    (JavaClass c) -> c.getPackageName().contains(".internal")))
            .because("io.github.smtpcatalog.validation.internal is not exported");

    /** Every public API type is final or an enum: the API is a small set of values and one service. */
    @ArchTest
    static final ArchRule api_classes_are_final = classes().that()
            .resideInAPackage("io.github.smtpcatalog.validation").and().arePublic().and().areNotEnums()
            .should().haveModifier(JavaModifier.FINAL)
            .because("they are immutable values or a stateless service");

    /** Public value types are immutable: final classes with final fields (reports are shared between threads). */
    @ArchTest
    static final ArchRule public_classes_are_final_with_final_fields = classes()
            .that().resideInAPackage("io.github.smtpcatalog.validation").and().arePublic()
            .and().areNotEnums().and().areNotInterfaces().and().areNotAssignableTo(Throwable.class)
            .should().haveModifier(JavaModifier.FINAL).andShould().haveOnlyFinalFields()
            .because("findings and reports are values that callers keep and share");

    /** Every constraint annotation has a validator, and every validator lives with the constraints. */
    @ArchTest
    static final ArchRule validators_live_with_their_constraints = classes().that()
            .implement(ConstraintValidator.class).and().doNotHaveModifier(JavaModifier.ABSTRACT)
            .should().resideInAPackage("..validation.internal.checks..")
            .because("each constraint annotation declares its validator as a nested class");

    @ArchTest
    static final ArchRule constraints_are_internal = classes().that().areAnnotatedWith(Constraint.class)
            .should().resideInAPackage("..validation.internal.checks..");

    /** The engine does not depend on the public API, except for Severity. */
    @ArchTest
    static final ArchRule internal_does_not_use_the_api_services = noClasses().that()
            .resideInAPackage("..validation.internal..").should().dependOnClassesThat()
            .haveSimpleName("CatalogValidator").orShould().dependOnClassesThat().haveSimpleName("ValidationReport")
            .orShould().dependOnClassesThat().haveSimpleName("Finding");

    /** No Expression Language: messages are interpolated with ParameterMessageInterpolator only. */
    @ArchTest
    static final ArchRule no_expression_language = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("jakarta.el..", "org.glassfish.expressly..");

    @ArchTest
    static final ArchRule no_standard_streams = GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;

    @ArchTest
    static final ArchRule no_java_util_logging = GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;

    @ArchTest
    static final ArchRule no_generic_exceptions = GeneralCodingRules.NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS;

    @Test
    void classesWereImported() {
        JavaClasses all = new ClassFileImporter().withImportOption(new ImportOption.DoNotIncludeTests())
                .importPackages("io.github.smtpcatalog.validation");
        assertThat(all.size()).isGreaterThan(60);
    }
}
