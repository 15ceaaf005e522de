// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.validation.internal.checks;

import io.github.smtpcatalog.validation.internal.Detail;
import io.github.smtpcatalog.validation.internal.ReadingUnit;
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
import java.util.Locale;
import java.util.Set;

/**
 * Every reading says where its meaning is documented, not a placeholder such as {@code -}, {@code ?} or
 * {@code TODO}.
 *
 * <p>Rules: {@code provenance-missing}.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ProvenanceGiven.Check.class)
public @interface ProvenanceGiven {

    /**
     * The message template: the rule id, localised later by {@code Finding.message(Locale)}.
     *
     * @return the template
     */
    String message() default "provenance-missing";

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
    final class Check extends UnitCheck<ProvenanceGiven, ReadingUnit> {
        private static final Set<String> PLACEHOLDERS = Set.of("-", "?", "todo", "tbd", "n/a", "none",
                "unknown", "xxx");

        @Override
        protected void check(ReadingUnit u, List<Detail> out) {
            String p = u.reading().provenance() == null ? "" : u.reading().provenance().strip();
            if (p.isEmpty() || PLACEHOLDERS.contains(p.toLowerCase(Locale.ROOT))) {
                out.add(Detail.of(Rule.PROVENANCE_MISSING).code(u.entry().code().toString()).key(u.reading().textId())
                        .arg("origin", u.reading().origin().name()).arg("provenance", p).build());
            }
        }
    }
}
