package io.strongroom.infrastructure.crypto;

/**
 * Test access to the boundary's sealing of given bytes, so that two test regions can hold the
 * same imported material and a test can compare what two regions hold.
 */
public final class SealedMaterials {

    private SealedMaterials() {
    }

    public static byte[] seal(CryptoBoundary boundary, String keyId, int materialVersion, byte[] material) {
        return boundary.sealMaterial(keyId, materialVersion, material);
    }

    public static byte[] unseal(CryptoBoundary boundary, String keyId, int materialVersion, byte[] sealed) {
        return boundary.unsealMaterial(keyId, materialVersion, sealed);
    }
}
