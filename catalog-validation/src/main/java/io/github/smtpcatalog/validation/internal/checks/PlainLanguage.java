// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.validation.internal.checks;

import io.github.smtpcatalog.validation.internal.Detail;
import io.github.smtpcatalog.validation.internal.KeyInfo;
import io.github.smtpcatalog.validation.internal.KeyUnit;
import io.github.smtpcatalog.validation.internal.Locales;
import io.github.smtpcatalog.validation.internal.Rule;
import io.github.smtpcatalog.validation.internal.Samples;
import io.github.smtpcatalog.validation.internal.TextAnalysis;
import io.github.smtpcatalog.validation.internal.Translation;
import io.github.smtpcatalog.validation.internal.UnitCheck;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the customer reads (the {@code customer} field, a class {@code lead}, the causes and the customer's actions)
 * has no sentence over 15 words; the customer text and the leads also have no jargon such as relay, MX, DNS or
 * SMTP (a cause may name a technique beside its plain description). Checked with the arguments absent and present.
 *
 * <p>Rules: {@code long-sentence}, {@code jargon}.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PlainLanguage.Check.class)
public @interface PlainLanguage {

    /**
     * The message template: the rule id, localised later by {@code Finding.message(Locale)}.
     *
     * @return the template
     */
    String message() default "long-sentence";

    /**
     * The groups.
     *
     * @return the groups
     */
    Class<?>[] groups() default {};

    /**
     * The payload.
     *
     * @return the payload
     */
    Class<? extends Payload>[] payload() default {};

    /** The validator. */
    final class Check extends UnitCheck<PlainLanguage, KeyUnit> {
        @Override
        protected void check(KeyUnit u, List<Detail> out) {
            KeyInfo i = u.info();
            if (!i.isReadByCustomer()) {
                return;
            }
            boolean checkJargon = i.isCustomerProse();
            for (Translation t : u.translations().values()) {
                if (!t.facts().parses()) {
                    continue;
                }
                int longest = 0;
                Set<String> jargon = new LinkedHashSet<>();
                for (Map<String, Object> args : Samples.argumentSets(i)) {
                    String s;
                    try {
                        s = Samples.format(t.value(), t.locale(), args);
                    } catch (RuntimeException e) {
                        continue;
                    }
                    longest = Math.max(longest, TextAnalysis.longestSentence(s));
                    if (checkJargon) {
                        jargon.addAll(TextAnalysis.jargon(s, Locales.language(t.locale())));
                    }
                }
                if (longest > TextAnalysis.MAX_SENTENCE_WORDS) {
                    out.add(t.at(Rule.LONG_SENTENCE, i).arg("words", longest)
                            .arg("limit", TextAnalysis.MAX_SENTENCE_WORDS).build());
                }
                if (!jargon.isEmpty()) {
                    out.add(t.at(Rule.JARGON, i).arg("words", String.join(", ", jargon)).build());
                }
            }
        }
    }
}
