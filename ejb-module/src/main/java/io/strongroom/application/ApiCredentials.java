package io.strongroom.application;

import jakarta.ejb.Stateless;
import java.util.Optional;

/**
 * API access keys. The secret access key is stored encrypted under the region root key; it is
 * decrypted here only for the signature check and the caller must wipe the returned array.
 */
@Stateless
public class ApiCredentials {

    /** A resolved access key: the principal it belongs to and its secret (caller wipes it). */
    public record ResolvedCredential(String principalArn, byte[] secretAccessKey) {
    }

    public Optional<ResolvedCredential> resolve(String accessKeyId) {
        throw new IllegalStateException("not yet implemented");
    }
}
