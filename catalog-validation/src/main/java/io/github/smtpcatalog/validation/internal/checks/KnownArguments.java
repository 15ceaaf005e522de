// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.validation.internal.checks;

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
 * A pattern uses only the arguments the library passes for its key (recipient, domain and product for texts; the
 * reading's numeric parameters; only product for the notice; none for labels), each with a type its value can
 * have: text arguments bare or in a select, numeric ones bare, as a number or in a plural.
 *
 * <p>Rules: {@code unknown-argument}, {@code argument-type}.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = KnownArguments.Check.class)
public @interface KnownArguments {

    /**
     * The message template: the rule id, localised later by {@code Finding.message(Locale)}.
     *
     * @return the template
     */
    String message() default "unknown-argument";

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
    final class Check extends UnitCheck<KnownArguments, KeyUnit> {
        @Override
        protected void check(KeyUnit u, List<Detail> out) {
            KeyInfo i = u.info();
            for (Translation t : u.translations().values()) {
                if (!t.facts().parses()) {
                    continue;
                }
                Set<String> unknown = new TreeSet<>();
                Set<String> badType = new TreeSet<>();
                for (PatternFacts.ArgUse a : t.facts().uses()) {
                    if (a.numbered() || !i.allowedArgs().contains(a.name())) {
                        unknown.add(a.numbered() ? "{" + a.name() + "}" : a.name());
                    } else if (!i.wellTyped(a)) {
                        badType.add(a.name() + ": " + a.signature());
                    }
                }
                if (!unknown.isEmpty()) {
                    out.add(t.at(Rule.UNKNOWN_ARGUMENT, i).arg("names", String.join(", ", unknown))
                            .arg("allowed", i.allowedArgs().isEmpty() ? "-"
                                    : String.join(", ", new TreeSet<>(i.allowedArgs())))
                            .build());
                }
                if (!badType.isEmpty()) {
                    out.add(t.at(Rule.ARGUMENT_TYPE, i).arg("uses", String.join(", ", badType)).build());
                }
            }
        }
    }
}
