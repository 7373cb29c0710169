package io.strongroom.application.replication;

/**
 * A peer region as an administrator states it, in the console or the peer regions file: where it
 * is, its signing key in PEM, and the fingerprint obtained from that region out of band.
 */
public record PeerDeclaration(String region, String endpoint, String publicKeyPem, String fingerprint) {
}
