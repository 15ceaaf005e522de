// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.validation.internal;

import java.util.List;

/**
 * The findings of one constraint validator call: the dynamic payload of its constraint violation
 * ({@code HibernateConstraintViolation.getDynamicPayload(Details.class)}).
 *
 * @param list the details, at least one
 */
public record Details(List<Detail> list) {

    /**
     * Creates the payload; the list is copied.
     */
    public Details {
        list = List.copyOf(list);
    }
}
