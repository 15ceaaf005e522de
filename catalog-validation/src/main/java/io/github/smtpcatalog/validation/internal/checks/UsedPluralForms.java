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
 * A plural has no branch for a category the locale's language never uses ({@code few} in Dutch): it is dead
 * text. Explicit values such as {@code =0} are always allowed.
 *
 * <p>Rules: {@code plural-unused}.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = UsedPluralForms.Check.class)
public @interface UsedPluralForms {

    /**
     * The message template: the rule id, localised later by {@code Finding.message(Locale)}.
     *
     * @return the template
     */
    String message() default "plural-unused";

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
    final class Check extends UnitCheck<UsedPluralForms, KeyUnit> {
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
                    Set<String> extra = new TreeSet<>();
                    for (String s : a.selectors()) {
                        if (!s.startsWith("=")) {
                            extra.add(s);
                        }
                    }
                    extra.removeAll(Plurals.keywords(t.locale(), a.type()));
                    if (!extra.isEmpty()) {
                        out.add(t.at(Rule.PLURAL_UNUSED, u.info()).arg("argument", a.name())
                                .arg("extra", String.join(", ", extra)).build());
                        break;
                    }
                }
            }
        }
    }
}
