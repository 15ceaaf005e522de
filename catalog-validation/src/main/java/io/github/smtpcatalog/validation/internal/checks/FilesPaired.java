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
 * Every file of the list file exists, and every bundle base name has a file for every required locale
 * ({@code seed.properties} and {@code seed_nl.properties}). The keys of an absent file are not reported one by
 * one.
 *
 * <p>Rules: {@code missing-file}.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = FilesPaired.Check.class)
public @interface FilesPaired {

    /**
     * The message template: the rule id, localised later by {@code Finding.message(Locale)}.
     *
     * @return the template
     */
    String message() default "missing-file";

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
    final class Check extends UnitCheck<FilesPaired, BundleSetUnit> {
        @Override
        protected void check(BundleSetUnit u, List<Detail> out) {
            u.absentFiles().forEach((file, reason) -> out.add(Detail.of(Rule.MISSING_FILE).file(file)
                    .arg("listed", reason.isEmpty() ? "yes" : "no").arg("locale", reason).arg("listFile", u.listFile())
                    .build()));
        }
    }
}
