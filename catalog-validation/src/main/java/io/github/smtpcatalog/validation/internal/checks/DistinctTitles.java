// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.validation.internal.checks;

import io.github.smtpcatalog.validation.internal.Detail;
import io.github.smtpcatalog.validation.internal.LocaleUnit;
import io.github.smtpcatalog.validation.internal.Locales;
import io.github.smtpcatalog.validation.internal.Rule;
import io.github.smtpcatalog.validation.internal.UnitCheck;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Two different text ids do not have the same title in one locale (CLDR's display-collision check): a list of
 * codes would show two lines that look the same.
 *
 * <p>Rules: {@code display-collision}.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = DistinctTitles.Check.class)
public @interface DistinctTitles {

    /**
     * The message template: the rule id, localised later by {@code Finding.message(Locale)}.
     *
     * @return the template
     */
    String message() default "display-collision";

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
    final class Check extends UnitCheck<DistinctTitles, LocaleUnit> {
        @Override
        protected void check(LocaleUnit u, List<Detail> out) {
            Map<String, LocaleUnit.Title> first = new HashMap<>();
            for (LocaleUnit.Title t : u.titles()) {
                String norm = t.value().strip().toLowerCase(Locale.ROOT);
                LocaleUnit.Title prev = first.putIfAbsent(norm, t);
                if (prev != null && !prev.textId().equals(t.textId())) {
                    out.add(Detail.of(Rule.DISPLAY_COLLISION).file(t.file()).line(t.line()).key(t.key()).code(t.code())
                            .arg("locale", Locales.display(u.locale())).arg("other", prev.key()).arg("title", t.value())
                            .build());
                }
            }
        }
    }
}
