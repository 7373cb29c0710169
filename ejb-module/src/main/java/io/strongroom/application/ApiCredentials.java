package io.strongroom.application;

import io.strongroom.infrastructure.crypto.CryptoBoundary;
import io.strongroom.persistence.ApiCredentialRecord;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * API access keys. The secret access key is stored sealed under the region root key; it is
 * unsealed here only for the signature check and the caller must wipe the returned array.
 */
@Stateless
public class ApiCredentials {

    static final String SECRET_KIND = "api-secret-access-key";

    /** A resolved access key: the principal it belongs to and its secret (caller wipes it). */
    public record ResolvedCredential(String principalArn, byte[] secretAccessKey) {
    }

    @PersistenceContext(unitName = "strongroom")
    private EntityManager em;
    @Inject
    private CryptoBoundary crypto;

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<ResolvedCredential> resolve(String accessKeyId) {
        if (accessKeyId == null || accessKeyId.isEmpty() || accessKeyId.length() > 128) {
            return Optional.empty();
        }
        return Optional.ofNullable(em.find(ApiCredentialRecord.class, accessKeyId))
                .filter(ApiCredentialRecord::isEnabled)
                .map(record -> new ResolvedCredential(record.getPrincipalArn(),
                        crypto.unsealSecret(SECRET_KIND, record.getAccessKeyId(), record.getSecretSealed())));
    }

    /** Stores a new access key for a principal (the secret is sealed; the caller wipes its copy). */
    public void create(String accessKeyId, String principalArn, String secretAccessKey) {
        byte[] secret = secretAccessKey.getBytes(StandardCharsets.UTF_8);
        try {
            em.persist(new ApiCredentialRecord(accessKeyId, principalArn,
                    crypto.sealSecret(SECRET_KIND, accessKeyId, secret), java.time.Instant.now()));
        } finally {
            java.util.Arrays.fill(secret, (byte) 0);
        }
    }

    public boolean exists(String accessKeyId) {
        return em.find(ApiCredentialRecord.class, accessKeyId) != null;
    }
}
