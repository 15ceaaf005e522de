// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.cli.internal;

import io.github.smtpcatalog.core.ParsedReply;
import java.util.List;
import java.util.Optional;

/**
 * The seam for what arrives on standard input ({@code catalog explain -}): a whole bounce message or a delivery
 * status notification gives its failed recipients; anything else is read as a server reply.
 *
 * <p>{@link #standard()} hands a whole mail message to catalog-mail ({@link MimeBounceReader}: RFC 3464
 * multipart/report, the plain-text bounces of common servers, quoted-printable and base64 parts), and reads DSN
 * fields pasted on their own as text ({@link DsnTextBounceReader}).
 *
 * <pre>{@code
 * Optional<List<ParsedReply>> failed = BounceReader.standard().failedRecipients(bytes);
 * // empty: not a message, read it as a reply; [] : a message that is no bounce; else one per failed recipient
 * }</pre>
 */
public interface BounceReader {

    /**
     * Reads the failed recipients (failed or delayed) of a message, in the message's order.
     *
     * @param input the bytes of standard input, not null
     * @return empty when the input is neither a mail message nor DSN fields (the caller reads it as a reply); a
     *         list, possibly empty, when it is one
     */
    Optional<List<ParsedReply>> failedRecipients(byte[] input);

    /**
     * The reader the command uses.
     *
     * @return the reader
     */
    static BounceReader standard() {
        return new MimeBounceReader(new DsnTextBounceReader());
    }
}
