// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.validation.internal.checks;

import io.github.smtpcatalog.validation.internal.Detail;
import io.github.smtpcatalog.validation.internal.Locales;
import io.github.smtpcatalog.validation.internal.Rule;
import io.github.smtpcatalog.validation.internal.TextIdUnit;
import io.github.smtpcatalog.validation.internal.UnitCheck;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Every text id the catalogue uses has texts in every required locale. When a locale has none of its keys, one
 * finding says so instead of one per key; when no locale has any, one finding names all locales.
 *
 * <p>Rules: {@code missing-text-id}.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = TextIdPresent.Check.class)
public @interface TextIdPresent {

    /**
     * The message template: the rule id, localised later by {@code Finding.message(Locale)}.
     *
     * @return the template
     */
    String message() default "missing-text-id";

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
    final class Check extends UnitCheck<TextIdPresent, TextIdUnit> {
        @Override
        protected void check(TextIdUnit u, List<Detail> out) {
            List<String> lacking = new ArrayList<>();
            for (String locale : u.requiredLocales()) {
                if (u.keysByLocale().getOrDefault(locale, Set.of()).isEmpty()) {
                    lacking.add(locale);
                }
            }
            if (lacking.isEmpty()) {
                return;
            }
            String code = u.codes().isEmpty() ? null : u.codes().get(0);
            if (lacking.size() == u.requiredLocales().size()) {
                List<String> shown = new ArrayList<>();
                lacking.forEach(l -> shown.add(Locales.display(l)));
                out.add(Detail.of(Rule.MISSING_TEXT_ID).key(u.textId()).code(code).arg("textId", u.textId())
                        .arg("locale", String.join(", ", shown)).arg("codes", String.join(", ", u.codes())).build());
                return;
            }
            for (String locale : lacking) {
                String file = u.expectedFiles().get(locale);
                if (file != null && u.absentFiles().contains(file)) {
                    continue;
                }
                out.add(Detail.of(Rule.MISSING_TEXT_ID).file(file).key(u.textId()).code(code).arg("textId", u.textId())
                        .arg("locale", Locales.display(locale)).arg("codes", String.join(", ", u.codes())).build());
            }
        }
    }
}
