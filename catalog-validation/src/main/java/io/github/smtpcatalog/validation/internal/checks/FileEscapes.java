// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.validation.internal.checks;

import io.github.smtpcatalog.i18n.BundleProblem;
import io.github.smtpcatalog.validation.internal.Detail;
import io.github.smtpcatalog.validation.internal.FileUnit;
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
 * No unknown escape on a line that holds no key.
 *
 * <p>Rules: {@code unknown-escape}.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = FileEscapes.Check.class)
public @interface FileEscapes {

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
    final class Check extends UnitCheck<FileEscapes, FileUnit> {
        @Override
        protected void check(FileUnit u, List<Detail> out) {
            for (BundleProblem p : u.keylessProblems()) {
                if (p.kind() == BundleProblem.Kind.UNKNOWN_ESCAPE) {
                    out.add(Detail.of(Rule.UNKNOWN_ESCAPE).file(u.file()).line(p.line())
                            .arg("escape", escape(p.message())).arg("locale", "").build());
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
