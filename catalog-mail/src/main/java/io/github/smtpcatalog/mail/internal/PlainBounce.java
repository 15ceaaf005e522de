// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.mail.internal;

import io.github.smtpcatalog.core.ParsedReply;
import io.github.smtpcatalog.core.ReplyParser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the human-readable text of a bounce: cuts off the returned original message, splits the rest into one
 * block per failed recipient, and hands each block to {@link ReplyParser}. Recipient lines are recognised in the
 * forms of the common servers:
 * <ul>
 *   <li>{@code <jan@example.nl>: host mx.example.nl said: 550 5.1.1 ...} (Postfix, qmail; unindented);</li>
 *   <li>{@code <jan@example.nl>... User unknown} and {@code <jan@example.nl>} (Sendmail);</li>
 *   <li>an address alone on a line (Exim, Gmail, Microsoft 365's diagnostic section);</li>
 *   <li>{@code Jan Jansen (jan@example.nl)} (Exchange);</li>
 *   <li>{@code Your message to jan@example.nl couldn't be delivered}, {@code wasn't delivered to jan@...}
 *       (Microsoft 365, Gmail).</li>
 * </ul>
 * A block runs to the next recipient line of another address. A recipient named in several blocks gets the block
 * with the most complete codes. Linear in the input.
 */
public final class PlainBounce {

    /** The longest text kept per recipient. */
    public static final int MAX_BLOCK_TEXT = 2000;

    /** Lines that start the returned original message (lower case, as the stripped line starts). */
    private static final String[] ORIGINAL_MARKERS = {"------ this is a copy of the message",
        "------ this is a copy of your message", "--- below this line is a copy of the message",
        "----- original message follows", "--- original message follows", "------ original message follows",
        "----- original message -----", "-----original message-----", "original message headers:",
        "------- returned mail follows", "----- returned message follows", "----- unsent message follows",
        "--- unsent message follows", "----- message header follows", "----- message headers follow",
        "--- the header of the original message is following", "--- enclosed are the original headers",
        "content-type: message/rfc822", "content-type: text/rfc822-headers", "content-type: message/global",
        "return-path: <", "received: from ", "------ the original message", "----- the original message",
        "--- original message ---", "the original message headers", "oorspronkelijke berichtkoppen:",
        "--- Kopie van het bericht"};
    /** Phrases after which the failed recipient's address follows on the same line (lower case). */
    private static final String[] RECIPIENT_PHRASES = {"your message to ", "wasn't delivered to ",
        "was not delivered to ", "couldn't be delivered to ", "could not be delivered to ", "delivery to ",
        "failed to deliver to ", "uw bericht aan ", "niet bezorgd bij ", "niet afgeleverd bij ",
        "delivery to the following recipient failed: ", "ihre nachricht an "};

    /** One failed recipient found in the text. */
    public static final class Found {
        private final String recipient;
        private final ParsedReply reply;
        private final String text;

        Found(String recipient, ParsedReply reply, String text) {
            this.recipient = recipient;
            this.reply = reply;
            this.text = text;
        }

        /**
         * The address.
         *
         * @return the address, or null when the text names none
         */
        public String recipient() {
            return recipient;
        }

        /**
         * The codes found for it.
         *
         * @return the parsed reply with the recipient set, or null when its block holds no code
         */
        public ParsedReply reply() {
            return reply;
        }

        /**
         * The words of the bounce for it.
         *
         * @return the text, at most {@link #MAX_BLOCK_TEXT} characters
         */
        public String text() {
            return text;
        }
    }

    private PlainBounce() {
    }

    /**
     * The text before the returned original message.
     *
     * @param text the bounce text
     * @return the text up to the first line that starts the original message
     */
    public static String cutOriginal(String text) {
        int n = text.length();
        int start = 0;
        while (start < n) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = n;
            }
            String line = text.substring(start, Math.min(end, start + 200)).strip().toLowerCase(Locale.ROOT);
            for (String m : ORIGINAL_MARKERS) {
                if (line.startsWith(m.toLowerCase(Locale.ROOT))) {
                    return text.substring(0, start);
                }
            }
            start = end + 1;
        }
        return text;
    }

    /**
     * Finds the failed recipients of a bounce text.
     *
     * @param text             the bounce text, already cut before the original message
     * @param failedRecipients the addresses of {@code X-Failed-Recipients}
     * @param originalSenders  lower-case addresses that are never a failed recipient (the bounce's own recipient)
     * @return the recipients in the order of the text, then those of {@code X-Failed-Recipients} it lacks
     */
    public static List<Found> find(String text, List<String> failedRecipients, Set<String> originalSenders) {
        String[] lines = text.split("\n", -1);
        List<int[]> anchors = new ArrayList<>();  // {line index}
        List<String> anchorAddress = new ArrayList<>();
        String current = null;
        for (int i = 0; i < lines.length; i++) {
            String a = anchor(lines[i]);
            if (a == null || originalSenders.contains(Addresses.key(a))) {
                continue;
            }
            if (current != null && Addresses.key(a).equals(Addresses.key(current))) {
                continue;
            }
            anchors.add(new int[] {i});
            anchorAddress.add(a);
            current = a;
        }
        Map<String, Found> best = new LinkedHashMap<>();
        for (int k = 0; k < anchors.size(); k++) {
            int from = anchors.get(k)[0];
            int to = k + 1 < anchors.size() ? anchors.get(k + 1)[0] : lines.length;
            StringBuilder b = new StringBuilder();
            for (int i = from; i < to && b.length() < ReplyParser.MAX_INPUT_CHARS; i++) {
                b.append(lines[i]).append('\n');
            }
            String address = anchorAddress.get(k);
            ParsedReply reply = ReplyParser.tryParse(b).map(p -> Replies.withRecipient(p, address)).orElse(null);
            Found f = new Found(address, reply, shorten(b));
            String key = Addresses.key(address);
            Found old = best.get(key);
            if (old == null || quality(reply) > quality(old.reply)) {
                best.put(key, old == null ? f : new Found(old.recipient, reply, f.text));
            }
        }
        List<Found> out = new ArrayList<>(best.values());
        if (out.isEmpty()) {
            ParsedReply whole = ReplyParser.tryParse(text).orElse(null);
            if (whole != null) {
                if (failedRecipients.isEmpty()) {
                    out.add(new Found(whole.recipient().orElse(null), whole, shorten(text)));
                } else {
                    for (String r : failedRecipients) {
                        out.add(new Found(r, Replies.withRecipient(whole, r), shorten(text)));
                    }
                }
                return out;
            }
        }
        for (String r : failedRecipients) {
            if (!best.containsKey(Addresses.key(r))) {
                out.add(new Found(r, null, ""));
            }
        }
        return out;
    }

    /** The address a line names as a failed recipient, or null. */
    static String anchor(String line) {
        if (line.length() > 1000) {
            return null;
        }
        String whole = Addresses.whole(line);
        if (whole != null) {
            return whole;
        }
        boolean indented = !line.isEmpty() && (line.charAt(0) == ' ' || line.charAt(0) == '\t');
        String l = line.strip();
        if (!indented && l.startsWith("<")) {
            int gt = l.indexOf('>');
            if (gt > 1 && gt < 256) {
                String a = Addresses.whole(l.substring(1, gt));
                String rest = l.substring(gt + 1).strip();
                if (a != null && (rest.isEmpty() || rest.startsWith(":") || rest.startsWith("...")
                        || rest.startsWith("("))) {
                    return a;
                }
            }
        }
        int open = l.indexOf('(');
        int close = open < 0 ? -1 : l.indexOf(')', open);
        if (open > 0 && close > open && open < 80 && l.indexOf(':') < 0) {
            // Exchange: "Jan Jansen (jan@example.nl)", "jan@example.nl (jan@example.nl)<mailto:...>"
            String a = Addresses.whole(l.substring(open + 1, close));
            if (a != null) {
                return a;
            }
        }
        String lower = l.toLowerCase(Locale.ROOT);
        for (String p : RECIPIENT_PHRASES) {
            int at = lower.indexOf(p);
            if (at >= 0) {
                int from = at + p.length();
                int to = Math.min(l.length(), from + 300);
                String a = firstAddressToken(l, from, to);
                if (a != null) {
                    return a;
                }
            }
        }
        return null;
    }

    /** The address right after a phrase: the next word, in angle brackets or not. */
    private static String firstAddressToken(String l, int from, int to) {
        int i = from;
        while (i < to && (l.charAt(i) == ' ' || l.charAt(i) == '<' || l.charAt(i) == '"')) {
            i++;
        }
        int j = i;
        while (j < to && l.charAt(j) != ' ' && l.charAt(j) != '>' && l.charAt(j) != '"' && l.charAt(j) != ',') {
            j++;
        }
        String word = l.substring(i, j);
        while (word.endsWith(".") || word.endsWith(":") || word.endsWith(";")) {
            word = word.substring(0, word.length() - 1);
        }
        return Addresses.whole(word);
    }

    private static int quality(ParsedReply p) {
        if (p == null) {
            return 0;
        }
        return (p.replyCode().isPresent() ? 1 : 0) + (p.enhancedCode().isPresent() ? 2 : 0);
    }

    private static String shorten(CharSequence s) {
        String t = s.toString().strip();
        return t.length() > MAX_BLOCK_TEXT ? t.substring(0, MAX_BLOCK_TEXT) : t;
    }
}
