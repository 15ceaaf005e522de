// SPDX-License-Identifier: Apache-2.0
/**
 * The implementation of the {@code catalog} command: input interpretation, output formats, the documentation
 * generator and the seam for bounce messages. Not exported.
 */
package io.github.smtpcatalog.cli.internal;
