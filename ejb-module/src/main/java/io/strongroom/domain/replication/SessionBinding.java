package io.strongroom.domain.replication;

/**
 * What the keys of one session are bound to, whatever the direction of the message at hand:
 * the region that holds the material (source), the region that receives it or its fingerprint
 * (destination), the key and the session. It goes into the KDF's info string.
 */
public record SessionBinding(String sourceRegion, String destinationRegion, String keyId, byte[] sessionId) {

    /** The binding of a session seen from a message in it. */
    public static SessionBinding of(MessageHeader header) {
        return header.type().isRequest()
                ? new SessionBinding(header.destinationRegion(), header.sourceRegion(), header.keyId(), header.sessionId())
                : new SessionBinding(header.sourceRegion(), header.destinationRegion(), header.keyId(), header.sessionId());
    }
}
