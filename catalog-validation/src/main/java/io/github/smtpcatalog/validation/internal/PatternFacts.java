// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.validation.internal;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.text.MessagePattern.ArgType;
import com.ibm.icu.text.MessagePattern.Part;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What an ICU MessageFormat pattern contains: whether it parses, and every argument it uses, at any depth.
 * {@code MessageFormat.getArgumentNames()} only returns top-level names, so the parts of the
 * {@link MessagePattern} are walked recursively here, into every plural and select branch.
 *
 * <p>Instances are immutable.
 */
public final class PatternFacts {

    /**
     * One use of an argument.
     *
     * @param name      the name, or the number for a numbered argument
     * @param numbered  whether it is a numbered argument such as {@code {0}}
     * @param type      the argument type
     * @param typeName  for {@link ArgType#SIMPLE}, the type such as {@code number}; else empty
     * @param selectors for plural, selectordinal, select and choice: the selectors in order (explicit values as
     *                  {@code =1}); else empty
     * @param guarded   whether the use sits inside a branch other than {@code none} of a select on the same
     *                  argument, so it is never reached when the argument is absent
     */
    public record ArgUse(String name, boolean numbered, ArgType type, String typeName, List<String> selectors,
            boolean guarded) {

        /**
         * The type as compared between locales: {@code none}, {@code number}, {@code plural}, ...
         *
         * @return the signature
         */
        public String signature() {
            return type == ArgType.SIMPLE ? typeName : type.name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final String error;
    private final boolean missingOther;
    private final List<ArgUse> uses;

    private PatternFacts(String error, boolean missingOther, List<ArgUse> uses) {
        this.error = error;
        this.missingOther = missingOther;
        this.uses = List.copyOf(uses);
    }

    /**
     * Parses a pattern. Never throws: a syntax error is recorded.
     *
     * @param pattern the pattern
     * @return the facts
     */
    public static PatternFacts of(String pattern) {
        MessagePattern mp;
        try {
            mp = new MessagePattern(pattern);
        } catch (RuntimeException e) {
            String m = String.valueOf(e.getMessage());
            return new PatternFacts(m, m.contains("Missing 'other' keyword"), List.of());
        }
        List<ArgUse> uses = new ArrayList<>();
        try {
            walk(mp, 0, new ArrayList<>(), uses);
        } catch (RuntimeException e) {
            return new PatternFacts("cannot analyse the pattern: " + e, false, List.of());
        }
        String typeError = checkTypes(pattern);
        if (typeError != null) {
            return new PatternFacts(typeError, false, uses);
        }
        return new PatternFacts(null, false, uses);
    }

    /** MessagePattern accepts any type name; MessageFormat rejects unknown types and bad skeletons. */
    private static String checkTypes(String pattern) {
        try {
            new MessageFormat(pattern, com.ibm.icu.util.ULocale.ENGLISH);
            return null;
        } catch (RuntimeException e) {
            return String.valueOf(e.getMessage());
        }
    }

    private static void walk(MessagePattern mp, int msgStart, List<String> guards, List<ArgUse> out) {
        int limit = mp.getLimitPartIndex(msgStart);
        int i = msgStart + 1;
        while (i < limit) {
            Part p = mp.getPart(i);
            if (p.getType() != Part.Type.ARG_START) {
                i++;
                continue;
            }
            int argLimit = mp.getLimitPartIndex(i);
            ArgType type = p.getArgType();
            Part namePart = mp.getPart(i + 1);
            boolean numbered = namePart.getType() == Part.Type.ARG_NUMBER;
            String name = numbered ? Integer.toString(namePart.getValue()) : mp.getSubstring(namePart);
            boolean guarded = guards.contains(name);
            if (type == ArgType.NONE) {
                out.add(new ArgUse(name, numbered, type, "", List.of(), guarded));
            } else if (type == ArgType.SIMPLE) {
                out.add(new ArgUse(name, numbered, type, mp.getSubstring(mp.getPart(i + 2)), List.of(), guarded));
            } else {
                List<String> selectors = new ArrayList<>();
                List<Integer> messages = new ArrayList<>();
                String pending = null;
                for (int j = i + 2; j < argLimit; j++) {
                    Part q = mp.getPart(j);
                    if (q.getType() == Part.Type.ARG_SELECTOR) {
                        pending = mp.getSubstring(q);
                        selectors.add(pending);
                    } else if (q.getType() == Part.Type.MSG_START) {
                        messages.add(j);
                        j = mp.getLimitPartIndex(j);
                    }
                }
                out.add(new ArgUse(name, numbered, type, "", Collections.unmodifiableList(selectors), guarded));
                boolean hasNone = type == ArgType.SELECT && selectors.contains("none");
                for (int k = 0; k < messages.size(); k++) {
                    String selector = k < selectors.size() ? selectors.get(k) : "";
                    List<String> inner = guards;
                    if (hasNone && !selector.equals("none")) {
                        inner = new ArrayList<>(guards);
                        inner.add(name);
                    }
                    walk(mp, messages.get(k), inner, out);
                }
            }
            i = argLimit + 1;
        }
    }

    /**
     * Whether the pattern parses (as {@link MessagePattern} and as {@link MessageFormat}).
     *
     * @return true when it parses
     */
    public boolean parses() {
        return error == null;
    }

    /**
     * The parser's message.
     *
     * @return the error, or empty when the pattern parses
     */
    public Optional<String> error() {
        return Optional.ofNullable(error);
    }

    /**
     * Whether the parse failed only because a plural or select lacks its {@code other} branch.
     *
     * @return true in that case
     */
    public boolean missingOther() {
        return missingOther;
    }

    /**
     * Every argument use, in pattern order, at any depth.
     *
     * @return an unmodifiable list
     */
    public List<ArgUse> uses() {
        return uses;
    }

    /**
     * The argument names used, at any depth.
     *
     * @return a sorted set
     */
    public Set<String> names() {
        Set<String> out = new TreeSet<>();
        for (ArgUse u : uses) {
            out.add(u.name());
        }
        return out;
    }

    /**
     * The type signatures with which a name is used.
     *
     * @param name the argument name
     * @return a set in order of first use
     */
    public Set<String> signatures(String name) {
        Set<String> out = new LinkedHashSet<>();
        for (ArgUse u : uses) {
            if (u.name().equals(name)) {
                out.add(u.signature());
            }
        }
        return out;
    }
}
