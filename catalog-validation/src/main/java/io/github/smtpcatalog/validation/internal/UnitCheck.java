// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * The base of every constraint validator of this module: a class-level check of one validation unit that may
 * find several defects. They travel as one constraint violation whose dynamic payload is the list of
 * {@link Detail}s; the message template is the first rule id (Hibernate Validator returns a template without
 * braces unchanged, so no resource bundle is consulted during validation). Messages are localised later, by
 * {@code Finding.message(Locale)}.
 *
 * <p>Subclasses are stateless, as Hibernate Validator shares validator instances between threads.
 *
 * @param <A> the constraint annotation
 * @param <T> the unit type
 */
public abstract class UnitCheck<A extends Annotation, T> implements ConstraintValidator<A, T> {

    @Override
    public final boolean isValid(T unit, ConstraintValidatorContext context) {
        if (unit == null) {
            return true;
        }
        List<Detail> out = new ArrayList<>();
        check(unit, out);
        if (out.isEmpty()) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        HibernateConstraintValidatorContext h = context.unwrap(HibernateConstraintValidatorContext.class);
        h.withDynamicPayload(new Details(out));
        h.buildConstraintViolationWithTemplate(out.get(0).rule().id()).addConstraintViolation();
        return false;
    }

    /**
     * Checks a unit.
     *
     * @param unit the unit, not null
     * @param out  where to add what was found
     */
    protected abstract void check(T unit, List<Detail> out);
}
