// SPDX-License-Identifier: Apache-2.0
/**
 * The custom constraint annotations of the validation model, each with its {@code ConstraintValidator}. Not part
 * of the API; not exported, opened to Hibernate Validator only.
 */
package io.github.smtpcatalog.validation.internal.checks;
