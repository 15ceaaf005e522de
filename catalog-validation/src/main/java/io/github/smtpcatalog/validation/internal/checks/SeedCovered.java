// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.validation.internal.checks;

import io.github.smtpcatalog.core.CatalogCode;
import io.github.smtpcatalog.core.Origin;
import io.github.smtpcatalog.validation.internal.CatalogueUnit;
import io.github.smtpcatalog.validation.internal.Detail;
import io.github.smtpcatalog.validation.internal.ReferenceCodes;
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

/**
 * Every one of the seed's 47 codes has an entry with a SEED reading ({@link
 * io.github.smtpcatalog.validation.internal.ReferenceCodes#SEED}).
 *
 * <p>Rules: {@code seed-missing}.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = SeedCovered.Check.class)
public @interface SeedCovered {

    /**
     * The message template: the rule id, localised later by {@code Finding.message(Locale)}.
     *
     * @return the template
     */
    String message() default "seed-missing";

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
    final class Check extends UnitCheck<SeedCovered, CatalogueUnit> {
        @Override
        protected void check(CatalogueUnit u, List<Detail> out) {
            for (String code : ReferenceCodes.SEED) {
                CatalogCode cc = CatalogCode.parse(code);
                if (u.index().has(cc, Origin.SEED)) {
                    continue;
                }
                out.add(Detail.of(Rule.SEED_MISSING).code(code).arg("state", u.index().has(cc) ? "reading" : "entry")
                        .arg("source", ReferenceCodes.SEED_PROVENANCE).build());
            }
        }
    }
}
