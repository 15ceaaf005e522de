// SPDX-License-Identifier: Apache-2.0
/**
 * The SMTP status code model, catalogue and reply parsing. No dependency beyond java.base.
 */
module io.github.smtpcatalog.core {
    exports io.github.smtpcatalog.core;
}
