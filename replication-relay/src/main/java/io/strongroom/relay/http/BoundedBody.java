package io.strongroom.relay.http;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/** Reads a body only up to the relay's limit, so an oversize message never fills the relay's memory. */
final class BoundedBody {

    private BoundedBody() {
    }

    /** The whole body, or empty when it is longer than {@code maxBytes} (then at most one byte more was read). */
    static Optional<byte[]> read(InputStream in, int maxBytes) throws IOException {
        byte[] body = in.readNBytes(maxBytes + 1);
        return body.length > maxBytes ? Optional.empty() : Optional.of(body);
    }

    /** True when a {@code Content-Length} header already announces more than {@code maxBytes}. */
    static boolean announcedTooLarge(String contentLength, int maxBytes) {
        if (contentLength == null) {
            return false;
        }
        try {
            return Long.parseLong(contentLength.strip()) > maxBytes;
        } catch (NumberFormatException e) {
            return false; // the JDK server has refused malformed lengths already; reading decides
        }
    }
}
