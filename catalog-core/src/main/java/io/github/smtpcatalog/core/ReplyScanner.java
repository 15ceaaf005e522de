// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.core;

import static io.github.smtpcatalog.core.ScanChars.isAsciiLetter;
import static io.github.smtpcatalog.core.ScanChars.isBlankChar;
import static io.github.smtpcatalog.core.ScanChars.isCodeOpener;
import static io.github.smtpcatalog.core.ScanChars.equalsIgnoreCase;
import static io.github.smtpcatalog.core.ScanChars.isAnyOf;
import static io.github.smtpcatalog.core.ScanChars.isDomainChar;
import static io.github.smtpcatalog.core.ScanChars.isGlued;
import static io.github.smtpcatalog.core.ScanChars.isWordPart;
import static io.github.smtpcatalog.core.ScanChars.isWordStart;
import static io.github.smtpcatalog.core.ScanChars.regionEqualsIgnoreCase;

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
 * <p>The scanner itself finds the codes, the words around them and the addresses; {@link DsnFields} reads the
 * header and delivery-status fields, {@link ReplyText} the text of the chosen reply, {@link ProviderHosts} the
 * provider of a host name, and {@link ScanChars} holds the character classes.
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

    private static final int MAX_BRACKET = MAX_ADDRESS_CHARS + 16;

    enum Mode { FULL, VALUE, REGION }

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

    // header and DSN fields (FULL mode only)
    private final DsnFields dsn;

    // set by text()
    private int regionEnd;

    // REGION mode: where provider signals start to count
    private int providerFrom;

    ReplyScanner(String s, int from, int to, Mode mode) {
        this.s = s;
        this.from = from;
        this.to = Math.min(to, from + MAX_INPUT_CHARS);
        this.mode = mode;
        this.dsn = mode == Mode.FULL ? new DsnFields(s) : null;
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
            dsn.finish();
            dsn.endGroup();
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
                dsn.finish();
                dsn.endGroup();
            }
            clearWords();
            return;
        }
        if (mode == Mode.FULL) {
            if (indent > 0 && dsn.inField()) {
                if (!dsn.skipping()) {
                    dsn.append(k, le);
                }
                return;
            }
            if (indent == 0) {
                int colon = dsn.colon(ls, le);
                if (colon > 0) {
                    DsnFields.Field f = dsn.classify(ls, colon);
                    if (f != null) {
                        clearWords();
                        dsn.start(f, colon + 1, le);
                        return;
                    }
                }
                dsn.finish();
                if (colon <= 0 && dsn.inRecipientGroup()) {
                    dsn.endGroup();
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
        } else if (dotted && isMicrosoftDiagnostic(ws, we)) {
            signal(Provider.MICROSOFT, true, ws);
        } else if (len > 4 && dotted) {
            Provider p = ProviderHosts.of(s, ws, we);
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

    /** "RESOLVER.ADR.RecipNotFound", "ROUTING.x": an Exchange diagnostic prefix with something after it. */
    private boolean isMicrosoftDiagnostic(int ws, int we) {
        for (String p : MICROSOFT_DIAGNOSTICS) {
            if (we - ws > p.length() && regionEqualsIgnoreCase(s, ws, p)) {
                return true;
            }
        }
        return false;
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
    // Results

    /** The DSN recipient groups read, in order (FULL mode). */
    List<ParsedReply> groups() {
        return dsn == null ? List.of() : dsn.groups();
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
        List<ParsedReply> groups = groups();
        if (!groups.isEmpty()) {
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

    /** The reply text of a candidate (see {@link ReplyText#of}); sets {@link #regionEnd}. */
    String text(Candidate c) {
        ReplyText t = new ReplyText(s, from, to);
        String text = t.of(c);
        regionEnd = t.regionEnd();
        return text;
    }

    // ------------------------------------------------------------------------------------------------------------
    // The word context

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
        return isAnyOf(s, a, e, words);
    }

    private boolean eqIgnoreCase(int a, int e, String lower) {
        return equalsIgnoreCase(s, a, e, lower);
    }
}
