package io.strongroom.infrastructure.crypto.imports;

import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.spec.MGF1ParameterSpec;
import javax.crypto.Cipher;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;
import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.engines.RFC5649WrapEngine;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * The client side of KMS-SPEC §4.1 built independently of the code under test: JDK OAEP with
 * parameters spelled out here and BouncyCastle's RFC 5649 engine (the unwrapper uses SunJCE's KWP).
 */
final class AwsWrapping {

    private static final SecureRandom RANDOM = new SecureRandom();

    private AwsWrapping() {
    }

    static byte[] wrap(WrappingAlgorithm algorithm, PublicKey wrappingKey, byte[] material) {
        boolean sha256 = algorithm.name().endsWith("SHA_256");
        if (algorithm.name().startsWith("RSAES_OAEP")) {
            return oaep(wrappingKey, sha256, material);
        }
        byte[] aesKey = new byte[32];
        RANDOM.nextBytes(aesKey);
        return concat(oaep(wrappingKey, sha256, aesKey), kwp(aesKey, material));
    }

    static byte[] oaep(PublicKey key, boolean sha256, byte[] plaintext) {
        OAEPParameterSpec spec = sha256
                ? new OAEPParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, PSource.PSpecified.DEFAULT)
                : new OAEPParameterSpec("SHA-1", "MGF1", MGF1ParameterSpec.SHA1, PSource.PSpecified.DEFAULT);
        return oaep(key, spec, plaintext);
    }

    static byte[] oaep(PublicKey key, OAEPParameterSpec spec, byte[] plaintext) {
        try {
            Cipher cipher = Cipher.getInstance("RSA/ECB/OAEPPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, spec, RANDOM);
            return cipher.doFinal(plaintext);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] kwp(byte[] aesKey, byte[] material) {
        RFC5649WrapEngine engine = new RFC5649WrapEngine(AESEngine.newInstance());
        engine.init(true, new KeyParameter(aesKey));
        return engine.wrap(material, 0, material.length);
    }

    static byte[] concat(byte[] first, byte[] second) {
        byte[] joined = new byte[first.length + second.length];
        System.arraycopy(first, 0, joined, 0, first.length);
        System.arraycopy(second, 0, joined, first.length, second.length);
        return joined;
    }
}
