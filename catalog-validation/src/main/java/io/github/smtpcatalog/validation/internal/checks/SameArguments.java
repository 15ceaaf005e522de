// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.validation.internal.checks;

import io.github.smtpcatalog.validation.internal.Detail;
import io.github.smtpcatalog.validation.internal.KeyInfo;
import io.github.smtpcatalog.validation.internal.KeyUnit;
import io.github.smtpcatalog.validation.internal.PatternFacts;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every locale uses the same argument names as the reference locale (root), at any depth of plural and select
 * branches, and each name with the same types ({@code {n}}, {@code {n, number}}, plural, select ...).
 *
 * <p>Rules: {@code argument-mismatch}, {@code argument-type-mismatch}.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = SameArguments.Check.class)
public @interface SameArguments {

    /**
     * The message template: the rule id, localised later by {@code Finding.message(Locale)}.
     *
     * @return the template
     */
    String message() default "argument-mismatch";

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
    final class Check extends UnitCheck<SameArguments, KeyUnit> {
        @Override
        protected void check(KeyUnit u, List<Detail> out) {
            KeyInfo i = u.info();
            Translation ref = u.reference();
            if (ref == null || !ref.facts().parses()) {
                return;
            }
            for (Translation t : u.translations().values()) {
                if (t == ref || !t.facts().parses()) {
                    continue;
                }
                Set<String> expected = names(ref, i);
                Set<String> actual = names(t, i);
                if (!expected.equals(actual)) {
                    Set<String> missing = new TreeSet<>(expected);
                    missing.removeAll(actual);
                    Set<String> extra = new TreeSet<>(actual);
                    extra.removeAll(expected);
                    out.add(t.at(Rule.ARGUMENT_MISMATCH, i).arg("reference", Locales.display(ref.locale()))
                            .arg("missing", missing.isEmpty() ? "-" : String.join(", ", missing))
                            .arg("extra", extra.isEmpty() ? "-" : String.join(", ", extra)).build());
                    continue;
                }
                List<String> differ = new ArrayList<>();
                for (String name : expected) {
                    Set<String> a = signatures(ref, i, name);
                    Set<String> b = signatures(t, i, name);
                    if (!a.equals(b)) {
                        differ.add(name + ": " + String.join("/", b) + " \u2260 " + String.join("/", a));
                    }
                }
                if (!differ.isEmpty()) {
                    out.add(t.at(Rule.ARGUMENT_TYPE_MISMATCH, i).arg("reference", Locales.display(ref.locale()))
                            .arg("types", String.join("; ", differ)).build());
                }
            }
        }

        /** Names of well-typed uses only: unknown and ill-typed arguments have their own rules. */
        private static Set<String> names(Translation t, KeyInfo i) {
            Set<String> out = new TreeSet<>();
            for (PatternFacts.ArgUse a : t.facts().uses()) {
                if (i.wellTyped(a)) {
                    out.add(a.name());
                }
            }
            return out;
        }

        private static Set<String> signatures(Translation t, KeyInfo i, String name) {
            Set<String> out = new TreeSet<>();
            for (PatternFacts.ArgUse a : t.facts().uses()) {
                if (a.name().equals(name) && i.wellTyped(a)) {
                    out.add(a.signature());
                }
            }
            return out;
        }
    }
}
