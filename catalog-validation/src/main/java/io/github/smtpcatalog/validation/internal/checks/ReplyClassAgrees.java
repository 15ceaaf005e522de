// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.validation.internal.checks;

import io.github.smtpcatalog.core.Level;
import io.github.smtpcatalog.core.ReplyCode;
import io.github.smtpcatalog.core.StatusClass;
import io.github.smtpcatalog.validation.internal.Detail;
import io.github.smtpcatalog.validation.internal.ReadingUnit;
import io.github.smtpcatalog.validation.internal.Rule;
import io.github.smtpcatalog.validation.internal.UnitCheck;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The basic reply codes of a reading belong to the entry's class: a 5.x.x code comes with 5xx replies.
 *
 * <p>Rules: {@code reply-class}.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ReplyClassAgrees.Check.class)
public @interface ReplyClassAgrees {

    /**
     * The message template: the rule id, localised later by {@code Finding.message(Locale)}.
     *
     * @return the template
     */
    String message() default "reply-class";

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
    final class Check extends UnitCheck<ReplyClassAgrees, ReadingUnit> {
        @Override
        protected void check(ReadingUnit u, List<Detail> out) {
            if (u.entry().level() == Level.REPLY) {
                return;
            }
            Optional<StatusClass> cls = u.entry().code().statusClass();
            List<String> wrong = new ArrayList<>();
            for (ReplyCode r : u.reading().replyCodes()) {
                if (!r.statusClass().equals(cls)) {
                    wrong.add(r.toString());
                }
            }
            if (!wrong.isEmpty()) {
                out.add(Detail.of(Rule.REPLY_CLASS).code(u.entry().code().toString()).key(u.reading().textId())
                        .arg("origin", u.reading().origin().name()).arg("replies", String.join(", ", wrong))
                        .arg("class", cls.map(c -> c.code()).orElse(0)).build());
            }
        }
    }
}
