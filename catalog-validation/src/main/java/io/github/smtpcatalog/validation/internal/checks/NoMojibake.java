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
 * No U+FFFD replacement character and no UTF-8 read as Latin-1 ({@code Ã©}, {@code â€™}) in a value.
 *
 * <p>Rules: {@code mojibake}.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = NoMojibake.Check.class)
public @interface NoMojibake {

    /**
     * The message template: the rule id, localised later by {@code Finding.message(Locale)}.
     *
     * @return the template
     */
    String message() default "mojibake";

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
    final class Check extends UnitCheck<NoMojibake, KeyUnit> {
        @Override
        protected void check(KeyUnit u, List<Detail> out) {
            for (Translation t : u.translations().values()) {
                String bad = TextAnalysis.mojibake(t.value());
                if (bad != null) {
                    out.add(t.at(Rule.MOJIBAKE, u.info()).arg("chars", bad).build());
                }
            }
        }
    }
}
