// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.validation.internal;

import java.util.List;

/**
 * The reference lists the catalogue must cover, embedded with their provenance so that the validator does not
 * trust the catalogue to describe its own completeness.
 */
public final class ReferenceCodes {

    /**
     * Where {@link #SEED} comes from: the seed document {@code seed/000_6d4675c946d82cb7.txt}, a copy of the
     * Dutch help page ANVA 41323 "Beginnend met 5" ("Let op: Dit zijn algemene SMTP-foutcodes, geen
     * ANVA-foutcodes."). It lists 47 entries; one of them is written "MTP Code 5.7.2" in the copy.
     */
    public static final String SEED_PROVENANCE = "seed 000_6d4675c946d82cb7 (ANVA help page 41323, 47 entries)";

    /** The 47 codes of the seed, in the seed's notation (two of them subject entries). */
    public static final List<String> SEED = List.of(
            "5.0.0", "5.0.1", "5.0.2", "5.0.3", "5.0.4",
            "5.1.x", "5.1.0", "5.1.1", "5.1.2", "5.1.3", "5.1.4", "5.1.5", "5.1.6", "5.1.7",
            "5.2.x", "5.2.1", "5.2.2", "5.2.3", "5.2.4",
            "5.3.0", "5.3.1", "5.3.2", "5.3.3", "5.3.4", "5.3.5",
            "5.4.0", "5.4.1", "5.4.2", "5.4.3", "5.4.4", "5.4.6", "5.4.7", "5.4.8",
            "5.5.0", "5.5.1", "5.5.2", "5.5.3", "5.5.4", "5.5.5",
            "5.6.3",
            "5.7.1", "5.7.2", "5.7.3", "5.7.4", "5.7.5", "5.7.6", "5.7.7");

    /**
     * Where {@link #IANA} comes from: the IANA "Simple Mail Transfer Protocol (SMTP) Enhanced Status Codes"
     * registry, sub-registry 3 "Enumerated Status Codes", updated 2024-12-06
     * (https://www.iana.org/assignments/smtp-enhanced-status-codes/), 81 codes X.0.0 to X.7.30.
     */
    public static final String IANA_PROVENANCE = "IANA SMTP Enhanced Status Codes registry, updated 2024-12-06 "
            + "(81 enumerated codes)";

    /** The 81 enumerated codes of the IANA registry, as {@code X.subject.detail}. */
    public static final List<String> IANA = List.of(
            "X.0.0",
            "X.1.0", "X.1.1", "X.1.2", "X.1.3", "X.1.4", "X.1.5", "X.1.6", "X.1.7", "X.1.8", "X.1.9", "X.1.10",
            "X.2.0", "X.2.1", "X.2.2", "X.2.3", "X.2.4",
            "X.3.0", "X.3.1", "X.3.2", "X.3.3", "X.3.4", "X.3.5", "X.3.6",
            "X.4.0", "X.4.1", "X.4.2", "X.4.3", "X.4.4", "X.4.5", "X.4.6", "X.4.7",
            "X.5.0", "X.5.1", "X.5.2", "X.5.3", "X.5.4", "X.5.5", "X.5.6",
            "X.6.0", "X.6.1", "X.6.2", "X.6.3", "X.6.4", "X.6.5", "X.6.6", "X.6.7", "X.6.8", "X.6.9", "X.6.10",
            "X.7.0", "X.7.1", "X.7.2", "X.7.3", "X.7.4", "X.7.5", "X.7.6", "X.7.7", "X.7.8", "X.7.9", "X.7.10",
            "X.7.11", "X.7.12", "X.7.13", "X.7.14", "X.7.15", "X.7.16", "X.7.17", "X.7.18", "X.7.19", "X.7.20",
            "X.7.21", "X.7.22", "X.7.23", "X.7.24", "X.7.25", "X.7.26", "X.7.27", "X.7.28", "X.7.29", "X.7.30");

    /**
     * The labels the library, the CLI and the generated documentation read from the {@code labels} bundle.
     * The per-level and per-origin labels are added from the enums.
     */
    public static final List<String> LABELS = List.of("label.code", "label.title", "label.message",
            "label.causes", "label.customerActions", "label.adminActions", "label.reading", "label.source",
            "label.retryable", "label.notRetryable", "label.departs", "label.codesDisagree", "label.recipient");

    /**
     * The syntax of an enhanced status code (RFC 3463 section 2): class 2, 4 or 5; subject and detail 1 to 3
     * digits without a leading zero.
     */
    public static final String ENHANCED_CODE_SYNTAX = "[245]\\.(0|[1-9][0-9]{0,2})\\.(0|[1-9][0-9]{0,2})";

    private ReferenceCodes() {
    }
}
