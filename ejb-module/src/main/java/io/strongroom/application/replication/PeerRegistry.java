package io.strongroom.application.replication;

import io.strongroom.client.KmsError;
import io.strongroom.client.KmsException;
import io.strongroom.domain.RegionIdentity;
import io.strongroom.domain.replication.KeyFingerprint;
import io.strongroom.domain.replication.PeerRegion;
import io.strongroom.domain.replication.PeerRegionRepository;
import io.strongroom.domain.replication.PeerSigningKey;
import io.strongroom.domain.replication.RegionName;
import io.strongroom.infrastructure.config.StrongroomConfig;
import io.strongroom.infrastructure.crypto.P384Keys;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URISyntaxException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * The peer regions this region trusts, changed only by an administrator: nothing is trusted on
 * first use. A key is accepted only if it is a P-384 public key whose SHA-256 fingerprint is the
 * one the administrator obtained from the peer out of band. Replacing a peer's key keeps the
 * previous one valid for the overlap, so a peer's rotation never interrupts replication.
 */
@Dependent
public class PeerRegistry {

    private static final int MAX_ENDPOINT_LENGTH = 2048;

    private final String ownRegion;
    private final PeerRegionRepository peers;
    private final Duration overlap;
    private final Clock clock;

    @Inject
    public PeerRegistry(RegionIdentity region, PeerRegionRepository peers, StrongroomConfig config) {
        this(region.region(), peers, config.signingKeyOverlap(), Clock.systemUTC());
    }

    public PeerRegistry(String ownRegion, PeerRegionRepository peers, Duration overlap, Clock clock) {
        this.ownRegion = ownRegion;
        this.peers = peers;
        this.overlap = overlap;
        this.clock = clock;
    }

    public PeerRegion register(PeerDeclaration declaration) {
        String region = peerName(declaration.region());
        String endpoint = endpoint(declaration.endpoint());
        Instant now = clock.instant();
        PeerSigningKey key = checkedKey(declaration, now);
        if (peers.find(region).isPresent()) {
            throw new KmsException(KmsError.AlreadyExistsException, "Peer region " + region + " is already registered");
        }
        PeerRegion peer = new PeerRegion(region, endpoint, now, List.of(key));
        peers.add(peer);
        return peer;
    }

    /** The peer's new signing key (its rotation): current from now, the previous ones valid for the overlap. */
    public PeerRegion updateKey(String region, String publicKeyPem, String fingerprint) {
        PeerRegion peer = existing(region);
        Instant now = clock.instant();
        PeerSigningKey key = checkedKey(new PeerDeclaration(peer.region(), peer.endpoint(), publicKeyPem, fingerprint), now);
        if (peer.key(key.fingerprint()).isPresent()) {
            throw new KmsException(KmsError.AlreadyExistsException,
                    "This signing key is already registered for peer region " + peer.region());
        }
        PeerRegion rotated = peer.withNewKey(key, now, now.plus(overlap));
        peers.replace(rotated);
        return rotated;
    }

    public List<PeerRegion> list() {
        return peers.list();
    }

    public void remove(String region) {
        if (!peers.remove(peerName(region))) {
            throw notRegistered(region);
        }
    }

    /**
     * Applies one entry of the peer regions file, with the checks of the console: an unknown peer
     * is registered, a known one takes the file's endpoint, and the file's key becomes its current
     * key unless that key is registered already. A peer absent from the file is left alone.
     */
    public void declare(PeerDeclaration declaration) {
        PeerRegion peer = peers.find(peerName(declaration.region())).orElse(null);
        if (peer == null) {
            register(declaration);
            return;
        }
        Instant now = clock.instant();
        PeerSigningKey key = checkedKey(declaration, now);
        String endpoint = endpoint(declaration.endpoint());
        boolean newKey = peer.key(key.fingerprint()).isEmpty();
        if (!newKey && endpoint.equals(peer.endpoint())) {
            return;
        }
        PeerRegion declared = peer.withEndpoint(endpoint);
        peers.replace(newKey ? declared.withNewKey(key, now, now.plus(overlap)) : declared);
    }

    private PeerRegion existing(String region) {
        return peers.find(peerName(region)).orElseThrow(() -> notRegistered(region));
    }

    private String peerName(String region) {
        RegionName.require("region", region);
        if (region.equals(ownRegion)) {
            throw KmsException.validation("region", "Member must name another region than this one (" + ownRegion + ")");
        }
        return region;
    }

    private static PeerSigningKey checkedKey(PeerDeclaration declaration, Instant now) {
        byte[] expected = KeyFingerprint.parse("fingerprint", declaration.fingerprint());
        byte[] der;
        try {
            der = P384Keys.fromPem(declaration.publicKeyPem());
        } catch (IllegalArgumentException e) {
            throw KmsException.validation("publicKeyPem", "Member must be a PEM-encoded EC P-384 public key ("
                    + e.getMessage() + ")");
        }
        byte[] actual = KeyFingerprint.of(der);
        if (!MessageDigest.isEqual(expected, actual)) {
            throw KmsException.validation("fingerprint", "The public key's SHA-256 fingerprint is "
                    + KeyFingerprint.format(actual) + ", not the expected " + KeyFingerprint.format(expected)
                    + "; check the key with the administrator of " + declaration.region());
        }
        return new PeerSigningKey(actual, der, now, null);
    }

    private static String endpoint(String endpoint) {
        try {
            URI uri = new URI(endpoint == null ? "" : endpoint.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && uri.getUserInfo() == null
                    && uri.getFragment() == null && uri.getQuery() == null && uri.toString().length() <= MAX_ENDPOINT_LENGTH) {
                return uri.toString();
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        throw KmsException.validation("endpoint", "Member must be an http or https URL with a host and without"
                + " credentials, query or fragment, of at most " + MAX_ENDPOINT_LENGTH + " characters");
    }

    private static KmsException notRegistered(String region) {
        return new KmsException(KmsError.NotFoundException, "Peer region " + region + " is not registered");
    }
}
