// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.validation.internal.checks;

import io.github.smtpcatalog.validation.internal.Detail;
import io.github.smtpcatalog.validation.internal.KeyUnit;
import io.github.smtpcatalog.validation.internal.Locales;
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
 * A translation is not the English (root) text unchanged, unless it consists of codes, acronyms and names
 * (CLDR's {@code sameAsEnglish} check, with an allow-list such as DNS, SPF, Gmail).
 *
 * <p>Rules: {@code same-as-english}.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = NotCopied.Check.class)
public @interface NotCopied {

    /**
     * The message template: the rule id, localised later by {@code Finding.message(Locale)}.
     *
     * @return the template
     */
    String message() default "same-as-english";

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
    final class Check extends UnitCheck<NotCopied, KeyUnit> {
        @Override
        protected void check(KeyUnit u, List<Detail> out) {
            Translation root = u.translations().get("");
            if (root == null) {
                return;
            }
            for (Translation t : u.translations().values()) {
                if (t.locale().isEmpty() || Locales.language(t.locale()).equals("en")) {
                    continue;
                }
                if (t.value().strip().equals(root.value().strip()) && !TextAnalysis.copyAllowed(t.value())) {
                    out.add(t.at(Rule.SAME_AS_ENGLISH, u.info()).build());
                }
            }
        }
    }
}
