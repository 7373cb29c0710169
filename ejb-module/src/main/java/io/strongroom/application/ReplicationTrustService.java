package io.strongroom.application;

import io.strongroom.application.access.AccessControl;
import io.strongroom.application.replication.PeerDeclaration;
import io.strongroom.application.replication.PeerRegistry;
import io.strongroom.application.replication.SigningKeyCustody;
import io.strongroom.application.replication.SigningKeyCustody.PublishedKey;
import io.strongroom.domain.replication.KeyFingerprint;
import io.strongroom.domain.replication.PeerRegion;
import io.strongroom.domain.replication.PeerSigningKey;
import io.strongroom.infrastructure.crypto.P384Keys;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * Who this region trusts for replication, as administrators manage it: the peer regions with their
 * signing keys (register, replace a key after the peer rotated, list, remove) and this region's
 * own signing key (publish to peers, rotate). Every call is authorized by the caller's identity
 * policies as a {@code strongroom:*} action on "*" and audited.
 */
@Stateless
@Interceptors(AuditedFailures.class)
public class ReplicationTrustService {

    static final String ACTION_PREFIX = "strongroom:";

    /** A peer region as the console shows it. */
    public record PeerRegionSummary(String region, String endpoint, Instant registeredAt, List<PeerKeySummary> keys)
            implements Serializable {
    }

    /** One of a peer's signing keys; validUntil is null for its current key. */
    public record PeerKeySummary(String fingerprint, String pem, Instant validFrom, Instant validUntil)
            implements Serializable {
    }

    @Inject
    private PeerRegistry registry;
    @Inject
    private SigningKeyCustody custody;
    @Inject
    private AccessControl accessControl;
    @Inject
    private AuditLog auditLog;

    /** Registers a peer; its key must be a P-384 public key whose SHA-256 fingerprint is {@code fingerprint}. */
    public PeerRegionSummary registerPeerRegion(CallerContext caller, String region, String endpoint, String publicKeyPem,
                                                String fingerprint) {
        authorize(caller, "RegisterPeerRegion");
        PeerRegion peer = registry.register(new PeerDeclaration(region, endpoint, publicKeyPem, fingerprint));
        auditLog.recordWithStateChange(AuditEvent.of(caller, "RegisterPeerRegion", null, AuditEvent.SUCCESS));
        return summary(peer);
    }

    /** The peer's new signing key after it rotated; its previous keys stay valid for the overlap. */
    public PeerRegionSummary updatePeerRegionKey(CallerContext caller, String region, String publicKeyPem,
                                                 String fingerprint) {
        authorize(caller, "UpdatePeerRegionKey");
        PeerRegion peer = registry.updateKey(region, publicKeyPem, fingerprint);
        auditLog.recordWithStateChange(AuditEvent.of(caller, "UpdatePeerRegionKey", null, AuditEvent.SUCCESS));
        return summary(peer);
    }

    public List<PeerRegionSummary> listPeerRegions(CallerContext caller) {
        authorize(caller, "ListPeerRegions");
        List<PeerRegionSummary> peers = registry.list().stream().map(ReplicationTrustService::summary).toList();
        auditLog.recordDurably(AuditEvent.of(caller, "ListPeerRegions", null, AuditEvent.SUCCESS));
        return peers;
    }

    public void deletePeerRegion(CallerContext caller, String region) {
        authorize(caller, "DeletePeerRegion");
        registry.remove(region);
        auditLog.recordWithStateChange(AuditEvent.of(caller, "DeletePeerRegion", null, AuditEvent.SUCCESS));
    }

    /** This region's signing keys to hand to peers: the current one and those still inside the overlap. */
    public List<PublishedKey> getReplicationSigningKeys(CallerContext caller) {
        authorize(caller, "GetReplicationSigningKeys");
        List<PublishedKey> keys = custody.published();
        auditLog.recordDurably(AuditEvent.of(caller, "GetReplicationSigningKeys", null, AuditEvent.SUCCESS));
        return keys;
    }

    /** Makes a new signing key current; peers must register it before the overlap ends. */
    public PublishedKey rotateReplicationSigningKey(CallerContext caller) {
        authorize(caller, "RotateReplicationSigningKey");
        int version = custody.rotate().version();
        auditLog.recordWithStateChange(AuditEvent.of(caller, "RotateReplicationSigningKey", null, AuditEvent.SUCCESS));
        return custody.published().stream().filter(key -> key.version() == version).findFirst().orElseThrow();
    }

    private void authorize(CallerContext caller, String operation) {
        accessControl.authorizeIdentityOnly(caller, ACTION_PREFIX + operation, "*");
    }

    private static PeerRegionSummary summary(PeerRegion peer) {
        return new PeerRegionSummary(peer.region(), peer.endpoint(), peer.registeredAt(),
                peer.keys().stream().map(ReplicationTrustService::summary).toList());
    }

    private static PeerKeySummary summary(PeerSigningKey key) {
        return new PeerKeySummary(KeyFingerprint.format(key.fingerprint()), P384Keys.toPem(key.publicKey()),
                key.validFrom(), key.validUntil());
    }
}
