package io.strongroom.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.AlgorithmSpec;
import software.amazon.awssdk.services.kms.model.GetParametersForImportResponse;
import software.amazon.awssdk.services.kms.model.WrappingKeySpec;

/**
 * What the replication tests need around two {@link PrivateRegion}s: each region's signing key,
 * registering one region at the other as an administrator would, the relay's view of a region's
 * address, a port nothing listens on (a region that is down), importing known material, and
 * waiting until a primary knows its replica is Enabled.
 */
public final class PeerRegions {

    private PeerRegions() {
    }

    /** KMS-SPEC §4.1 with the JDK: RSAES_OAEP_SHA_256, MGF1 on SHA-256; {@code validTo} null: no ValidTo. */
    public static void importMaterial(KmsClient kms, String keyId, byte[] material, Instant validTo)
            throws GeneralSecurityException {
        GetParametersForImportResponse parameters = kms.getParametersForImport(r -> r.keyId(keyId)
                .wrappingAlgorithm(AlgorithmSpec.RSAES_OAEP_SHA_256).wrappingKeySpec(WrappingKeySpec.RSA_2048));
        Cipher cipher = Cipher.getInstance("RSA/ECB/OAEPPadding");
        cipher.init(Cipher.ENCRYPT_MODE, KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(
                parameters.publicKey().asByteArray())), new OAEPParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256,
                PSource.PSpecified.DEFAULT));
        SdkBytes wrapped = SdkBytes.fromByteArray(cipher.doFinal(material));
        kms.importKeyMaterial(r -> r.keyId(keyId).importToken(parameters.importToken()).encryptedKeyMaterial(wrapped)
                .validTo(validTo));
    }

    /** The region's current replication signing key (public, DER), waiting for its first start to make it. */
    public static byte[] currentSigningKey(PrivateRegion region) throws Exception {
        try (Connection db = region.connect()) {
            return currentSigningKey(db);
        }
    }

    /** The current replication signing key in the region database {@code db} is connected to. */
    public static byte[] currentSigningKey(Connection db) throws Exception {
        try (PreparedStatement query = db.prepareStatement(
                "select public_key from replication_signing_key where retired_at is null");
             ResultSet row = query.executeQuery()) {
            assertTrue(row.next(), "the region made its signing key at its first start");
            return row.getBytes(1);
        }
    }

    /**
     * What an administrator does in each region: registers the other as a peer with its signing key.
     * Written to the database directly because the console and the peer regions file both need the
     * other region's key before start, which a test region only has after its first start.
     */
    public static void register(PrivateRegion region, String peer, URI endpoint, byte[] publicKey) throws Exception {
        String fingerprint = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(publicKey));
        try (Connection db = region.connect()) {
            try (PreparedStatement insert = db.prepareStatement(
                    "insert into peer_region (region, endpoint, registered_at) values (?, ?, now())")) {
                insert.setString(1, peer);
                insert.setString(2, endpoint.toString());
                insert.executeUpdate();
            }
            try (PreparedStatement insert = db.prepareStatement("insert into peer_signing_key"
                    + " (region, fingerprint, public_key, valid_from, valid_until) values (?, ?, ?, now() - interval '1 minute', null)")) {
                insert.setString(1, peer);
                insert.setString(2, fingerprint);
                insert.setBytes(3, publicKey);
                insert.executeUpdate();
            }
        }
    }

    /**
     * Waits until the primary's region records its replica in {@code replicaRegion} as Enabled: the
     * replica reported its state with a topology notice. Reads the primary's {@code key_replica}
     * row and writes nothing.
     */
    public static void awaitReplicaKnownEnabled(PrivateRegion primaryRegion, String keyId, String replicaRegion)
            throws Exception {
        TwoRegions.await(() -> "Enabled".equals(recordedReplicaState(primaryRegion, keyId, replicaRegion)),
                "the primary to know " + keyId + " Enabled in " + replicaRegion, Duration.ofMinutes(3));
    }

    /** The state the primary's region records for its replica in {@code replicaRegion}, null if none. */
    public static String recordedReplicaState(PrivateRegion primaryRegion, String keyId, String replicaRegion)
            throws Exception {
        try (Connection db = primaryRegion.connect(); PreparedStatement query = db.prepareStatement(
                "select key_state from key_replica where key_id = ? and region = ?")) {
            query.setString(1, keyId);
            query.setString(2, replicaRegion);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        }
    }

    public static long materialRows(PrivateRegion region, String keyId) throws Exception {
        try (Connection db = region.connect();
             PreparedStatement query = db.prepareStatement("select count(*) from key_material where key_id = ?")) {
            query.setString(1, keyId);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    public static URI withoutSlash(URI uri) {
        String text = uri.toString();
        return URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
    }

    public static int closedPort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
