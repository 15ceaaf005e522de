// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.validation.internal.checks;

import io.github.smtpcatalog.validation.internal.Detail;
import io.github.smtpcatalog.validation.internal.ReadingUnit;
import io.github.smtpcatalog.validation.internal.Rule;
import io.github.smtpcatalog.validation.internal.UnitCheck;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import java.util.Locale;

/**
 * Information: a reading that departs from the standard (IANA/RFC) meaning of its code (agreement partial,
 * different or unregistered). One finding per departing reading.
 *
 * <p>Rules: {@code departing-reading}.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = StandardMeaning.Check.class)
public @interface StandardMeaning {

    /**
     * The message template: the rule id, localised later by {@code Finding.message(Locale)}.
     *
     * @return the template
     */
    String message() default "departing-reading";

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
    final class Check extends UnitCheck<StandardMeaning, ReadingUnit> {
        @Override
        protected void check(ReadingUnit u, List<Detail> out) {
            if (u.reading().departsFromStandard()) {
                out.add(Detail.of(Rule.DEPARTING_READING).code(u.entry().code().toString()).key(u.reading().textId())
                        .arg("origin", u.reading().origin().name())
                        .arg("agreement", u.reading().agreement().name().toLowerCase(Locale.ROOT)).build());
            }
        }
    }
}
