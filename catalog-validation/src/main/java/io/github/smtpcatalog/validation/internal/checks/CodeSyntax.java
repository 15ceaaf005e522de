// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.validation.internal.checks;

import io.github.smtpcatalog.validation.internal.Detail;
import io.github.smtpcatalog.validation.internal.EntryUnit;
import io.github.smtpcatalog.validation.internal.KeyInfo;
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
 * An entry's code is valid syntax: RFC 3463 (class 2, 4 or 5; subject and detail 1 to 3 digits without a leading
 * zero) with the catalogue's notations for subjects, classes and provider ranges, or an RFC 5321 basic reply.
 *
 * <p>Rules: {@code code-syntax}.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = CodeSyntax.Check.class)
public @interface CodeSyntax {

    /**
     * The message template: the rule id, localised later by {@code Finding.message(Locale)}.
     *
     * @return the template
     */
    String message() default "code-syntax";

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
    final class Check extends UnitCheck<CodeSyntax, EntryUnit> {
        @Override
        protected void check(EntryUnit u, List<Detail> out) {
            String code = u.entry().code().toString();
            if (!KeyInfo.validCatalogCode(code)) {
                out.add(Detail.of(Rule.CODE_SYNTAX).code(code).build());
            }
        }
    }
}
