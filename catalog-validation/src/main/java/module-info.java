// SPDX-License-Identifier: Apache-2.0
/**
 * Completeness and consistency checks of the SMTP status catalogue and its texts, usable on a consumer's own
 * bundles. Jakarta Bean Validation with Hibernate Validator, without Expression Language.
 */
module io.github.smtpcatalog.validation {
    requires transitive io.github.smtpcatalog.core; // StatusCatalog in the API
    requires transitive io.github.smtpcatalog.i18n; // BundleFile in the API; the strict reader and shipped texts
    requires com.ibm.icu;                            // MessagePattern, PluralRules, ULocale
    requires jakarta.validation;                     // the constraint model
    requires org.hibernate.validator;                // ParameterMessageInterpolator, dynamic payloads

    exports io.github.smtpcatalog.validation;

    // Hibernate Validator reads the constraint annotations of the model and instantiates the validators.
    opens io.github.smtpcatalog.validation.internal to org.hibernate.validator;
    opens io.github.smtpcatalog.validation.internal.checks to org.hibernate.validator;
}
