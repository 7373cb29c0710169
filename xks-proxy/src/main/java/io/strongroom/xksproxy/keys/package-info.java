/**
 * Key material and the cryptography the XKS API asks of it: the software keystore (a PKCS12 file
 * encrypted at rest, or memory only), AES-256-GCM with the specification's AAD construction that
 * protects ciphertextMetadata, and the ciphertext data integrity value. Nothing here knows HTTP.
 */
package io.strongroom.xksproxy.keys;
