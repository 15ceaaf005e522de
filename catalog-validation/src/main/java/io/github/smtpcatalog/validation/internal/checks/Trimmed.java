// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.validation.internal.checks;

import io.github.smtpcatalog.validation.internal.Detail;
import io.github.smtpcatalog.validation.internal.KeyUnit;
import io.github.smtpcatalog.validation.internal.Rule;
import io.github.smtpcatalog.validation.internal.TextAnalysis;
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
 * Neither a key nor a value starts or ends with white space (also no-break and other Unicode spaces).
 *
 * <p>Rules: {@code whitespace}.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = Trimmed.Check.class)
public @interface Trimmed {

    /**
     * The message template: the rule id, localised later by {@code Finding.message(Locale)}.
     *
     * @return the template
     */
    String message() default "whitespace";

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
    final class Check extends UnitCheck<Trimmed, KeyUnit> {
        @Override
        protected void check(KeyUnit u, List<Detail> out) {
            boolean key = TextAnalysis.hasSurroundingWhitespace(u.info().key());
            for (Translation t : u.translations().values()) {
                if (key || TextAnalysis.hasSurroundingWhitespace(t.value())) {
                    out.add(t.at(Rule.WHITESPACE, u.info()).arg("part", key ? "key" : "value").build());
                }
            }
        }
    }
}
