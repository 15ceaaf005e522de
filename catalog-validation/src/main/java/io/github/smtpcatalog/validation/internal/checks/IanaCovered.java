// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.validation.internal.checks;

import io.github.smtpcatalog.core.CatalogCode;
import io.github.smtpcatalog.core.Origin;
import io.github.smtpcatalog.core.StatusClass;
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
import java.util.Optional;

/**
 * Every one of the IANA registry's 81 enumerated codes has a STANDARD reading in at least one class ({@link
 * io.github.smtpcatalog.validation.internal.ReferenceCodes#IANA}).
 *
 * <p>Rules: {@code iana-missing}.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = IanaCovered.Check.class)
public @interface IanaCovered {

    /**
     * The message template: the rule id, localised later by {@code Finding.message(Locale)}.
     *
     * @return the template
     */
    String message() default "iana-missing";

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
    final class Check extends UnitCheck<IanaCovered, CatalogueUnit> {
        @Override
        protected void check(CatalogueUnit u, List<Detail> out) {
            for (String code : ReferenceCodes.IANA) {
                boolean found = false;
                for (StatusClass c : StatusClass.values()) {
                    Optional<CatalogCode> cc = CatalogCode.tryParse(c.code() + code.substring(1));
                    found |= cc.isPresent() && u.index().has(cc.get(), Origin.STANDARD);
                }
                if (!found) {
                    out.add(Detail.of(Rule.IANA_MISSING).code(code).arg("source", ReferenceCodes.IANA_PROVENANCE)
                            .build());
                }
            }
        }
    }
}
