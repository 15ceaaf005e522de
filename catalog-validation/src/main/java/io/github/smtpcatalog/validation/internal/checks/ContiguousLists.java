// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.validation.internal.checks;

import io.github.smtpcatalog.validation.internal.Detail;
import io.github.smtpcatalog.validation.internal.KeyInfo;
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
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The numbered lists of a text id (causes, customer actions, administrator actions) have no gap: the library
 * stops reading at the first missing number, so an item after a gap is never shown.
 *
 * <p>Rules: {@code list-gap}.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ContiguousLists.Check.class)
public @interface ContiguousLists {

    /**
     * The message template: the rule id, localised later by {@code Finding.message(Locale)}.
     *
     * @return the template
     */
    String message() default "list-gap";

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
    final class Check extends UnitCheck<ContiguousLists, TextIdUnit> {
        @Override
        protected void check(TextIdUnit u, List<Detail> out) {
            Set<String> all = new HashSet<>();
            u.keysByLocale().values().forEach(all::addAll);
            for (String field : List.of("cause", "customerAction", "adminAction")) {
                for (int n = 2; n <= KeyInfo.MAX_READ_INDEX; n++) {
                    String key = u.textId() + "." + field + "." + n;
                    String before = u.textId() + "." + field + "." + (n - 1);
                    if (!all.contains(key) || all.contains(before) || (n == 2 && u.mandatoryLists().contains(field))) {
                        continue;
                    }
                    TextIdUnit.Location at = u.locations().get(key);
                    out.add(Detail.of(Rule.LIST_GAP).file(at == null ? null : at.file())
                            .line(at == null ? 0 : at.line()).key(key)
                            .code(u.codes().isEmpty() ? null : u.codes().get(0)).arg("missing", before).build());
                }
            }
        }
    }
}
