package io.strongroom.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.strongroom.client.CreateKeyRequest;
import io.strongroom.client.DecryptRequest;
import io.strongroom.client.EncryptRequest;
import io.strongroom.client.KeyMetadata;
import io.strongroom.client.KmsError;
import io.strongroom.client.KmsException;
import io.strongroom.client.Tag;
import io.strongroom.it.StrongroomDeployment;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The application services inside Payara Micro, against PostgreSQL: what they persist, what a
 * failure leaves behind, and that they join a caller's transaction. Runs in the container, injecting
 * the beans of the real WAR.
 */
@ExtendWith(ArquillianExtension.class)
@Order(1)
class KeyServicesIT {

    private static final CallerContext CALLER =
            new CallerContext("arn:aws:iam::111122223333:user/admin", "it-request", "internal", "ejb");

    @Deployment
    static WebArchive deployment() {
        return StrongroomDeployment.create(KeyServicesIT.class);
    }

    @Inject
    KeyLifecycleService keys;

    @Inject
    CryptoOperations crypto;

    @Inject
    KeyCatalog catalog;

    @Inject
    UserTransaction transaction;

    @Test
    void createdKeyIsReadBackInLaterTransactions() {
        long before = catalog.count(KeyFilter.none());
        String description = "it-services-" + UUID.randomUUID();
        KeyMetadata created = keys.createKey(CALLER, new CreateKeyRequest(description, null, null, null,
                List.of(new Tag("suite", "key-services"))));

        KeyMetadata described = keys.describeKey(CALLER, created.keyId());
        assertEquals(created.keyId(), described.keyId());
        assertEquals(created.arn(), described.arn());
        assertEquals(description, described.description());
        assertEquals("Enabled", described.keyState());
        assertEquals("SYMMETRIC_DEFAULT", described.keySpec());
        assertEquals("ENCRYPT_DECRYPT", described.keyUsage());
        assertEquals("AWS_KMS", described.origin());
        assertEquals(created.creationDate(), described.creationDate());
        assertEquals(before + 1, catalog.count(KeyFilter.none()));
        assertEquals(1, catalog.count(new KeyFilter(null, created.keyId(), null, null, null)));
    }

    @Test
    void storedKeyMaterialDecryptsWhatItEncrypted() {
        KeyMetadata key = keys.createKey(CALLER, CreateKeyRequest.symmetric("it-services-crypto"));
        byte[] plaintext = "in-container".getBytes(StandardCharsets.UTF_8);
        Map<String, String> context = Map.of("layer", "application");

        var encrypted = crypto.encrypt(CALLER, new EncryptRequest(key.keyId(), plaintext, context, null));
        var decrypted = crypto.decrypt(CALLER, new DecryptRequest(encrypted.ciphertextBlob(), context, null, null));

        assertEquals(new String(plaintext, StandardCharsets.UTF_8), new String(decrypted.plaintext(), StandardCharsets.UTF_8));
        assertEquals(key.arn(), decrypted.keyId());
    }

    @Test
    void invalidKeySpecIsValidationExceptionAndLeavesNoRow() {
        long before = catalog.count(KeyFilter.none());
        KmsException e = assertThrows(KmsException.class, () -> keys.createKey(CALLER,
                new CreateKeyRequest("it-services-invalid", "NOPE", null, null, List.of())));
        assertEquals(KmsError.ValidationException, e.error());
        assertEquals(before, catalog.count(KeyFilter.none()));
    }

    @Test
    void createKeyJoinsTheCallersTransaction() throws Exception {
        long before = catalog.count(KeyFilter.none());
        transaction.begin();
        String keyId;
        try {
            keyId = keys.createKey(CALLER, CreateKeyRequest.symmetric("it-services-rolled-back")).keyId();
        } finally {
            transaction.rollback();
        }
        assertEquals(before, catalog.count(KeyFilter.none()));
        KmsException e = assertThrows(KmsException.class, () -> keys.describeKey(CALLER, keyId));
        assertEquals(KmsError.NotFoundException, e.error());
    }
}
