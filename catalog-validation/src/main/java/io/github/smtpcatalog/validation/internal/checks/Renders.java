// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.validation.internal.checks;

import io.github.smtpcatalog.validation.internal.Detail;
import io.github.smtpcatalog.validation.internal.KeyUnit;
import io.github.smtpcatalog.validation.internal.Locales;
import io.github.smtpcatalog.validation.internal.Rule;
import io.github.smtpcatalog.validation.internal.Samples;
import io.github.smtpcatalog.validation.internal.Translation;
import io.github.smtpcatalog.validation.internal.UnitCheck;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Smoke test: every pattern formats with the arguments the library passes, for every reading that uses the
 * text (each reading gets only its own numeric parameters), once with the text arguments absent ({@code none}) and
 * once present, without an exception and without a leftover brace. One finding per key, naming the locales that
 * fail.
 *
 * <p>Rules: {@code render-failure}.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = Renders.Check.class)
public @interface Renders {

    /**
     * The message template: the rule id, localised later by {@code Finding.message(Locale)}.
     *
     * @return the template
     */
    String message() default "render-failure";

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
    final class Check extends UnitCheck<Renders, KeyUnit> {
        @Override
        protected void check(KeyUnit u, List<Detail> out) {
            Translation first = null;
            String[] firstProblem = null;
            Set<String> locales = new LinkedHashSet<>();
            for (Translation t : u.translations().values()) {
                if (!t.facts().parses()) {
                    continue;
                }
                for (Map<String, Object> args : Samples.argumentSets(u.info())) {
                    String[] problem;
                    try {
                        String s = Samples.format(t.value(), t.locale(), args);
                        problem = s.indexOf('{') >= 0 || s.indexOf('}') >= 0 ? new String[] {"brace", s} : null;
                    } catch (RuntimeException e) {
                        problem = new String[] {"error", String.valueOf(e.getMessage())};
                    }
                    if (problem != null) {
                        locales.add(Locales.display(t.locale()));
                        if (first == null) {
                            first = t;
                            firstProblem = problem;
                        }
                        break;
                    }
                }
            }
            if (first != null) {
                out.add(first.at(Rule.RENDER_FAILURE, u.info()).arg("locale", String.join(", ", locales))
                        .arg("kind", firstProblem[0]).arg("detail", firstProblem[1]).build());
            }
        }
    }
}
