// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.validation.internal.checks;

import com.ibm.icu.text.MessagePattern.ArgType;
import io.github.smtpcatalog.validation.internal.Detail;
import io.github.smtpcatalog.validation.internal.KeyInfo;
import io.github.smtpcatalog.validation.internal.KeyUnit;
import io.github.smtpcatalog.validation.internal.PatternFacts;
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
 * A text argument (recipient, domain, product) has the value {@code none} when the input does not say it, so a
 * pattern uses it only inside the non-{@code none} branch of a select on that argument, and every select on it has
 * a {@code none} branch. Otherwise the customer reads "the address none".
 *
 * <p>Rules: {@code unguarded-argument}.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = GuardedArguments.Check.class)
public @interface GuardedArguments {

    /**
     * The message template: the rule id, localised later by {@code Finding.message(Locale)}.
     *
     * @return the template
     */
    String message() default "unguarded-argument";

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
    final class Check extends UnitCheck<GuardedArguments, KeyUnit> {
        @Override
        protected void check(KeyUnit u, List<Detail> out) {
            KeyInfo i = u.info();
            for (Translation t : u.translations().values()) {
                if (!t.facts().parses()) {
                    continue;
                }
                Set<String> names = new TreeSet<>();
                for (PatternFacts.ArgUse a : t.facts().uses()) {
                    if (!i.stringArgs().contains(a.name()) || !i.wellTyped(a)) {
                        continue;
                    }
                    boolean bare = a.type() == ArgType.NONE;
                    if ((bare && !a.guarded()) || (a.type() == ArgType.SELECT && !a.selectors().contains("none"))) {
                        names.add(a.name());
                    }
                }
                if (!names.isEmpty()) {
                    out.add(t.at(Rule.UNGUARDED_ARGUMENT, i).arg("names", String.join(", ", names)).build());
                }
            }
        }
    }
}
