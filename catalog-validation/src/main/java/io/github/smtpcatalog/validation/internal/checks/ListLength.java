// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.validation.internal.checks;

import io.github.smtpcatalog.validation.internal.Detail;
import io.github.smtpcatalog.validation.internal.KeyInfo;
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
 * A list stays within the house style: at most 5 causes, 3 customer actions and 3 administrator actions.
 *
 * <p>Rules: {@code list-too-long}.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ListLength.Check.class)
public @interface ListLength {

    /**
     * The message template: the rule id, localised later by {@code Finding.message(Locale)}.
     *
     * @return the template
     */
    String message() default "list-too-long";

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
    final class Check extends UnitCheck<ListLength, KeyUnit> {
        @Override
        protected void check(KeyUnit u, List<Detail> out) {
            KeyInfo i = u.info();
            int limit = i.kind() == KeyInfo.Kind.TEXT && i.index() > 0 ? KeyInfo.listLimit(i.field()) : 0;
            Translation ref = u.reference();
            if (limit > 0 && i.index() > limit && ref != null) {
                out.add(ref.at(Rule.LIST_TOO_LONG, i).arg("field", i.field()).arg("limit", limit).build());
            }
        }
    }
}
