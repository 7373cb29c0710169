package io.strongroom.infrastructure.crypto;

import io.strongroom.domain.replication.CanonicalWriter;
import io.strongroom.domain.replication.SessionBinding;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The replication protocol's key derivation, Strongroom's own construction (AWS publishes none):
 * HKDF-SHA-384 (RFC 5869) with the ECDH shared secret as input keying material, the session id
 * as salt, and an info string that binds the purpose, both regions, the key, the session and both
 * agreement public keys, each field behind a two-byte length. docs/replication-protocol.md has it
 * byte by byte; a test checks it against BouncyCastle's HKDF.
 */
public final class ReplicationKdf {

    /** The label of the Replication Wrapping Key (RWK), which wraps material under AES-256-GCM. */
    public static final String WRAPPING_KEY_LABEL = "strongroom/mrk-replication/v1";
    /** The label of the key of the keyed material fingerprint (imported material). */
    public static final String FINGERPRINT_KEY_LABEL = "strongroom/mrk-fingerprint/v1";
    public static final int KEY_LENGTH = 32;

    private static final String HMAC = "HmacSHA384";
    private static final int HASH_LENGTH = 48;

    private ReplicationKdf() {
    }

    /**
     * {@code label | source region | destination region | key id | session id | RAK_A public key |
     * RAK_B public key}, each as {@code u16 length | bytes}; RAK_A belongs to the source, RAK_B to
     * the destination.
     */
    public static byte[] info(String label, SessionBinding binding, byte[] sourceAgreementKey,
                              byte[] destinationAgreementKey) {
        return new CanonicalWriter().bytes16(ascii(label)).bytes16(ascii(binding.sourceRegion()))
                .bytes16(ascii(binding.destinationRegion())).bytes16(ascii(binding.keyId()))
                .bytes16(binding.sessionId()).bytes16(sourceAgreementKey).bytes16(destinationAgreementKey).toBytes();
    }

    /** A 32-byte key for one purpose of one session; the caller wipes it. */
    public static byte[] derive(String label, byte[] sharedSecret, SessionBinding binding, byte[] sourceAgreementKey,
                                byte[] destinationAgreementKey) {
        return hkdfSha384(sharedSecret, binding.sessionId(),
                info(label, binding, sourceAgreementKey, destinationAgreementKey), KEY_LENGTH);
    }

    /** RFC 5869 extract-then-expand with HMAC-SHA-384. */
    static byte[] hkdfSha384(byte[] inputKeyingMaterial, byte[] salt, byte[] info, int length) {
        if (length < 1 || length > 255 * HASH_LENGTH) {
            throw new IllegalArgumentException("HKDF-SHA-384 output length out of range: " + length);
        }
        byte[] prk = null;
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(salt.length == 0 ? new byte[HASH_LENGTH] : salt, HMAC));
            prk = mac.doFinal(inputKeyingMaterial);
            mac.init(new SecretKeySpec(prk, HMAC));
            byte[] output = new byte[length];
            byte[] block = new byte[0];
            for (int counter = 1, done = 0; done < length; counter++) {
                mac.update(block);
                mac.update(info);
                mac.update((byte) counter);
                Arrays.fill(block, (byte) 0);
                block = mac.doFinal();
                int take = Math.min(block.length, length - done);
                System.arraycopy(block, 0, output, done, take);
                done += take;
            }
            Arrays.fill(block, (byte) 0);
            return output;
        } catch (GeneralSecurityException e) {
            throw CryptoBoundary.internal(e);
        } finally {
            if (prk != null) {
                Arrays.fill(prk, (byte) 0);
            }
        }
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
