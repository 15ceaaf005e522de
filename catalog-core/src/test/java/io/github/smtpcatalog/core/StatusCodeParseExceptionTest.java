// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.smtpcatalog.core.StatusCodeParseException.Reason;
import org.junit.jupiter.api.Test;

class StatusCodeParseExceptionTest {

    @Test
    void messageNamesWhatTheInputAndTheReason() {
        StatusCodeParseException e = new StatusCodeParseException("enhanced status code", "5.01.1", Reason.LEADING_ZERO);
        assertThat(e).hasMessage("Invalid enhanced status code \"5.01.1\": a number has a leading zero");
        assertThat(e.reason()).isEqualTo(Reason.LEADING_ZERO);
        assertThat(e.input()).isEqualTo("5.01.1");
        assertThat(e).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nullInput() {
        StatusCodeParseException e = new StatusCodeParseException("SMTP reply", null, Reason.NULL);
        assertThat(e).hasMessage("Invalid SMTP reply: the input is null");
        assertThat(e.input()).isNull();
    }

    @Test
    void longInputIsShortenedAndControlCharactersEscaped() {
        String input = "\u0000\u001b[31m" + "x".repeat(100);
        StatusCodeParseException e = new StatusCodeParseException("SMTP reply", input, Reason.NO_CODE);
        assertThat(e.input()).startsWith("\\u0000\\u001b[31m").endsWith("... (106 characters)");
        assertThat(e.getMessage()).doesNotContain("\u0000").doesNotContain("\u001b");
    }

    /** Up to 40 characters are echoed whole; from 41 on, the first 40 and the length. */
    @Test
    void inputIsShortenedOnlyPastFortyCharacters() {
        String forty = "x".repeat(40);
        assertThat(new StatusCodeParseException("SMTP reply", forty, Reason.NO_CODE).input()).isEqualTo(forty);
        assertThat(new StatusCodeParseException("SMTP reply", forty + "y", Reason.NO_CODE).input())
                .isEqualTo(forty + "... (41 characters)");
    }

    @Test
    void reasonIsRequired() {
        assertThatThrownBy(() -> new StatusCodeParseException("x", "y", null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void everyReasonHasADescription() {
        for (Reason r : Reason.values()) {
            assertThat(r.description()).isNotBlank();
        }
    }
}
