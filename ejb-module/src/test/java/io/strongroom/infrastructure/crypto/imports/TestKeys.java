package io.strongroom.infrastructure.crypto.imports;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.RSAKeyGenParameterSpec;
import java.util.EnumMap;
import java.util.Map;

/**
 * RSA key pairs shared by the tests of this package, generated once per test JVM because RSA-4096
 * takes seconds. They serve both as wrapping keys and as RSA material to import.
 */
final class TestKeys {

    private static final Map<WrappingKeySpec, KeyPair> PAIRS = new EnumMap<>(WrappingKeySpec.class);

    private TestKeys() {
    }

    static synchronized KeyPair rsa(WrappingKeySpec spec) {
        return PAIRS.computeIfAbsent(spec, s -> {
            try {
                KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
                rsa.initialize(new RSAKeyGenParameterSpec(s.bits(), RSAKeyGenParameterSpec.F4));
                return rsa.generateKeyPair();
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    static KeyPair rsa(int bits) {
        return rsa(WrappingKeySpec.valueOf("RSA_" + bits));
    }
}
