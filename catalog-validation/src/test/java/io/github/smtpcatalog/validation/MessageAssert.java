// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smtpcatalog.validation.internal.Messages;
import io.github.smtpcatalog.validation.internal.PatternFacts;
import java.util.Locale;

/** Checks that a finding's message was formatted: no placeholder of its own pattern is left in it. */
final class MessageAssert {

    private MessageAssert() {
    }

    static void formatted(Finding f) {
        for (String tag : new String[] {"en", "nl"}) {
            String message = f.message(Locale.forLanguageTag(tag));
            assertThat(message).as("message of %s in %s", f.ruleId(), tag).isNotBlank()
                    .doesNotStartWith(f.ruleId() + " {");
            String pattern = Messages.bundles().get(tag.equals("en") ? "" : tag).values().get(f.ruleId());
            for (String name : PatternFacts.of(pattern).names()) {
                assertThat(message).as("message of %s in %s", f.ruleId(), tag).doesNotContain("{" + name + "}");
            }
        }
    }
}
