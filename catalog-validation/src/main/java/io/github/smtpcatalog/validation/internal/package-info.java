// SPDX-License-Identifier: Apache-2.0
/**
 * Implementation of the validation: the rules, the validation model (units built from the catalogue and the
 * bundles) and the engine. Not part of the API; not exported.
 */
package io.github.smtpcatalog.validation.internal;
