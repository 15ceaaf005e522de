// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.validation.internal.checks;

import io.github.smtpcatalog.i18n.BundleProblem;
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
 * The strict reader found no error on the key's line: the bytes are UTF-8, every unicode escape is complete, and
 * the key is defined once per locale (in one file, or across the files of a locale).
 *
 * <p>Rules: {@code file-encoding}, {@code bad-unicode-escape}, {@code duplicate-key}.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = CleanLines.Check.class)
public @interface CleanLines {

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
    final class Check extends UnitCheck<CleanLines, KeyUnit> {
        @Override
        protected void check(KeyUnit u, List<Detail> out) {
            KeyInfo i = u.info();
            for (Translation t : u.translations().values()) {
                for (BundleProblem p : t.problems()) {
                    if (p.kind() == BundleProblem.Kind.MALFORMED_UTF8) {
                        out.add(t.at(Rule.FILE_ENCODING, i).line(p.line()).build());
                    } else if (p.kind() == BundleProblem.Kind.BAD_UNICODE_ESCAPE) {
                        out.add(t.at(Rule.BAD_UNICODE_ESCAPE, i).line(p.line()).build());
                    }
                }
            }
            for (KeyUnit.Duplicate d : u.duplicates()) {
                out.add(Detail.of(Rule.DUPLICATE_KEY).file(d.file()).line(d.line()).key(i.key()).code(i.firstCode())
                        .arg("firstFile", d.firstFile()).arg("firstLine", String.valueOf(d.firstLine())).build());
            }
        }
    }
}
