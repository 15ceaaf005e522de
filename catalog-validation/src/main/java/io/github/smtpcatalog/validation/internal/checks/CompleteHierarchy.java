// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.validation.internal.checks;

import io.github.smtpcatalog.core.CatalogCode;
import io.github.smtpcatalog.core.CatalogEntry;
import io.github.smtpcatalog.core.Level;
import io.github.smtpcatalog.core.StatusClass;
import io.github.smtpcatalog.validation.internal.CatalogueUnit;
import io.github.smtpcatalog.validation.internal.Detail;
import io.github.smtpcatalog.validation.internal.Rule;
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
import java.util.Map;
import java.util.TreeMap;

/**
 * Every detail code has its subject entry ({@code 5.1.x}) and class entry ({@code 5.x.x}), every subject its class
 * entry, so that lookup falls back detail, subject, class. One finding per missing entry, naming the codes that
 * need it.
 *
 * <p>Rules: {@code hierarchy}.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = CompleteHierarchy.Check.class)
public @interface CompleteHierarchy {

    /**
     * The message template: the rule id, localised later by {@code Finding.message(Locale)}.
     *
     * @return the template
     */
    String message() default "hierarchy";

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
    final class Check extends UnitCheck<CompleteHierarchy, CatalogueUnit> {
        @Override
        protected void check(CatalogueUnit u, List<Detail> out) {
            Map<CatalogCode, List<String>> missing = new TreeMap<>();
            for (CatalogEntry e : u.index().catalog().entries()) {
                CatalogCode c = e.code();
                if (e.level() == Level.REPLY || e.level() == Level.CLASS) {
                    continue;
                }
                StatusClass cls = c.statusClass().orElseThrow();
                List<CatalogCode> needed = new ArrayList<>();
                needed.add(CatalogCode.ofClass(cls));
                if (e.level() == Level.DETAIL) {
                    needed.add(CatalogCode.ofSubject(cls, c.subject().orElseThrow()));
                }
                for (CatalogCode n : needed) {
                    if (!u.index().has(n)) {
                        missing.computeIfAbsent(n, k -> new ArrayList<>()).add(c.toString());
                    }
                }
            }
            missing.forEach((code, dependents) -> out.add(Detail.of(Rule.HIERARCHY).code(code.toString())
                    .arg("count", dependents.size())
                    .arg("dependents", String.join(", ", dependents.subList(0, Math.min(5, dependents.size()))))
                    .build()));
        }
    }
}
