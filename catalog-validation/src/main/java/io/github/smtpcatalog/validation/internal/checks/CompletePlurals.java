// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.validation.internal.checks;

import com.ibm.icu.text.MessagePattern.ArgType;
import io.github.smtpcatalog.validation.internal.Detail;
import io.github.smtpcatalog.validation.internal.KeyUnit;
import io.github.smtpcatalog.validation.internal.PatternFacts;
import io.github.smtpcatalog.validation.internal.Plurals;
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
import java.util.Set;
import java.util.TreeSet;

/**
 * Every plural (and selectordinal) has a branch for each CLDR plural category of the locale's language
 * ({@code PluralRules.forLocale(...).getKeywords()}: one and other for Dutch and English; root counts as English).
 *
 * <p>Rules: {@code plural-forms}.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = CompletePlurals.Check.class)
public @interface CompletePlurals {

    /**
     * The message template: the rule id, localised later by {@code Finding.message(Locale)}.
     *
     * @return the template
     */
    String message() default "plural-forms";

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
    final class Check extends UnitCheck<CompletePlurals, KeyUnit> {
        @Override
        protected void check(KeyUnit u, List<Detail> out) {
            for (Translation t : u.translations().values()) {
                if (!t.facts().parses()) {
                    continue;
                }
                for (PatternFacts.ArgUse a : t.facts().uses()) {
                    if (a.type() != ArgType.PLURAL && a.type() != ArgType.SELECTORDINAL) {
                        continue;
                    }
                    Set<String> missing = new TreeSet<>(Plurals.keywords(t.locale(), a.type()));
                    missing.removeAll(a.selectors());
                    if (!missing.isEmpty()) {
                        out.add(t.at(Rule.PLURAL_FORMS, u.info()).arg("argument", a.name())
                                .arg("missing", String.join(", ", missing)).build());
                        break;
                    }
                }
            }
        }
    }
}
