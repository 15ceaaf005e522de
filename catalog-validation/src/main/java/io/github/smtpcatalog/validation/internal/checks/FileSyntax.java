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
 * The strict reader found no error on a line that holds no key (a comment in Latin-1, a line without a key).
 *
 * <p>Rules: {@code file-encoding}, {@code malformed-line}, {@code bad-unicode-escape}, {@code duplicate-key}.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = FileSyntax.Check.class)
public @interface FileSyntax {

    /**
     * The message template: the rule id, localised later by {@code Finding.message(Locale)}.
     *
     * @return the template
     */
    String message() default "file-encoding";

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
    final class Check extends UnitCheck<FileSyntax, FileUnit> {
        @Override
        protected void check(FileUnit u, List<Detail> out) {
            for (BundleProblem p : u.keylessProblems()) {
                Rule rule;
                switch (p.kind()) {
                    case MALFORMED_UTF8:
                        rule = Rule.FILE_ENCODING;
                        break;
                    case MALFORMED_LINE:
                        rule = Rule.MALFORMED_LINE;
                        break;
                    case BAD_UNICODE_ESCAPE:
                        rule = Rule.BAD_UNICODE_ESCAPE;
                        break;
                    case DUPLICATE_KEY:
                        rule = Rule.DUPLICATE_KEY;
                        break;
                    default:
                        continue;
                }
                out.add(Detail.of(rule).file(u.file()).line(p.line()).key(p.key().orElse(null))
                        .arg("reason", p.message()).arg("firstFile", u.file()).arg("firstLine", "0").arg("locale", "")
                        .build());
            }
        }
    }
}
