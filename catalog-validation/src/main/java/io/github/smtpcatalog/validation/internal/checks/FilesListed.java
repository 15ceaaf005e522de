// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.validation.internal.checks;

import io.github.smtpcatalog.validation.internal.BundleListUnit;
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
import java.util.List;

/**
 * When the folder has a list file ({@code bundles.list}), every bundle file is in it: the shipped texts are
 * loaded through the list, so an unlisted file would silently not ship.
 *
 * <p>Rules: {@code unlisted-file}.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = FilesListed.Check.class)
public @interface FilesListed {

    /**
     * The message template: the rule id, localised later by {@code Finding.message(Locale)}.
     *
     * @return the template
     */
    String message() default "unlisted-file";

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
    final class Check extends UnitCheck<FilesListed, BundleListUnit> {
        @Override
        protected void check(BundleListUnit u, List<Detail> out) {
            if (u.listed() == null) {
                return;
            }
            for (String name : u.fileNames()) {
                if (!u.listed().contains(name)) {
                    out.add(Detail.of(Rule.UNLISTED_FILE).file(name).arg("listFile", u.listFile()).build());
                }
            }
        }
    }
}
