// SPDX-License-Identifier: Apache-2.0
/** Implementation detail of catalog-i18n; not exported by the module, not API. */
package io.github.smtpcatalog.i18n.internal;
