// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.validation.internal;

import io.github.smtpcatalog.core.StatusCatalog;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Runs Hibernate Validator over the units of a catalogue and its bundles, unit by unit with the group sequence
 * {@link Groups.Ordered}, and collects what the constraint validators found. Nothing escapes as an exception:
 * a failure of the validator itself becomes an {@link Rule#INTERNAL_ERROR} finding.
 *
 * <p>No Expression Language is needed: the factory uses {@link ParameterMessageInterpolator}, and every message
 * template is a plain rule id.
 */
public final class Engine {

    private Engine() {
    }

    private static final class Holder {
        static final Validator VALIDATOR = Validation.byProvider(HibernateValidator.class)
                .configure()
                .messageInterpolator(new ParameterMessageInterpolator(Set.of(Locale.ENGLISH), Locale.ENGLISH, false))
                .buildValidatorFactory()
                .getValidator();
    }

    /**
     * Validates a catalogue and a set of bundle files.
     *
     * @param catalog the catalogue
     * @param source  the bundle files
     * @return what was found, unsorted
     */
    public static List<Detail> validate(StatusCatalog catalog, BundleSource source) {
        List<Detail> out = new ArrayList<>();
        List<Object> units;
        try {
            units = ModelBuilder.build(catalog, source);
        } catch (RuntimeException e) {
            out.add(internalError("model", e));
            return out;
        }
        Validator validator = Holder.VALIDATOR;
        for (Object unit : units) {
            try {
                for (ConstraintViolation<Object> v : validator.validate(unit, Groups.Ordered.class)) {
                    @SuppressWarnings("unchecked")
                    HibernateConstraintViolation<Object> h = v.unwrap(HibernateConstraintViolation.class);
                    Details d = h.getDynamicPayload(Details.class);
                    if (d != null) {
                        out.addAll(d.list());
                    }
                }
            } catch (RuntimeException e) {
                out.add(internalError(unit.getClass().getSimpleName(), e));
            }
        }
        return out;
    }

    private static Detail internalError(String where, RuntimeException e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return Detail.of(Rule.INTERNAL_ERROR).arg("where", where).arg("error", String.valueOf(root)).build();
    }
}
