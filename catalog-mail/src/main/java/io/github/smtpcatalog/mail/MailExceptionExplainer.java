// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.mail;

import io.github.smtpcatalog.core.ParsedReply;
import io.github.smtpcatalog.core.ReplyCode;
import io.github.smtpcatalog.core.ReplyParser;
import io.github.smtpcatalog.i18n.Explainer;
import io.github.smtpcatalog.i18n.ExplainOptions;
import io.github.smtpcatalog.mail.internal.Replies;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPAddressSucceededException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;

/**
 * Explains a caught Jakarta Mail exception per failed recipient: the exception and its
 * {@link MessagingException#getNextException() chain} of {@link SendFailedException},
 * {@link SMTPAddressFailedException}, {@link SMTPSendFailedException} and {@link SMTPSenderFailedException}.
 *
 * <pre>{@code
 * try {
 *     Transport.send(message);
 * } catch (MessagingException e) {
 *     for (RecipientExplanation r : MailExceptionExplainer.standard().explain(e, ExplainOptions.of(NL))) {
 *         log.warn("{}: {} {}", r.recipient().orElse("?"), r.note(),
 *                 r.explanation().map(Explanation::message).orElse(""));
 *     }
 * }
 * }</pre>
 *
 * <h2>Who failed, and why</h2>
 * <ul>
 *   <li>An invalid address (refused at {@code RCPT TO}) is {@link DeliveryOutcome#REFUSED} with the server's
 *       reply from its {@code SMTPAddressFailedException}.</li>
 *   <li>A valid-unsent address with a reply of its own (a temporary refusal such as {@code 450 4.2.1}) is
 *       {@code REFUSED} too.</li>
 *   <li>When the server refused the sender ({@code MAIL FROM}) every unsent address is
 *       {@link DeliveryOutcome#SENDER_REFUSED}; when it refused the message ({@code DATA}, e.g.
 *       {@code 552 5.3.4}), {@link DeliveryOutcome#MESSAGE_REFUSED}; both with that reply.</li>
 *   <li>Any other valid-unsent address is {@link DeliveryOutcome#NOT_SENT}: "not sent because of the other
 *       failure", without a reply of its own.</li>
 *   <li>Valid-sent addresses are no failures and are left out.</li>
 *   <li>An exception that names no address but carries a reply (a {@code 421} greeting, a {@code 535}
 *       authentication failure) gives one entry without a recipient; an exception without any SMTP reply
 *       (a connection refused, a time-out) gives an empty list.</li>
 * </ul>
 * The recipients come in the order of the exception's invalid, then valid-unsent addresses, then any further
 * refused addresses of the chain. The chain is followed for at most {@value #MAX_CHAIN} exceptions.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
public final class MailExceptionExplainer {

    /** The most exceptions of a chain that are looked at. */
    public static final int MAX_CHAIN = 1000;

    private static final MailExceptionExplainer STANDARD = new MailExceptionExplainer(null);

    private final Explainer explainer;

    private MailExceptionExplainer(Explainer explainer) {
        this.explainer = explainer;
    }

    /**
     * The explainer with the shipped catalogue and texts.
     *
     * @return the explainer
     */
    public static MailExceptionExplainer standard() {
        return STANDARD;
    }

    /**
     * An explainer with a catalogue and texts of your own.
     *
     * @param explainer the explainer, not null
     * @return the mail exception explainer
     */
    public static MailExceptionExplainer of(Explainer explainer) {
        return new MailExceptionExplainer(Objects.requireNonNull(explainer, "explainer"));
    }

    /**
     * Explains every failed recipient of an exception.
     *
     * @param exception the exception Jakarta Mail threw, not null
     * @param options   locale, audience and reading policy, not null
     * @return one explanation per failed recipient, as described above; an unmodifiable list
     */
    public List<RecipientExplanation> explain(MessagingException exception, ExplainOptions options) {
        Objects.requireNonNull(options, "options");
        Explainer e = explainer != null ? explainer : Explainer.standard();
        List<RecipientExplanation> out = new ArrayList<>();
        for (RecipientDiagnosis d : diagnose(exception)) {
            out.add(RecipientExplanation.of(e, d, options));
        }
        return List.copyOf(out);
    }

    /**
     * What happened to each failed recipient, without texts.
     *
     * @param exception the exception Jakarta Mail threw, not null
     * @return one diagnosis per failed recipient; an unmodifiable list
     */
    public List<RecipientDiagnosis> diagnose(MessagingException exception) {
        Objects.requireNonNull(exception, "exception");
        Map<String, SMTPAddressFailedException> refused = new LinkedHashMap<>();
        SendFailedException lists = null;
        SMTPSenderFailedException sender = null;
        SMTPSendFailedException command = null;
        MessagingException other = null;
        Map<Exception, Boolean> seen = new IdentityHashMap<>();
        Exception x = exception;
        for (int i = 0; x != null && i < MAX_CHAIN && seen.put(x, Boolean.TRUE) == null; i++) {
            if (x instanceof SMTPAddressSucceededException) {
                // a success reported at the caller's request: no failure
            } else if (x instanceof SMTPAddressFailedException) {
                SMTPAddressFailedException a = (SMTPAddressFailedException) x;
                if (a.getAddress() != null) {
                    refused.putIfAbsent(key(a.getAddress()), a);
                }
            } else if (x instanceof SMTPSenderFailedException) {
                if (sender == null) {
                    sender = (SMTPSenderFailedException) x;
                }
            } else if (x instanceof SMTPSendFailedException) {
                SMTPSendFailedException c = (SMTPSendFailedException) x;
                if (command == null && c.getReturnCode() >= 400) {
                    command = c;
                }
            } else if (other == null && x instanceof MessagingException && !(x instanceof SendFailedException)) {
                other = (MessagingException) x;
            }
            if (lists == null && x instanceof SendFailedException && hasLists((SendFailedException) x)) {
                lists = (SendFailedException) x;
            }
            x = x instanceof MessagingException ? ((MessagingException) x).getNextException() : null;
        }
        boolean mailFrom = sender != null || command != null && isMailFrom(command);
        ParsedReply whole = sender != null ? reply(sender.getMessage(), sender.getReturnCode(), null)
                : command != null ? reply(command.getMessage(), command.getReturnCode(), null) : null;
        String wholeText = sender != null ? sender.getMessage() : command != null ? command.getMessage() : null;

        Map<String, RecipientDiagnosis> out = new LinkedHashMap<>();
        if (lists != null) {
            for (Address a : nonNull(lists.getInvalidAddresses())) {
                out.putIfAbsent(key(a), refusedOrWhole(a, refused, whole, wholeText, mailFrom, true));
            }
            for (Address a : nonNull(lists.getValidUnsentAddresses())) {
                out.putIfAbsent(key(a), refusedOrWhole(a, refused, whole, wholeText, mailFrom, false));
            }
        }
        for (Map.Entry<String, SMTPAddressFailedException> e : refused.entrySet()) {
            if (!out.containsKey(e.getKey())) {
                SMTPAddressFailedException a = e.getValue();
                out.put(e.getKey(), RecipientDiagnosis.of(address(a.getAddress()), DeliveryOutcome.REFUSED,
                        reply(a.getMessage(), a.getReturnCode(), address(a.getAddress())), a.getMessage()));
            }
        }
        if (out.isEmpty() && whole != null) {
            out.put("", RecipientDiagnosis.of(null, mailFrom ? DeliveryOutcome.SENDER_REFUSED
                    : DeliveryOutcome.MESSAGE_REFUSED, whole, wholeText));
        }
        if (out.isEmpty()) {
            Exception first = other != null ? other : exception;
            ParsedReply p = first.getMessage() == null ? null : ReplyParser.tryParse(first.getMessage())
                    .orElse(null);
            if (p != null && p.replyCode().map(c -> c.value() >= 400).orElse(true)) {
                out.put("", RecipientDiagnosis.of(p.recipient().orElse(null), DeliveryOutcome.MESSAGE_REFUSED, p,
                        first.getMessage()));
            }
        }
        return List.copyOf(out.values());
    }

    private static RecipientDiagnosis refusedOrWhole(Address a, Map<String, SMTPAddressFailedException> refused,
            ParsedReply whole, String wholeText, boolean mailFrom, boolean invalid) {
        String address = address(a);
        SMTPAddressFailedException own = refused.get(key(a));
        if (own != null) {
            return RecipientDiagnosis.of(address, DeliveryOutcome.REFUSED,
                    reply(own.getMessage(), own.getReturnCode(), address), own.getMessage());
        }
        if (whole != null) {
            return RecipientDiagnosis.of(address, mailFrom ? DeliveryOutcome.SENDER_REFUSED
                    : DeliveryOutcome.MESSAGE_REFUSED, whole, wholeText);
        }
        return RecipientDiagnosis.of(address, invalid ? DeliveryOutcome.REFUSED : DeliveryOutcome.NOT_SENT, null,
                null);
    }

    private static boolean hasLists(SendFailedException e) {
        return e.getInvalidAddresses() != null || e.getValidUnsentAddresses() != null
                || e.getValidSentAddresses() != null;
    }

    private static boolean isMailFrom(SMTPSendFailedException e) {
        String cmd = e.getCommand();
        return cmd != null && cmd.regionMatches(true, 0, "MAIL FROM", 0, 9);
    }

    /** The reply in an exception's message; the return code alone when the message holds no code. */
    private static ParsedReply reply(String message, int returnCode, String recipient) {
        ParsedReply p = message == null ? null : ReplyParser.tryParse(message).orElse(null);
        if (p == null) {
            if (returnCode < 200 || returnCode > 559 || (returnCode / 10) % 10 > 5) {
                return null;
            }
            return ParsedReply.builder().replyCode(ReplyCode.of(returnCode)).recipient(recipient)
                    .text(message == null ? null : message.strip()).build();
        }
        return recipient != null && p.recipient().isEmpty() ? Replies.withRecipient(p, recipient) : p;
    }

    private static Address[] nonNull(Address[] a) {
        return a == null ? new Address[0] : a;
    }

    private static String address(Address a) {
        if (a instanceof InternetAddress) {
            return ((InternetAddress) a).getAddress();
        }
        return a == null ? null : a.toString();
    }

    private static String key(Address a) {
        String s = address(a);
        return s == null ? "" : s.toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return "MailExceptionExplainer[" + (explainer != null ? explainer : "standard") + "]";
    }
}
