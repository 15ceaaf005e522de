// SPDX-License-Identifier: Apache-2.0
/**
 * The SMTP status code model and catalogue: {@link io.github.smtpcatalog.core.EnhancedStatusCode},
 * {@link io.github.smtpcatalog.core.ReplyCode}, {@link io.github.smtpcatalog.core.StatusCatalog} with its
 * entries and readings, and the parsing of server replies. Part of the public API.
 *
 * <pre>{@code
 * Resolution r = StatusCatalog.standard().resolve(EnhancedStatusCode.parse("5.1.1"), ReadingPolicy.REFERENCE);
 * }</pre>
 */
package io.github.smtpcatalog.core;
