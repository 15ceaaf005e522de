// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.MessagePattern.ArgType;
import io.github.smtpcatalog.validation.internal.PatternFacts;
import io.github.smtpcatalog.validation.internal.PatternFacts.ArgUse;
import org.junit.jupiter.api.Test;

/** The recursive walk of ICU message patterns: getArgumentNames() sees only the top level. */
class PatternFactsTest {

    @Test
    void names_includeArgumentsNestedInBranches() {
        PatternFacts f = PatternFacts.of("{count, plural, one {# to {recipient}} other {# to {domain, select, "
                + "none {them} other {{domain}}}}}");
        assertThat(f.parses()).isTrue();
        assertThat(f.names()).containsExactly("count", "domain", "recipient");
        assertThat(f.signatures("domain")).containsExactly("select", "none");
    }

    @Test
    void guarded_onlyInsideTheNonNoneBranchOfItsOwnSelect() {
        PatternFacts f = PatternFacts.of("{recipient, select, none {x {recipient}} other {y {recipient}}} "
                + "{recipient}");
        assertThat(f.uses()).extracting(ArgUse::guarded).containsExactly(false, false, true, false);
        PatternFacts noNone = PatternFacts.of("{recipient, select, other {y {recipient}}}");
        assertThat(noNone.uses()).extracting(ArgUse::guarded).containsExactly(false, false);
    }

    @Test
    void types_andSelectors() {
        PatternFacts f = PatternFacts.of("{n, plural, =0 {none} one {#} other {#}} {m, number} {k}");
        assertThat(f.uses()).extracting(ArgUse::type).containsExactly(ArgType.PLURAL, ArgType.SIMPLE, ArgType.NONE);
        assertThat(f.uses().get(0).selectors()).containsExactly("=0", "one", "other");
        assertThat(f.signatures("m")).containsExactly("number");
    }

    @Test
    void errors_areRecordedNotThrown() {
        assertThat(PatternFacts.of("{a, plural, one {x}}").missingOther()).isTrue();
        assertThat(PatternFacts.of("{a, plural, one {x}}").parses()).isFalse();
        assertThat(PatternFacts.of("{unclosed").error()).isPresent();
        assertThat(PatternFacts.of("{n, foo}").error()).hasValueSatisfying(e -> assertThat(e).contains("foo"));
        assertThat(PatternFacts.of("{n, number, ::scale/abc}").parses()).isFalse();
    }

    @Test
    void numberedArguments_areMarked() {
        assertThat(PatternFacts.of("a {0} b").uses()).singleElement().satisfies(u -> {
            assertThat(u.numbered()).isTrue();
            assertThat(u.name()).isEqualTo("0");
        });
    }
}
