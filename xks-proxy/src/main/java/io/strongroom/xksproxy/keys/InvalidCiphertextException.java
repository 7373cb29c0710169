package io.strongroom.xksproxy.keys;

/** GCM refused a ciphertext: wrong key, AAD, ciphertext metadata, IV, tag or ciphertext. */
public final class InvalidCiphertextException extends Exception {

    public InvalidCiphertextException(String message) {
        super(message);
    }
}
