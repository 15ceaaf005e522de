// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.mail.internal;

import jakarta.activation.DataSource;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The body of a multipart as a data source that ends after a number of boundary lines, so that Jakarta Mail's
 * multipart parser, which splits every part at once and costs time per part, never sees more parts than the
 * walk will look at. A multipart cut this way simply lacks its closing boundary, which Jakarta Mail accepts.
 */
final class PartLimitedSource implements DataSource {

    private final DataSource body;
    private final byte[] boundary;
    private final int maxBoundaries;

    /**
     * A limited source.
     *
     * @param body          the multipart's data source
     * @param boundary      the boundary parameter, or null when the Content-Type has none (then every line
     *                      starting with {@code --} counts)
     * @param maxBoundaries how many boundary lines to pass on
     */
    PartLimitedSource(DataSource body, String boundary, int maxBoundaries) {
        this.body = body;
        this.boundary = ("--" + (boundary == null ? "" : boundary)).getBytes(StandardCharsets.ISO_8859_1);
        this.maxBoundaries = maxBoundaries;
    }

    @Override
    public InputStream getInputStream() throws IOException {
        return new Limited(body.getInputStream());
    }

    @Override
    public OutputStream getOutputStream() throws IOException {
        throw new IOException("read-only");
    }

    @Override
    public String getContentType() {
        return body.getContentType();
    }

    @Override
    public String getName() {
        return body.getName();
    }

    /** Passes bytes on until the line after the last allowed boundary line starts. */
    private final class Limited extends FilterInputStream {
        private boolean lineStart = true;
        private int matched = -1;     // bytes of the boundary matched at the current line start, -1 when not
        private int seen;
        private boolean ended;

        Limited(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            if (ended) {
                return -1;
            }
            int c = super.read();
            if (c < 0) {
                return -1;
            }
            track(c);
            return c;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (ended) {
                return -1;
            }
            int n = super.read(b, off, len);
            if (n <= 0) {
                return n;
            }
            for (int i = 0; i < n; i++) {
                track(b[off + i] & 0xff);
                if (ended) {
                    // keep the byte that completed the last allowed boundary line, end after it
                    return i + 1;
                }
            }
            return n;
        }

        private void track(int c) {
            if (lineStart) {
                matched = 0;
                lineStart = false;
            }
            if (matched >= 0) {
                if (matched < boundary.length) {
                    matched = boundary[matched] == c ? matched + 1 : -1;
                }
                if (matched == boundary.length) {
                    matched = -1;
                    if (++seen > maxBoundaries) {
                        ended = true;
                    }
                }
            }
            if (c == '\n') {
                lineStart = true;
            }
        }

        @Override
        public boolean markSupported() {
            return false;
        }

        @Override
        public long skip(long n) throws IOException {
            long k = 0;
            while (k < n && read() >= 0) {
                k++;
            }
            return k;
        }
    }
}
