// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.validation.internal.checks;

import io.github.smtpcatalog.validation.internal.Detail;
import io.github.smtpcatalog.validation.internal.KeyInfo;
import io.github.smtpcatalog.validation.internal.KeyUnit;
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

/**
 * A key belongs to a text the library reads: a field of a text id the catalogue uses, the notice or a label. A
 * key whose text id names a code the catalogue lacks, or a code in bad RFC 3463 syntax, is reported as such.
 *
 * <p>Rules: {@code orphan-key}, {@code unknown-code}, {@code code-syntax}.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = KnownKey.Check.class)
public @interface KnownKey {

    /**
     * The message template: the rule id, localised later by {@code Finding.message(Locale)}.
     *
     * @return the template
     */
    String message() default "orphan-key";

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
    final class Check extends UnitCheck<KnownKey, KeyUnit> {
        @Override
        protected void check(KeyUnit u, List<Detail> out) {
            KeyInfo i = u.info();
            Rule rule;
            switch (i.kind()) {
                case ORPHAN:
                    rule = Rule.ORPHAN_KEY;
                    break;
                case UNKNOWN_CODE:
                    rule = Rule.UNKNOWN_CODE;
                    break;
                case BAD_CODE:
                    rule = Rule.CODE_SYNTAX;
                    break;
                default:
                    return;
            }
            for (Translation t : u.translations().values()) {
                out.add(t.at(rule, i).build());
            }
        }
    }
}
