// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.validation.internal.checks;

import io.github.smtpcatalog.validation.internal.Detail;
import io.github.smtpcatalog.validation.internal.FileUnit;
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
import java.util.List;
import java.util.Optional;

/**
 * The locale part of the file name is a valid locale in canonical form ({@code nl}, {@code nl_BE},
 * {@code sr_Latn_RS}): known ISO 639 language, ISO 15924 script and ISO 3166 or UN M.49 region codes, as ICU's
 * {@code ULocale} and {@code Locale.forLanguageTag} understand them. {@code seed_xx_YY.properties} is an error.
 *
 * <p>Rules: {@code invalid-locale}.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = LocaleSuffix.Check.class)
public @interface LocaleSuffix {

    /**
     * The message template: the rule id, localised later by {@code Finding.message(Locale)}.
     *
     * @return the template
     */
    String message() default "invalid-locale";

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
    final class Check extends UnitCheck<LocaleSuffix, FileUnit> {
        @Override
        protected void check(FileUnit u, List<Detail> out) {
            Optional<Locales.LocaleProblem> problem = Locales.problem(u.localeSuffix());
            problem.ifPresent(p -> out.add(Detail.of(Rule.INVALID_LOCALE).file(u.file())
                    .arg("suffix", u.localeSuffix()).arg("reason", p.reason()).arg("part", p.part()).build()));
        }
    }
}
