// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.validation.internal.checks;

import io.github.smtpcatalog.validation.internal.Detail;
import io.github.smtpcatalog.validation.internal.KeyInfo;
import io.github.smtpcatalog.validation.internal.KeyUnit;
import io.github.smtpcatalog.validation.internal.Locales;
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
 * Every required locale has every known key: the mandatory fields of each text id, the notice and the labels,
 * and every optional field (a fifth cause, an extra label) that another locale has.
 *
 * <p>Rules: {@code missing-text}.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = Translated.Check.class)
public @interface Translated {

    /**
     * The message template: the rule id, localised later by {@code Finding.message(Locale)}.
     *
     * @return the template
     */
    String message() default "missing-text";

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
    final class Check extends UnitCheck<Translated, KeyUnit> {
        @Override
        protected void check(KeyUnit u, List<Detail> out) {
            KeyInfo i = u.info();
            if (!i.isKnown() || (!i.mandatory() && u.translations().isEmpty())) {
                return;
            }
            Translation ref = u.reference();
            for (String locale : u.requiredLocales()) {
                if (u.translations().containsKey(locale) || u.excusedLocales().contains(locale)) {
                    continue;
                }
                out.add(Detail.of(Rule.MISSING_TEXT).file(u.expectedFiles().get(locale)).key(i.key())
                        .code(i.firstCode()).arg("locale", Locales.display(locale))
                        .arg("reference", ref == null ? "none" : Locales.display(ref.locale())).build());
            }
        }
    }
}
