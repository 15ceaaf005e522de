// SPDX-License-Identifier: Apache-2.0
/** Implementation detail of catalog-core; not exported by the module, not API. */
package io.github.smtpcatalog.core.internal;
