package io.strongroom.infrastructure.xks;

/**
 * What the proxy's encrypt returns and its decrypt takes back: the ciphertext (as long as what was
 * encrypted), a 12 or 16 byte IV, the separate 16-byte tag and optional metadata of at most 20 bytes.
 */
public record XksCiphertext(byte[] ciphertext, byte[] initializationVector, byte[] authenticationTag,
                            byte[] ciphertextMetadata) {
}
