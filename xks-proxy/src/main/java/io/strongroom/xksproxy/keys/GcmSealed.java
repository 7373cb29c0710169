package io.strongroom.xksproxy.keys;

/**
 * What the XKS encrypt API returns and decrypt takes back: AES-GCM output with the tag kept apart
 * from the ciphertext, and the ciphertext metadata bound into the AAD.
 *
 * @param ciphertext         as long as the plaintext
 * @param initializationVector 12 bytes (16 accepted on decrypt)
 * @param authenticationTag  16 bytes
 * @param ciphertextMetadata at most 255 bytes (this proxy writes {@link XksCipher#CIPHERTEXT_METADATA}), may be empty
 */
public record GcmSealed(byte[] ciphertext, byte[] initializationVector, byte[] authenticationTag,
                        byte[] ciphertextMetadata) {
}
