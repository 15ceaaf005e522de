// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.core;

import java.util.ArrayList;
import java.util.List;

/**
 * The hand-written scanner behind {@link ReplyParser}. It walks the input once, line by line and character by
 * character, never backtracks more than a small constant number of characters, and uses no regular expressions.
 * Every look-back or look-ahead is bounded by a constant, every buffer by a limit below, so its time is linear in
 * the input length (and bounded by {@link #MAX_INPUT_CHARS}).
 *
 * <p>Three modes: {@link Mode#FULL} reads a whole input (reply lines, exception texts, bounce text, DSN fields);
 * {@link Mode#VALUE} reads one unfolded field value such as a {@code Diagnostic-Code}; {@link Mode#REGION} only
 * collects the provider and recipient signals of the lines around a chosen code.
 *
 * <p>Not thread-safe: one instance per scan.
 */
final class ReplyScanner {

    /** How much of the input is inspected at all. */
    static final int MAX_INPUT_CHARS = 1 << 20;
    /** How much of one line is inspected. */
    static final int MAX_LINE_CHARS = 1 << 16;
    /** How much of one unfolded DSN field value is kept. */
    static final int MAX_FIELD_CHARS = 8192;
    /** The longest reply text returned. */
    static final int MAX_TEXT_CHARS = 1000;
    /** How far past a chosen code the text, recipient and provider are looked for. */
    static final int MAX_REGION_CHARS = 16384;
    /** The longest address taken as a recipient (RFC 5321 path limit). */
    static final int MAX_ADDRESS_CHARS = 254;
    /** The most DSN recipient groups read. */
    static final int MAX_GROUPS = 1000;

    private static final int MAX_FIELD_NAME = 64;
    private static final int MAX_BRACKET = MAX_ADDRESS_CHARS + 16;

    enum Mode { FULL, VALUE, REGION }

    private enum Field { NONE, SKIP, FINAL_RECIPIENT, ORIGINAL_RECIPIENT, ACTION, STATUS, REMOTE_MTA, DIAGNOSTIC }

    /** Words after which a number is a quantity, not a reply code (port 465, size 552, version 4.4.1). */
    private static final String[] NUMBER_WORDS = {"port", "ports", "size", "length", "line", "lines", "pid", "id",
        "uid", "gid", "version", "ver", "v", "release", "rev", "revision", "build", "limit", "max", "maximum",
        "total", "count", "nr", "no", "number", "ttl", "timeout", "ip", "bytes", "kb", "mb", "year", "page"};
    /** Words after which a dotted number is a software version (Postfix 2.2.10, Exim 4.4.1, Dovecot 2.3.19). */
    private static final String[] VERSION_WORDS = {"postfix", "exim", "sendmail", "dovecot", "qmail", "courier",
        "haraka", "opensmtpd", "zimbra", "exchange", "mdaemon", "smartermail", "communigate", "icewarp", "axigen",
        "kerio", "hmailserver", "james", "javamail", "angus", "jakarta", "java", "jdk", "openssl", "tls", "tlsv",
        "ssl", "sslv", "http", "https", "ubuntu", "debian", "rhel", "centos", "windows", "linux", "kernel"};
    /** Words that follow a number that is a quantity (550 bytes, 450 ms). */
    private static final String[] UNIT_WORDS = {"bytes", "byte", "b", "kb", "kib", "mb", "mib", "gb", "k", "ms",
        "msec", "s", "sec", "secs", "second", "seconds", "min", "mins", "minute", "minutes", "h", "hour", "hours",
        "day", "days", "octets", "chars", "characters", "lines", "messages", "msgs", "%"};
    /** Words that put a host name that follows them in the position of the remote server. */
    private static final String[] HOST_CONTEXT = {"host", "mta", "relay", "to", "by"};
    /** Words before a bracketed message identifier, which looks like an address but names no recipient. */
    private static final String[] MESSAGE_ID_CONTEXT = {"message", "message-id", "messageid", "msgid", "msg-id",
        "id", "mid", "bericht"};
    /** Header fields that describe the reporting side, the sender or the original message: never scanned. */
    private static final String[] SKIPPED_FIELDS = {"received", "date", "from", "to", "cc", "bcc", "subject",
        "message-id", "in-reply-to", "references", "return-path", "reply-to", "sender", "mime-version",
        "thread-topic", "thread-index", "accept-language", "authentication-results", "received-spf",
        "dkim-signature", "domainkey-signature", "delivered-to", "envelope-to", "user-agent", "importance",
        "priority", "auto-submitted", "precedence", "feedback-id", "reporting-mta", "arrival-date",
        "received-from-mta", "original-envelope-id", "dsn-gateway", "last-attempt-date", "will-retry-until",
        "final-log-id", "reporting-ua", "organization", "errors-to", "x-mailer"};
    private static final String[] SKIPPED_FIELD_PREFIXES = {"x-", "arc-", "list-", "resent-", "content-"};

    private static final String[] GOOGLE_HOSTS = {"google.com", "googlemail.com", "gmail.com"};
    private static final String[] MICROSOFT_HOSTS = {"outlook.com", "hotmail.com", "office365.com",
        "exchangelabs.com", "microsoft.com", "aka.ms"};
    private static final String[] YAHOO_HOSTS = {"yahoodns.net", "yahoo.com", "yahoo.net", "yahooinc.com",
        "aol.com"};
    private static final String[] APPLE_HOSTS = {"icloud.com", "me.com", "mac.com", "apple.com"};
    private static final String[] MICROSOFT_DIAGNOSTICS = {"resolver.", "smtpsend.", "storedrv.", "routing."};

    /** A code found in the text, with what the text builder needs to know about where it stands. */
    static final class Candidate {
        ReplyCode reply;
        EnhancedStatusCode enhanced;
        int start;
        int end;
        int lineStart;
        int indent;
        int key;
        boolean dash;
        boolean prefixText;
        char opener;
    }

    /** The raw fields of one DSN recipient group. */
    private static final class Group {
        String finalRecipient;
        String originalRecipient;
        String action;
        String status;
        String remoteMta;
        String diagnostic;

        boolean isRecipientGroup() {
            return finalRecipient != null || originalRecipient != null || action != null || status != null
                    || diagnostic != null;
        }
    }

    private final String s;
    private final int from;
    private final int to;
    private final Mode mode;

    // the current line
    private int lineStart;
    private int lineEnd;
    private int indent;
    private boolean atStart;

    // the last two words, as positions in s (-1: none)
    private int lastWordStart = -1;
    private int lastWordEnd;
    private int prevWordStart = -1;
    private int prevWordEnd;

    // a basic reply code waiting to see whether an enhanced code follows it
    private ReplyCode pendReply;
    private int pendStart;
    private int pendEnd;
    private boolean pendAtStart;
    private boolean pendAfterNumberWord;
    private char pendOpener;

    // the best candidates
    private Candidate bestEnhanced;
    private Candidate bestReply;
    private final Candidate[] replyByClass = new Candidate[6];

    // signals
    private Provider strongProvider;
    private Provider hostProvider;
    private String rcptTo;
    private String firstBracket;
    private String firstBare;

    // DSN fields
    private Field field = Field.NONE;
    private StringBuilder fieldValue;
    private Group group;
    private List<ParsedReply> groups;

    // set by text()
    private int regionEnd;

    // REGION mode: where provider signals start to count
    private int providerFrom;

    ReplyScanner(String s, int from, int to, Mode mode) {
        this.s = s;
        this.from = from;
        this.to = Math.min(to, from + MAX_INPUT_CHARS);
        this.mode = mode;
    }

    // ------------------------------------------------------------------------------------------------------------
    // The pass over the lines

    ReplyScanner run() {
        int pos = from;
        // The next LF and CR at or after pos (to when none), found with String.indexOf (vectorised) and looked for
        // again only once passed: each character is looked at once, so this stays linear.
        int nextLf = from - 1;
        int nextCr = from - 1;
        while (pos < to) {
            if (nextLf < pos) {
                nextLf = s.indexOf('\n', pos);
                nextLf = nextLf < 0 || nextLf > to ? to : nextLf;
            }
            if (nextCr < pos) {
                nextCr = s.indexOf('\r', pos);
                nextCr = nextCr < 0 || nextCr > to ? to : nextCr;
            }
            int end = Math.min(nextLf, nextCr);
            line(pos, Math.min(end, pos + MAX_LINE_CHARS));
            pos = end;
            if (pos < to) {
                pos += s.charAt(pos) == '\r' && pos + 1 < to && s.charAt(pos + 1) == '\n' ? 2 : 1;
            }
        }
        if (mode == Mode.FULL) {
            finishField();
            endGroup();
        }
        return this;
    }

    private void line(int ls, int le) {
        lineStart = ls;
        lineEnd = le;
        int k = ls;
        while (k < le && isBlankChar(s.charAt(k))) {
            k++;
        }
        indent = k - ls;
        if (k == le) {
            // a blank line ends a field, a DSN group and the word context
            if (mode == Mode.FULL) {
                finishField();
                endGroup();
            }
            clearWords();
            return;
        }
        if (mode == Mode.FULL) {
            if (indent > 0 && field != Field.NONE) {
                if (field != Field.SKIP) {
                    appendFieldValue(k, le);
                }
                return;
            }
            if (indent == 0) {
                int colon = fieldColon(ls, le);
                if (colon > 0) {
                    Field f = classify(ls, colon);
                    if (f != null) {
                        startField(f, colon + 1, le);
                        return;
                    }
                }
                finishField();
                if (colon <= 0 && group != null && group.isRecipientGroup()) {
                    endGroup();
                }
            }
        }
        if (indent == 0) {
            // the word context of a line does not reach the next one ("retry count\n550 ..."); a folded
            // continuation line goes on with it
            clearWords();
        }
        scanLine(k, le);
    }

    private void scanLine(int start, int le) {
        atStart = true;
        int i = start;
        int next;
        while (i < le) {
            char c = s.charAt(i);
            if (Ascii.isDigit(c)) {
                i = numeric(i, le);
                atStart = false;
            } else if (isWordStart(c)) {
                i = word(i, le);
                atStart = false;
            } else if (c == '<' && (next = bracket(i, le)) > i) {
                i = next;
                atStart = false;
            } else {
                if (!isBlankChar(c) && !isCodeOpener(c)) {
                    atStart = false;
                }
                if (!isBlankChar(c) && c != ':' && c != '=') {
                    // a word counts as context only for what follows it directly ("port: 465", "relay=mx")
                    clearWords();
                }
                i++;
            }
        }
        flushPending();
    }

    // ------------------------------------------------------------------------------------------------------------
    // Numbers: reply codes and enhanced codes

    private int numeric(int i, int le) {
        int j = i;
        while (j < le && Ascii.isDigit(s.charAt(j))) {
            j++;
        }
        int len1 = j - i;
        int parts = 1;
        int p2 = 0;
        int l2 = 0;
        int p3 = 0;
        int l3 = 0;
        while (j + 1 < le && s.charAt(j) == '.' && Ascii.isDigit(s.charAt(j + 1))) {
            int k = j + 1;
            while (k < le && Ascii.isDigit(s.charAt(k))) {
                k++;
            }
            parts++;
            if (parts == 2) {
                p2 = j + 1;
                l2 = k - p2;
            } else if (parts == 3) {
                p3 = j + 1;
                l3 = k - p3;
            }
            j = k;
        }
        if (j < le && isGlued(s.charAt(j))) {
            // 550ms, 5.1.1a, 123abc@example.nl: a word, not a number
            return word(i, le);
        }
        if (mode != Mode.REGION) {
            if (parts == 1 && len1 == 3) {
                ReplyCode rc = ReplyCode.at(s, i);
                if (rc != null) {
                    onReply(rc, i, j);
                } else {
                    flushPending();
                }
            } else if (parts == 3 && len1 == 1 && validPart(p2, l2) && validPart(p3, l3)) {
                char c = s.charAt(i);
                if (c == '2' || c == '4' || c == '5') {
                    onEnhanced(EnhancedStatusCode.of(c - '0', number(p2, l2), number(p3, l3)), i, j, le);
                } else {
                    flushPending();
                }
            } else {
                flushPending();
            }
        }
        clearWords();
        return j;
    }

    private boolean validPart(int p, int len) {
        return len >= 1 && len <= 3 && (len == 1 || s.charAt(p) != '0');
    }

    private int number(int p, int len) {
        int v = 0;
        for (int k = p; k < p + len; k++) {
            v = v * 10 + (s.charAt(k) - '0');
        }
        return v;
    }

    private void onReply(ReplyCode rc, int i, int j) {
        flushPending();
        char p = i > lineStart ? s.charAt(i - 1) : 0;
        if (!openerAllowed(p, i)) {
            return;
        }
        pendReply = rc;
        pendStart = i;
        pendEnd = j;
        pendAtStart = atStart;
        pendAfterNumberWord = lastWordIn(NUMBER_WORDS);
        pendOpener = p;
    }

    private void onEnhanced(EnhancedStatusCode code, int i, int j, int le) {
        if (pendReply != null && gapIsSeparator(pendEnd, i)) {
            if (!closerAllowed(j, le)) {
                flushPending();
                return;
            }
            Candidate c = candidate(pendReply, code, pendStart, j, pendOpener);
            c.dash = s.charAt(pendEnd) == '-';
            pendReply = null;
            offerEnhanced(c, 3);
            offerReplyForClass(c, 3);
            return;
        }
        flushPending();
        char p = i > lineStart ? s.charAt(i - 1) : 0;
        if (p == '-' || !openerAllowed(p, i) || code.subject() > 7 || lastWordIn(NUMBER_WORDS)
                || lastWordIn(VERSION_WORDS) || !closerAllowed(j, le) || timeFollows(j, le)) {
            return;
        }
        Candidate c = candidate(null, code, i, j, p);
        c.prefixText = !atStart;
        offerEnhanced(c, atStart ? 2 : 1);
    }

    private void flushPending() {
        if (pendReply == null) {
            return;
        }
        ReplyCode rc = pendReply;
        pendReply = null;
        if (!closerAllowed(pendEnd, lineEnd) || pendAfterNumberWord || unitFollows(pendEnd, lineEnd)) {
            return;
        }
        Candidate c = candidate(rc, null, pendStart, pendEnd, pendOpener);
        c.dash = pendEnd < lineEnd && s.charAt(pendEnd) == '-';
        int strength = pendAtStart || strongOpener(pendStart) ? 2 : 1;
        c.key = (isFailure(rc) ? 10 : 0) + strength;
        if (bestReply == null || c.key > bestReply.key) {
            bestReply = c;
        }
        offerReplyForClass(c, strength);
    }

    private Candidate candidate(ReplyCode rc, EnhancedStatusCode code, int start, int end, char opener) {
        Candidate c = new Candidate();
        c.reply = rc;
        c.enhanced = code;
        c.start = start;
        c.end = end;
        c.lineStart = lineStart;
        c.indent = indent;
        c.opener = opener;
        return c;
    }

    private void offerEnhanced(Candidate c, int strength) {
        EnhancedStatusCode e = c.enhanced;
        boolean specific = e.subject() != 0 || e.detail() != 0;
        c.key = (e.statusClass().isFailure() ? 100 : 0) + (specific ? 10 : 0) + strength;
        if (bestEnhanced == null || c.key > bestEnhanced.key) {
            bestEnhanced = c;
        }
    }

    private void offerReplyForClass(Candidate c, int strength) {
        int cls = c.reply.value() / 100;
        Candidate old = replyByClass[cls];
        if (old == null || strength > old.key) {
            Candidate copy = candidate(c.reply, null, c.start, c.end, c.opener);
            copy.key = strength;
            replyByClass[cls] = copy;
        }
    }

    private static boolean isFailure(ReplyCode rc) {
        int cls = rc.value() / 100;
        return cls == 4 || cls == 5;
    }

    /** Whether the character before a code lets it stand as a code (a space, a quote, "said:", "smtp;", "#"). */
    private boolean openerAllowed(char p, int i) {
        if (p == 0 || isBlankChar(p)) {
            return true;
        }
        switch (p) {
            case '\'':
            case '"':
            case '(':
            case '[':
            case ';':
            case '#':
            case '=':
            case '<':
            case '>':
            case '*':
            case '|':
                return true;
            case ':':
                // 12:550 is a time, 2001:db8::550 an IPv6 address
                return !(i >= lineStart + 2 && (Ascii.isDigit(s.charAt(i - 2)) || s.charAt(i - 2) == ':'));
            default:
                return false;
        }
    }

    /** Whether the character after a code lets it stand as a code. */
    private boolean closerAllowed(int j, int le) {
        if (j >= le) {
            return true;
        }
        char q = s.charAt(j);
        if (isBlankChar(q)) {
            return true;
        }
        switch (q) {
            case '\'':
            case '"':
            case ')':
            case ']':
            case ';':
            case ',':
            case '.':
            case '<':
            case '>':
            case '!':
            case '?':
                return true;
            case ':':
            case '-':
                // 550:05 is a time, 555-1234 a phone number
                return !(j + 1 < le && Ascii.isDigit(s.charAt(j + 1)));
            default:
                return false;
        }
    }

    /** Between a basic and an enhanced code: one to four spaces, dashes or hashes ("550-5.1.1", "550 #5.1.0"). */
    private boolean gapIsSeparator(int a, int b) {
        if (b - a < 1 || b - a > 4) {
            return false;
        }
        for (int k = a; k < b; k++) {
            char c = s.charAt(k);
            if (c != ' ' && c != '\t' && c != '-' && c != '#' && c != '\u00a0') {
                return false;
            }
        }
        return true;
    }

    /** "said: 550", "smtp;550", "returned '550": the last non-blank character before the code. */
    private boolean strongOpener(int i) {
        int k = i - 1;
        int limit = Math.max(lineStart, i - 4);
        while (k >= limit && isBlankChar(s.charAt(k))) {
            k--;
        }
        if (k < lineStart) {
            return true;
        }
        char c = s.charAt(k);
        return c == ':' || c == ';' || c == '\'' || c == '"' || c == '(' || c == '#' || c == '=';
    }

    /** "4.5.24 12:05": a date followed by a time. */
    private boolean timeFollows(int j, int le) {
        int k = j;
        int spaces = 0;
        while (k < le && s.charAt(k) == ' ' && spaces < 2) {
            k++;
            spaces++;
        }
        if (spaces == 0) {
            return false;
        }
        int d = 0;
        while (k < le && Ascii.isDigit(s.charAt(k)) && d < 3) {
            k++;
            d++;
        }
        return d >= 1 && d <= 2 && k + 1 < le && s.charAt(k) == ':' && Ascii.isDigit(s.charAt(k + 1));
    }

    /** "550 bytes", "450 ms". */
    private boolean unitFollows(int j, int le) {
        int k = j;
        int spaces = 0;
        while (k < le && s.charAt(k) == ' ' && spaces < 2) {
            k++;
            spaces++;
        }
        int w = k;
        while (k < le && k - w <= 12 && (isAsciiLetter(s.charAt(k)) || s.charAt(k) == '%')) {
            k++;
        }
        if (k == w || k - w > 12 || (k < le && isAsciiLetter(s.charAt(k)))) {
            return false;
        }
        return in(w, k, UNIT_WORDS);
    }

    // ------------------------------------------------------------------------------------------------------------
    // Words, host names and bare addresses

    private int word(int i, int le) {
        int j = i;
        int firstDot = -1;
        char c;
        while (j < le && isWordPart(c = s.charAt(j))) {
            if (c == '.' && firstDot < 0) {
                firstDot = j;
            }
            j++;
        }
        if (j < le && s.charAt(j) == '@' && j > i) {
            int k = j + 1;
            while (k < le && isDomainChar(s.charAt(k))) {
                k++;
            }
            int de = k;
            while (de > j + 1 && (s.charAt(de - 1) == '.' || s.charAt(de - 1) == '-')) {
                de--;
            }
            if (de > j + 1) {
                bareAddress(i, j, de, le);
            }
            flushPending();
            clearWords();
            return k;
        }
        int we = j;
        while (we > i + 1 && (s.charAt(we - 1) == '.' || s.charAt(we - 1) == '-')) {
            we--;
        }
        flushPending();
        onWord(i, we, firstDot >= 0 && firstDot < we);
        return j;
    }

    /** A word at [ws, we); {@code dotted}: it holds a '.' (never at ws: words start with a letter or digit). */
    private void onWord(int ws, int we, boolean dotted) {
        int len = we - ws;
        if (len == 5 && eqIgnoreCase(ws, we, "gsmtp")) {
            signal(Provider.GOOGLE, true, ws);
        } else if (len > 9 && dotted && startsWithAny(ws, we, MICROSOFT_DIAGNOSTICS)) {
            signal(Provider.MICROSOFT, true, ws);
        } else if (len > 4 && dotted) {
            Provider p = hostProvider(s, ws, we);
            if (p != null) {
                if (mode != Mode.FULL) {
                    signal(p, true, ws);
                } else if (lastWordIn(HOST_CONTEXT)) {
                    signal(p, false, ws);
                }
            }
        }
        prevWordStart = lastWordStart;
        prevWordEnd = lastWordEnd;
        lastWordStart = ws;
        lastWordEnd = we;
    }

    private void signal(Provider p, boolean strong, int pos) {
        if (pos < providerFrom) {
            // before the chosen code on its line: the reporting side's words ("Learn more at support.google.com")
            return;
        }
        if (strong) {
            if (strongProvider == null) {
                strongProvider = p;
            }
        } else if (hostProvider == null) {
            hostProvider = p;
        }
    }

    /** The provider a host name belongs to, by its last labels; null for none. */
    static Provider hostProvider(CharSequence text, int ws, int we) {
        if (matchesHost(text, ws, we, GOOGLE_HOSTS)) {
            return Provider.GOOGLE;
        }
        if (matchesHost(text, ws, we, MICROSOFT_HOSTS)) {
            return Provider.MICROSOFT;
        }
        if (matchesHost(text, ws, we, YAHOO_HOSTS)) {
            return Provider.YAHOO;
        }
        if (matchesHost(text, ws, we, APPLE_HOSTS)) {
            return Provider.APPLE;
        }
        return null;
    }

    private static boolean matchesHost(CharSequence text, int ws, int we, String[] suffixes) {
        for (String suffix : suffixes) {
            int n = suffix.length();
            if (we - ws < n) {
                continue;
            }
            int st = we - n;
            if ((st == ws || text.charAt(st - 1) == '.') && regionEqualsIgnoreCase(text, st, suffix)) {
                return true;
            }
        }
        return false;
    }

    /** An address without brackets: taken only where a text names a recipient so ("delivered to x", a line alone). */
    private void bareAddress(int ls, int at, int de, int le) {
        if (at - ls > 64 || de - ls > MAX_ADDRESS_CHARS || firstBare != null || mode == Mode.REGION) {
            return;
        }
        boolean cue = lastWordIs("to");
        if (!cue && atStart) {
            int k = de;
            while (k < le && isBlankChar(s.charAt(k))) {
                k++;
            }
            cue = k == le || s.charAt(k) == '<' || s.charAt(k) == '(' || s.charAt(k) == ':';
        }
        if (cue && !isRobotLocalPart(ls, at, true)) {
            firstBare = s.substring(ls, de);
        }
    }

    private boolean isRobotLocalPart(int ls, int at, boolean includePostmaster) {
        return eqIgnoreCase(ls, at, "mailer-daemon") || (includePostmaster && eqIgnoreCase(ls, at, "postmaster"));
    }

    // ------------------------------------------------------------------------------------------------------------
    // Addresses in angle brackets

    /** Reads {@code <local@domain>} at i; returns the position after it, or -1 when it is no address. */
    private int bracket(int i, int le) {
        int limit = Math.min(le, i + 1 + MAX_BRACKET);
        int k = i + 1;
        while (k < limit) {
            char c = s.charAt(k);
            if (c == '>' || c == '<' || isBlankChar(c)) {
                break;
            }
            k++;
        }
        if (k >= limit || s.charAt(k) != '>') {
            return -1;
        }
        int a = i + 1;
        if (k - a > 7 && regionEqualsIgnoreCase(s, a, "mailto:")) {
            a += 7;
        }
        int at = -1;
        for (int m = a; m < k; m++) {
            if (s.charAt(m) == '@') {
                at = m;
            }
        }
        if (!isAddress(a, at, k)) {
            return -1;
        }
        flushPending();
        boolean sender = lastWordIs("from") || senderFollows(k + 1, le);
        boolean rcpt = lastWordIs("to") && prevWordIs("rcpt");
        // "Message <id@host> rejected", "msgid=<id@host>", "queued as <id@host>": a message identifier.
        boolean messageId = lastWordIn(MESSAGE_ID_CONTEXT) || (lastWordIs("as") && prevWordIs("queued"));
        if (!sender && !messageId) {
            if (rcpt) {
                if (rcptTo == null) {
                    rcptTo = s.substring(a, k);
                }
            } else if (firstBracket == null && !isRobotLocalPart(a, at, false)) {
                firstBracket = s.substring(a, k);
            }
        }
        clearWords();
        return k + 1;
    }

    private boolean isAddress(int a, int at, int end) {
        if (at <= a || at >= end - 1 || at - a > 64 || end - a > MAX_ADDRESS_CHARS) {
            return false;
        }
        for (int m = a; m < at; m++) {
            char c = s.charAt(m);
            if (c < '!' || "()<>,;:\\\"[]@".indexOf(c) >= 0 && !(c == '@' && m == at)) {
                return false;
            }
        }
        char first = s.charAt(at + 1);
        if (first == '.' || first == '-') {
            return false;
        }
        for (int m = at + 1; m < end; m++) {
            char c = s.charAt(m);
            if (!isDomainChar(c) && c != '[' && c != ']' && c != ':') {
                return false;
            }
        }
        return true;
    }

    /** "<jan@example.nl>: Sender address rejected", "<jan@example.nl>... Sender ok". */
    private boolean senderFollows(int k, int le) {
        int limit = Math.min(le, k + 5);
        while (k < limit && (s.charAt(k) == ':' || s.charAt(k) == '.' || s.charAt(k) == ',' || s.charAt(k) == ' ')) {
            k++;
        }
        return k + 6 <= le && regionEqualsIgnoreCase(s, k, "sender");
    }

    // ------------------------------------------------------------------------------------------------------------
    // Header and DSN fields (FULL mode)

    /** The position of the colon of a field line ({@code Name: value}), or -1. */
    private int fieldColon(int ls, int le) {
        int k = ls;
        int limit = Math.min(le, ls + MAX_FIELD_NAME);
        if (k >= limit || !isAsciiLetter(s.charAt(k))) {
            return -1;
        }
        while (k < limit && (isAsciiLetter(s.charAt(k)) || Ascii.isDigit(s.charAt(k)) || s.charAt(k) == '-')) {
            k++;
        }
        return k < limit && s.charAt(k) == ':' ? k : -1;
    }

    /** The kind of a known field; null for a field the parser reads as text ("Error: 550 ..."). */
    private Field classify(int ls, int colon) {
        // Compared in place, ignoring ASCII case (field names are ASCII letters, digits and '-': fieldColon).
        if (eqIgnoreCase(ls, colon, "final-recipient")) {
            return Field.FINAL_RECIPIENT;
        }
        if (eqIgnoreCase(ls, colon, "original-recipient")) {
            return Field.ORIGINAL_RECIPIENT;
        }
        if (eqIgnoreCase(ls, colon, "action")) {
            return Field.ACTION;
        }
        if (eqIgnoreCase(ls, colon, "status")) {
            return Field.STATUS;
        }
        if (eqIgnoreCase(ls, colon, "remote-mta")) {
            return Field.REMOTE_MTA;
        }
        if (eqIgnoreCase(ls, colon, "diagnostic-code")) {
            return Field.DIAGNOSTIC;
        }
        if (in(ls, colon, SKIPPED_FIELDS) || startsWithAny(ls, colon, SKIPPED_FIELD_PREFIXES)) {
            return Field.SKIP;
        }
        return null;
    }

    private void startField(Field f, int valueStart, int le) {
        finishField();
        clearWords();
        if (f == Field.FINAL_RECIPIENT && group != null
                && (group.finalRecipient != null || group.action != null || group.status != null)) {
            endGroup();
        } else if (f == Field.ORIGINAL_RECIPIENT && group != null && group.isRecipientGroup()) {
            endGroup();
        }
        field = f;
        if (fieldValue == null) {
            fieldValue = new StringBuilder(64);
        }
        fieldValue.setLength(0);
        if (f != Field.SKIP) {
            appendFieldValue(valueStart, le);
        }
    }

    private void appendFieldValue(int a, int e) {
        while (a < e && isBlankChar(s.charAt(a))) {
            a++;
        }
        if (a >= e) {
            return;
        }
        if (fieldValue.length() > 0 && fieldValue.length() < MAX_FIELD_CHARS) {
            fieldValue.append(' ');
        }
        int n = Math.min(e - a, MAX_FIELD_CHARS - fieldValue.length());
        if (n > 0) {
            fieldValue.append(s, a, a + n);
        }
    }

    private void finishField() {
        Field f = field;
        field = Field.NONE;
        if (f == Field.NONE || f == Field.SKIP) {
            return;
        }
        if (group == null) {
            group = new Group();
        }
        String v = fieldValue.toString().strip();
        switch (f) {
            case FINAL_RECIPIENT:
                group.finalRecipient = group.finalRecipient == null ? v : group.finalRecipient;
                break;
            case ORIGINAL_RECIPIENT:
                group.originalRecipient = group.originalRecipient == null ? v : group.originalRecipient;
                break;
            case ACTION:
                group.action = group.action == null ? v : group.action;
                break;
            case STATUS:
                group.status = group.status == null ? v : group.status;
                break;
            case REMOTE_MTA:
                group.remoteMta = group.remoteMta == null ? v : group.remoteMta;
                break;
            case DIAGNOSTIC:
                group.diagnostic = group.diagnostic == null ? v : group.diagnostic;
                break;
            default:
                break;
        }
    }

    private void endGroup() {
        Group g = group;
        group = null;
        if (g == null || !g.isRecipientGroup() || groups != null && groups.size() >= MAX_GROUPS) {
            return;
        }
        ParsedReply p = buildGroup(g);
        if (p != null) {
            if (groups == null) {
                groups = new ArrayList<>();
            }
            groups.add(p);
        }
    }

    private static ParsedReply buildGroup(Group g) {
        ReplyCode reply = null;
        EnhancedStatusCode enhanced = null;
        String text = "";
        String recipient = null;
        Provider provider = null;
        if (g.diagnostic != null) {
            String v = withoutType(g.diagnostic);
            ReplyScanner d = new ReplyScanner(v, 0, v.length(), Mode.VALUE).run();
            Candidate c = d.chosen();
            if (c != null) {
                reply = d.replyFor(c);
                enhanced = c.enhanced;
            }
            text = d.text(c);
            recipient = d.recipient();
            provider = d.provider();
        }
        EnhancedStatusCode status = null;
        if (g.status != null) {
            status = EnhancedStatusCode.tryParse(firstToken(g.status)).orElse(null);
            if (status == null && reply == null && enhanced == null) {
                // "Status: 550 5.1.1 mailbox unavailable": not RFC 3464, but readable
                ReplyScanner d = new ReplyScanner(g.status, 0, g.status.length(), Mode.VALUE).run();
                Candidate c = d.chosen();
                if (c != null) {
                    reply = d.replyFor(c);
                    enhanced = c.enhanced;
                    if (text.isEmpty()) {
                        text = d.text(c);
                    }
                }
            }
        }
        if (enhanced != null && status != null && isClassOnly(enhanced) && !isClassOnly(status)
                && enhanced.statusClass() == status.statusClass()) {
            // prefer the more specific Status over a diagnostic's X.0.0
            enhanced = null;
        }
        if (reply == null && enhanced == null && status == null) {
            return null;
        }
        if (g.finalRecipient != null) {
            recipient = orElse(address(g.finalRecipient), recipient);
        }
        if (g.originalRecipient != null && (g.finalRecipient == null || address(g.finalRecipient) == null)) {
            recipient = orElse(address(g.originalRecipient), recipient);
        }
        String mta = g.remoteMta == null ? null : address(g.remoteMta);
        if (mta != null) {
            while (mta.endsWith(".")) {
                mta = mta.substring(0, mta.length() - 1);
            }
            if (mta.isEmpty()) {
                mta = null;
            }
        }
        if (provider == null && mta != null) {
            provider = hostProvider(mta, 0, mta.length());
        }
        return ParsedReply.builder().replyCode(reply).enhancedCode(enhanced).dsnStatus(status)
                .dsnAction(g.action == null ? null : DsnAction.fromField(g.action).orElse(null))
                .recipient(recipient).provider(provider).remoteMta(mta).text(text).build();
    }

    private static String orElse(String a, String b) {
        return a != null ? a : b;
    }

    private static boolean isClassOnly(EnhancedStatusCode c) {
        return c.subject() == 0 && c.detail() == 0;
    }

    /** "smtp; 550 ..." -> "550 ...": drops a diagnostic type of up to 32 characters. */
    private static String withoutType(String v) {
        int semi = v.indexOf(';');
        if (semi > 0 && semi <= 32) {
            for (int k = 0; k < semi; k++) {
                if (isBlankChar(v.charAt(k))) {
                    return v;
                }
            }
            return v.substring(semi + 1).strip();
        }
        return v;
    }

    /**
     * Drops the address type of a recipient or MTA field: what stands before a semicolon in the first 33
     * characters, unless it is part of the address or a comment ({@code <jan@example.nl>; x},
     * {@code jan@example.nl (Jan; Sales)}). A malformed type ({@code x y;}, {@code ;}) is dropped too: RFC 3464
     * puts the address after the semicolon, whatever the type says.
     */
    private static String withoutAddressType(String v) {
        int semi = v.indexOf(';');
        if (semi < 0 || semi > 32) {
            return v;
        }
        for (int k = 0; k < semi; k++) {
            char ch = v.charAt(k);
            if (ch == '@' || ch == '<' || ch == '(' || ch == '"') {
                return v;
            }
        }
        return v.substring(semi + 1).strip();
    }

    /** "rfc822; <jan@example.nl> (Jan)" -> "jan@example.nl"; "dns; mx.example.nl" -> "mx.example.nl". */
    private static String address(String v) {
        String rest = withoutAddressType(v);
        String t = firstToken(rest);
        int lt = t.indexOf('@') < 0 ? rest.indexOf('<') : -1;
        int gt = lt < 0 ? -1 : rest.indexOf('>', lt);
        if (gt > lt) {
            t = rest.substring(lt, gt + 1); // a name before the address: "Jan Jansen" <jan@example.nl>
        }
        if (t.startsWith("<")) {
            t = t.substring(1);
        }
        if (t.endsWith(">")) {
            t = t.substring(0, t.length() - 1);
        }
        if (t.isEmpty() || t.length() > MAX_ADDRESS_CHARS) {
            return null;
        }
        return t;
    }

    private static String firstToken(String v) {
        int a = 0;
        while (a < v.length() && isBlankChar(v.charAt(a))) {
            a++;
        }
        int e = a;
        while (e < v.length() && !isBlankChar(v.charAt(e)) && v.charAt(e) != '(' && v.charAt(e) != ';') {
            e++;
        }
        return v.substring(a, e);
    }

    // ------------------------------------------------------------------------------------------------------------
    // Results

    /** The DSN recipient groups read, in order. */
    List<ParsedReply> groups() {
        return groups == null ? List.of() : groups;
    }

    /** The code candidate that wins: the best enhanced code, else the best basic reply code. */
    Candidate chosen() {
        return bestEnhanced != null ? bestEnhanced : bestReply;
    }

    /** The basic reply code to report with a candidate: its own, or for a lone enhanced code one of its class. */
    ReplyCode replyFor(Candidate c) {
        if (c.reply != null) {
            return c.reply;
        }
        Candidate r = replyByClass[c.enhanced.statusClass().code()];
        return r == null ? null : r.reply;
    }

    String recipient() {
        return rcptTo != null ? rcptTo : firstBracket != null ? firstBracket : firstBare;
    }

    Provider provider() {
        return strongProvider != null ? strongProvider : hostProvider;
    }

    /** The whole result of a FULL scan: the DSN group that failed first, else what the text shows; or null. */
    ParsedReply result() {
        if (groups != null) {
            ParsedReply delayed = null;
            for (ParsedReply p : groups) {
                DsnAction a = p.dsnAction().orElse(null);
                if (a == DsnAction.FAILED) {
                    return p;
                }
                if (a == DsnAction.DELAYED && delayed == null) {
                    delayed = p;
                }
            }
            return delayed != null ? delayed : groups.get(0);
        }
        Candidate c = chosen();
        if (c == null) {
            return null;
        }
        String text = text(c);
        ReplyScanner region = new ReplyScanner(s, c.lineStart, regionEnd, Mode.REGION);
        region.providerFrom = c.start;
        region.run();
        String recipient = region.rcptTo != null ? region.rcptTo
                : region.firstBracket != null ? region.firstBracket : recipient();
        EnhancedStatusCode e = c.enhanced;
        if (e != null && e.subject() == 1 && (e.detail() == 7 || e.detail() == 8) && region.rcptTo == null) {
            // X.1.7 and X.1.8 are about the sender's address (RFC 3463): an address in the text is the sender's
            recipient = rcptTo;
        }
        Provider provider = region.provider() != null ? region.provider() : provider();
        return ParsedReply.builder().replyCode(replyFor(c)).enhancedCode(c.enhanced).recipient(recipient)
                .provider(provider).text(text).build();
    }

    // ------------------------------------------------------------------------------------------------------------
    // The reply text

    /**
     * The reply text of a candidate without its codes: the rest of its line, then the lines of the same multiline
     * reply ({@code 550-...}, {@code 550 ...}) or folded (indented) continuation lines. Sets {@link #regionEnd}.
     * With no candidate (a diagnostic without a code), the whole value.
     */
    String text(Candidate c) {
        TextBuilder tb = new TextBuilder(c);
        if (c == null) {
            tb.append(from, Math.min(to, from + MAX_LINE_CHARS), false);
            regionEnd = to;
            return tb.finish();
        }
        int firstEnd = lineEndFrom(c.end);
        int lineLimit = Math.min(firstEnd, c.lineStart + MAX_LINE_CHARS);
        int after = c.end;
        if (c.reply != null && c.enhanced == null && c.dash) {
            after++; // "550-Mailbox unavailable"
        }
        if (c.prefixText && !hasLetter(after, lineLimit)) {
            // "Sorry, no mailbox here by that name. (#5.1.1)": the text stands before the code
            tb.append(c.lineStart + c.indent, c.start, false);
            tb.trimOpeners();
            if (after < lineLimit && (s.charAt(after) == ')' || s.charAt(after) == ']')) {
                after++;
            }
            if (!hasLetterOrDigit(after, lineLimit)) {
                after = lineLimit; // only punctuation after the code: "(#5.1.1).", "5.1.1!"
            }
        } else if (after < lineLimit && s.charAt(after) == closerOf(c)) {
            after++; // "(#5.1.1) Mailbox unknown": the bracket around the code is not text
        }
        tb.append(after, lineLimit, false);
        boolean multi = c.reply != null && c.dash;
        int pos = nextLine(firstEnd);
        regionEnd = firstEnd;
        while (pos < to && !tb.isFull() && pos - c.start < MAX_REGION_CHARS) {
            int le = lineEndFrom(pos);
            int k = pos;
            while (k < le && isBlankChar(s.charAt(k))) {
                k++;
            }
            if (k == le || le - pos > MAX_LINE_CHARS) {
                break;
            }
            int ind = k - pos;
            if (ind > 0 && ind >= c.indent) {
                if (stopsText(k, le)) {
                    break;
                }
                tb.append(k, le, true);
            } else if (multi && ind == c.indent && startsWithReply(k, le, c.reply)) {
                multi = k + 3 < le && s.charAt(k + 3) == '-';
                tb.append(k, le, true);
            } else {
                break;
            }
            regionEnd = le;
            pos = nextLine(le);
        }
        return tb.finish();
    }

    /** The bracket that closes the one opened just before a code ("(5.1.1", "[#5.1.1"), or 0. */
    private char closerOf(Candidate c) {
        int k = c.start - 1;
        if (k >= c.lineStart && s.charAt(k) == '#') {
            k--;
        }
        char open = k >= c.lineStart ? s.charAt(k) : 0;
        return open == '(' ? ')' : open == '[' ? ']' : 0;
    }

    private boolean hasLetterOrDigit(int a, int e) {
        for (int k = a; k < e; k++) {
            if (Character.isLetterOrDigit(s.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    private boolean hasLetter(int a, int e) {
        for (int k = a; k < e; k++) {
            if (isAsciiLetter(s.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    private int lineEndFrom(int p) {
        int e = p;
        while (e < to && s.charAt(e) != '\n' && s.charAt(e) != '\r') {
            e++;
        }
        return e;
    }

    private int nextLine(int e) {
        if (e >= to) {
            return to;
        }
        return e + (s.charAt(e) == '\r' && e + 1 < to && s.charAt(e + 1) == '\n' ? 2 : 1);
    }

    private boolean startsWithReply(int k, int le, ReplyCode rc) {
        if (k + 3 > le || ReplyCode.at(s, k) != rc) {
            return false;
        }
        return k + 3 == le || s.charAt(k + 3) == '-' || s.charAt(k + 3) == ' ';
    }

    /** Continuation lines that belong to something else: Java stack frames, nested exceptions. */
    private boolean stopsText(int k, int le) {
        if (regionEqualsIgnoreCase(s, k, "nested exception") || regionEqualsIgnoreCase(s, k, "caused by:")) {
            return true;
        }
        if (k + 3 < le && s.charAt(k) == 'a' && s.charAt(k + 1) == 't' && s.charAt(k + 2) == ' ') {
            // "at org.example.Foo.bar(Foo.java:12)"
            int m = k + 3;
            boolean dot = false;
            while (m < le && (Character.isJavaIdentifierPart(s.charAt(m)) || s.charAt(m) == '.')) {
                dot |= s.charAt(m) == '.';
                m++;
            }
            return dot && m < le && s.charAt(m) == '(';
        }
        return false;
    }

    /** Collects reply text: white space collapsed, repeated codes of the same reply left out, length capped. */
    private final class TextBuilder {
        private final Candidate c;
        private final StringBuilder b;
        private final String enhanced;
        private boolean space;
        private boolean done;

        TextBuilder(Candidate c) {
            this.c = c;
            this.b = new StringBuilder(Math.max(16, Math.min(MAX_TEXT_CHARS, to - (c == null ? from : c.end))));
            this.enhanced = c == null || c.enhanced == null ? null : c.enhanced.toString();
        }

        boolean isFull() {
            return done || b.length() >= MAX_TEXT_CHARS;
        }

        void append(int a, int e, boolean lineStartCodes) {
            int i = a;
            if (lineStartCodes && c != null && c.reply != null) {
                i = skipCodes(i, e, false);
            }
            for (; i < e && !isFull(); i++) {
                char ch = s.charAt(i);
                if (ch == '<' && i + 1 < e && s.charAt(i + 1) == '/') {
                    // an HTML closing tag ends the text
                    done = true;
                    break;
                }
                if (isBlankChar(ch) || ch < ' ' || ch == '\u007f') {
                    space = b.length() > 0;
                    continue;
                }
                if (c != null && c.reply != null && (space || b.length() == 0) && Ascii.isDigit(ch)) {
                    int skip = skipCodes(i, e, true);
                    if (skip > i) {
                        i = skip - 1;
                        continue;
                    }
                }
                if (space) {
                    b.append(' ');
                    space = false;
                }
                b.append(ch);
            }
            space = b.length() > 0;
        }

        /** Skips "550-5.1.1 " / "550 " at i; with requireEnhanced only when the enhanced code follows too. */
        private int skipCodes(int i, int e, boolean requireEnhanced) {
            if (i + 3 > e || ReplyCode.at(s, i) != c.reply) {
                return i;
            }
            int j = i + 3;
            if (j < e && (s.charAt(j) == '-' || s.charAt(j) == ' ')) {
                j++;
            } else if (j != e) {
                return i;
            }
            int k = j;
            while (k < e && s.charAt(k) == ' ') {
                k++;
            }
            if (enhanced != null && k + enhanced.length() <= e && regionEqualsIgnoreCase(s, k, enhanced)) {
                int m = k + enhanced.length();
                if (m == e || isBlankChar(s.charAt(m))) {
                    return m;
                }
            }
            return requireEnhanced ? i : j;
        }

        void trimOpeners() {
            int n = b.length();
            while (n > 0 && "#([ ".indexOf(b.charAt(n - 1)) >= 0) {
                n--;
            }
            b.setLength(n);
            space = n > 0;
        }

        String finish() {
            String t = b.toString().strip();
            // The builder stops at MAX_TEXT_CHARS chars, which can split a surrogate pair: a text of exactly the
            // limit that ends in a high surrogate loses it (never a lone surrogate in the text returned).
            if (t.length() >= MAX_TEXT_CHARS) {
                int n = MAX_TEXT_CHARS;
                if (Character.isHighSurrogate(t.charAt(n - 1))) {
                    n--;
                }
                t = t.substring(0, n).strip();
            }
            if (t.endsWith(")")) {
                int p = t.lastIndexOf("(in reply to ");
                if (p >= 0) {
                    t = t.substring(0, p).strip();
                }
            }
            if (t.endsWith("#SMTP#")) {
                t = t.substring(0, t.length() - 6).strip();
                if (t.endsWith(">")) {
                    t = t.substring(0, t.length() - 1).strip();
                }
            }
            while (t.endsWith("#")) {
                t = t.substring(0, t.length() - 1).strip();
            }
            if (c != null) {
                char close = c.opener == '\'' ? '\'' : c.opener == '"' ? '"' : c.opener == '(' ? ')'
                        : c.opener == '[' ? ']' : 0;
                if (close != 0 && t.endsWith(String.valueOf(close))) {
                    t = t.substring(0, t.length() - 1).strip();
                }
            }
            if (t.endsWith(")") && count(t, ')') > count(t, '(')) {
                t = t.substring(0, t.length() - 1).strip();
            }
            if (t.endsWith("]") && count(t, ']') > count(t, '[')) {
                t = t.substring(0, t.length() - 1).strip();
            }
            while (t.endsWith(";")) {
                t = t.substring(0, t.length() - 1).strip();
            }
            int lead = 0;
            while (lead < t.length() && ",;:.".indexOf(t.charAt(lead)) >= 0) {
                lead++;
            }
            return lead == 0 ? t : t.substring(lead).strip();
        }
    }

    private static int count(String t, char ch) {
        int n = 0;
        for (int i = 0; i < t.length(); i++) {
            if (t.charAt(i) == ch) {
                n++;
            }
        }
        return n;
    }

    // ------------------------------------------------------------------------------------------------------------
    // Character classes and small comparisons (all bounded)

    static boolean isBlankChar(char c) {
        return c == ' ' || c == '\t' || c == '\u00a0' || c == '\f' || c == '\u000b'
                || (c > 0x7f && Character.isSpaceChar(c));
    }

    /** Characters that may stand before a code at the start of a line: "#550", "'550", "> 550", "* 550". */
    private static boolean isCodeOpener(char c) {
        switch (c) {
            case '#':
            case '\'':
            case '"':
            case '<':
            case '>':
            case '*':
            case '|':
                return true;
            default:
                return false;
        }
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isWordStart(char c) {
        return isAsciiLetter(c) || c == '_' || (c > 0x7f && Character.isLetterOrDigit(c));
    }

    private static boolean isWordPart(char c) {
        return isAsciiLetter(c) || Ascii.isDigit(c) || c == '.' || c == '-' || c == '_' || c == '+' || c == '%'
                || (c > 0x7f && Character.isLetterOrDigit(c));
    }

    /** A character that glues a number to a word: 550ms, 5.1.1a, 5٥0, 123abc@example.nl. */
    private static boolean isGlued(char c) {
        return isAsciiLetter(c) || c == '_' || c == '@' || c == '+' || c == '%'
                || (c > 0x7f && Character.isLetterOrDigit(c));
    }

    private static boolean isDomainChar(char c) {
        return isAsciiLetter(c) || Ascii.isDigit(c) || c == '.' || c == '-'
                || (c > 0x7f && Character.isLetterOrDigit(c));
    }

    private void clearWords() {
        lastWordStart = -1;
        prevWordStart = -1;
    }

    private boolean lastWordIs(String w) {
        return lastWordStart >= 0 && eqIgnoreCase(lastWordStart, lastWordEnd, w);
    }

    private boolean prevWordIs(String w) {
        return prevWordStart >= 0 && eqIgnoreCase(prevWordStart, prevWordEnd, w);
    }

    private boolean lastWordIn(String[] words) {
        return lastWordStart >= 0 && in(lastWordStart, lastWordEnd, words);
    }

    private boolean in(int a, int e, String[] words) {
        for (String w : words) {
            if (eqIgnoreCase(a, e, w)) {
                return true;
            }
        }
        return false;
    }

    /** Case-insensitive (ASCII) comparison of s[a, e) with a lower-case word. */
    private boolean eqIgnoreCase(int a, int e, String lower) {
        return e - a == lower.length() && regionEqualsIgnoreCase(s, a, lower);
    }

    private boolean startsWithAny(int a, int e, String[] lowerPrefixes) {
        for (String p : lowerPrefixes) {
            if (e - a >= p.length() && regionEqualsIgnoreCase(s, a, p)) {
                return true;
            }
        }
        return false;
    }

    /** Whether text at pos starts with the lower-case ASCII string, ignoring ASCII case. */
    static boolean regionEqualsIgnoreCase(CharSequence text, int pos, String lower) {
        int n = lower.length();
        if (pos < 0 || pos + n > text.length()) {
            return false;
        }
        for (int k = 0; k < n; k++) {
            char c = text.charAt(pos + k);
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
            }
            if (c != lower.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}
