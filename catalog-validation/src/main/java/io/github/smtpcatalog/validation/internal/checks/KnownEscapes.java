// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.validation.internal.checks;

import io.github.smtpcatalog.i18n.BundleProblem;
import io.github.smtpcatalog.validation.internal.Detail;
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
 * No escape that properties files do not define (such as {@code \\q}); the reader drops the backslash.
 *
 * <p>Rules: {@code unknown-escape}.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = KnownEscapes.Check.class)
public @interface KnownEscapes {

    /**
     * The message template: the rule id, localised later by {@code Finding.message(Locale)}.
     *
     * @return the template
     */
    String message() default "unknown-escape";

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
    final class Check extends UnitCheck<KnownEscapes, KeyUnit> {
        @Override
        protected void check(KeyUnit u, List<Detail> out) {
            for (Translation t : u.translations().values()) {
                for (BundleProblem p : t.problems()) {
                    if (p.kind() == BundleProblem.Kind.UNKNOWN_ESCAPE) {
                        out.add(t.at(Rule.UNKNOWN_ESCAPE, u.info()).line(p.line())
                                .arg("escape", escape(p.message())).build());
                    }
                }
            }
        }

        private static final java.util.regex.Pattern ESCAPE = java.util.regex.Pattern.compile("\\\\(.)");

        /** The escape from the reader's message ("unknown escape \\q; ..."), for the message argument. */
        private static String escape(String message) {
            java.util.regex.Matcher m = ESCAPE.matcher(message);
            return m.find() ? "\\" + m.group(1) : "";
        }
    }
}
