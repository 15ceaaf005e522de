// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.validation.internal.checks;

import io.github.smtpcatalog.validation.internal.Detail;
import io.github.smtpcatalog.validation.internal.KeyUnit;
import io.github.smtpcatalog.validation.internal.Rule;
import io.github.smtpcatalog.validation.internal.Translation;
import io.github.smtpcatalog.validation.internal.UnitCheck;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;

/**
 * Every value parses as an ICU MessageFormat pattern ({@code MessagePattern}, and {@code MessageFormat} for the
 * argument types and skeletons). A plural or select without {@code other} is reported as a plural-form problem.
 *
 * <p>Rules: {@code pattern-syntax}, {@code plural-forms}.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ParsablePattern.Check.class)
public @interface ParsablePattern {

    /**
     * The message template: the rule id, localised later by {@code Finding.message(Locale)}.
     *
     * @return the template
     */
    String message() default "pattern-syntax";

    /**
     * The groups.
     *
     * @return the groups
     */
    Class<?>[] groups() default {};

    /**
     * The payload.
     *
     * @return the payload
     */
    Class<? extends Payload>[] payload() default {};

    /** The validator. */
    final class Check extends UnitCheck<ParsablePattern, KeyUnit> {
        @Override
        protected void check(KeyUnit u, List<Detail> out) {
            for (Translation t : u.translations().values()) {
                if (t.value().isBlank() || t.facts().parses()) {
                    continue;
                }
                if (t.facts().missingOther()) {
                    out.add(t.at(Rule.PLURAL_FORMS, u.info()).arg("argument", "").arg("missing", "other").build());
                } else {
                    out.add(t.at(Rule.PATTERN_SYNTAX, u.info()).arg("error", t.facts().error().orElse("")).build());
                }
            }
        }
    }
}
