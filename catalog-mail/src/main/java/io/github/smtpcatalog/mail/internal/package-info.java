// SPDX-License-Identifier: Apache-2.0
/** Implementation detail of catalog-mail; not exported by the module, not API. */
package io.github.smtpcatalog.mail.internal;
