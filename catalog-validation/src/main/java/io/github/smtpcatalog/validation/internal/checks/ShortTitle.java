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
 * A title fits a narrow column or a text message: at most 60 characters (CLDR's width check).
 *
 * <p>Rules: {@code title-too-long}.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ShortTitle.Check.class)
public @interface ShortTitle {

    /**
     * The message template: the rule id, localised later by {@code Finding.message(Locale)}.
     *
     * @return the template
     */
    String message() default "title-too-long";

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
    final class Check extends UnitCheck<ShortTitle, KeyUnit> {
        @Override
        protected void check(KeyUnit u, List<Detail> out) {
            if (!u.info().isTitle()) {
                return;
            }
            for (Translation t : u.translations().values()) {
                int length = t.value().codePointCount(0, t.value().length());
                if (length > TextAnalysis.MAX_TITLE_LENGTH) {
                    out.add(t.at(Rule.TITLE_TOO_LONG, u.info()).arg("length", length)
                            .arg("limit", TextAnalysis.MAX_TITLE_LENGTH).build());
                }
            }
        }
    }
}
