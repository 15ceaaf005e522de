// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.validation.internal.checks;

import io.github.smtpcatalog.validation.internal.BundleSetUnit;
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
 * The bundle folder (and its list file, when there is one) can be read and holds at least one bundle file.
 *
 * <p>Rules: {@code file-unreadable}, {@code no-bundles}.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = FolderReadable.Check.class)
public @interface FolderReadable {

    /**
     * The message template: the rule id, localised later by {@code Finding.message(Locale)}.
     *
     * @return the template
     */
    String message() default "file-unreadable";

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
    final class Check extends UnitCheck<FolderReadable, BundleSetUnit> {
        @Override
        protected void check(BundleSetUnit u, List<Detail> out) {
            if (u.unreadable() != null) {
                out.add(Detail.of(Rule.FILE_UNREADABLE).file(u.source()).arg("reason", u.unreadable()).build());
                return;
            }
            if (u.listUnreadable() != null) {
                out.add(Detail.of(Rule.FILE_UNREADABLE).file(u.listFile()).arg("reason", u.listUnreadable()).build());
            }
            if (u.fileNames().isEmpty()) {
                out.add(Detail.of(Rule.NO_BUNDLES).file(u.source()).build());
            }
        }
    }
}
