// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.validation.internal;

import jakarta.validation.GroupSequence;

/**
 * The validation groups, in the order of {@link Ordered}. Hibernate Validator stops a unit's validation at the
 * first group that has violations, so a follow-up check never runs on a unit that already failed a more basic
 * one: argument parity is not compared for a pattern that does not parse, a missing translation is not also
 * reported as a copy of English, and a key that belongs to no entry gets no style advice.
 */
public final class Groups {

    private Groups() {
    }

    /** Files readable, keys known and present, values non-empty, patterns parse. Errors only. */
    public interface Structure {
    }

    /** Arguments, plural forms, white space, reply classes, provenance. Errors only. */
    public interface Content {
    }

    /** Every pattern formats with sample arguments. Errors only. */
    public interface Rendering {
    }

    /** House style and information: warnings and info only, so they never hide an error. */
    public interface Style {
    }

    /** The order in which the groups are validated. */
    @GroupSequence({Structure.class, Content.class, Rendering.class, Style.class})
    public interface Ordered {
    }
}
