package io.strongroom.interfaces.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strongroom.it.KmsClients;
import io.strongroom.it.RegionTest;
import io.strongroom.it.TestRegion;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.AwsResponse;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.CreateKeyResponse;
import software.amazon.awssdk.services.kms.model.DataKeySpec;
import software.amazon.awssdk.services.kms.model.DecryptResponse;
import software.amazon.awssdk.services.kms.model.EncryptResponse;
import software.amazon.awssdk.services.kms.model.EncryptionAlgorithmSpec;
import software.amazon.awssdk.services.kms.model.GenerateDataKeyResponse;
import software.amazon.awssdk.services.kms.model.GenerateDataKeyWithoutPlaintextResponse;
import software.amazon.awssdk.services.kms.model.InvalidArnException;
import software.amazon.awssdk.services.kms.model.InvalidCiphertextException;
import software.amazon.awssdk.services.kms.model.KeyListEntry;
import software.amazon.awssdk.services.kms.model.KeyMetadata;
import software.amazon.awssdk.services.kms.model.KeySpec;
import software.amazon.awssdk.services.kms.model.KeyState;
import software.amazon.awssdk.services.kms.model.KeyUsageType;
import software.amazon.awssdk.services.kms.model.KmsException;
import software.amazon.awssdk.services.kms.model.ListKeysResponse;
import software.amazon.awssdk.services.kms.model.NotFoundException;
import software.amazon.awssdk.services.kms.model.OriginType;
import software.amazon.awssdk.services.kms.model.Tag;

/**
 * The AWS KMS JSON API as applications see it: the real AWS SDK for Java v2 pointed at the region
 * with {@code endpointOverride} and the bootstrap credential (KMS-SPEC §1, §2.1, §2.3).
 */
@RegionTest
@Order(2)
class AwsSdkIT {

    private static final Map<String, String> CONTEXT = Map.of("tenant", "acme", "purpose", "it");

    private static URI endpoint;
    private static KmsClient kms;

    @BeforeAll
    static void connect(URI regionUri) {
        endpoint = regionUri;
        kms = KmsClients.sdk(endpoint);
    }

    @AfterAll
    static void close() {
        kms.close();
    }

    @Test
    void createKeyThenDescribeKeyReturnsFullMetadata() {
        String description = "it-sdk-" + UUID.randomUUID();
        CreateKeyResponse created = kms.createKey(r -> r.description(description)
                .tags(Tag.builder().tagKey("team").tagValue("integration").build()));
        assertRequestId(created);
        String keyId = created.keyMetadata().keyId();
        assertDoesNotThrowUuid(keyId);

        KeyMetadata metadata = kms.describeKey(r -> r.keyId(keyId)).keyMetadata();
        assertEquals(keyId, metadata.keyId());
        assertEquals("arn:aws:kms:" + TestRegion.REGION + ":" + TestRegion.ACCOUNT_ID + ":key/" + keyId, metadata.arn());
        assertEquals(TestRegion.ACCOUNT_ID, metadata.awsAccountId());
        assertEquals(description, metadata.description());
        assertEquals(KeyState.ENABLED, metadata.keyState());
        assertTrue(metadata.enabled());
        assertEquals(KeySpec.SYMMETRIC_DEFAULT, metadata.keySpec());
        assertEquals(KeyUsageType.ENCRYPT_DECRYPT, metadata.keyUsage());
        assertEquals(OriginType.AWS_KMS, metadata.origin());
        assertEquals(List.of(EncryptionAlgorithmSpec.SYMMETRIC_DEFAULT), metadata.encryptionAlgorithms());
        assertFalse(Boolean.TRUE.equals(metadata.multiRegion()));
        assertNull(metadata.deletionDate());
        assertNotNull(metadata.creationDate());
        assertTrue(Duration.between(metadata.creationDate(), Instant.now()).abs().compareTo(Duration.ofMinutes(2)) < 0,
                "CreationDate " + metadata.creationDate() + " is not close to now");

        // CreateKey answers with the same KeyMetadata that DescribeKey reads back later.
        assertEquals(created.keyMetadata(), metadata);
        // Any KeyId form resolves: the ARN too.
        assertEquals(keyId, kms.describeKey(r -> r.keyId(metadata.arn())).keyMetadata().keyId());
    }

    @Test
    void listKeysPagesOneKeyAtATimeWithMarker() {
        Set<String> created = new HashSet<>();
        for (int i = 0; i < 3; i++) {
            created.add(kms.createKey(r -> r.description("it-sdk-paging")).keyMetadata().keyId());
        }
        List<String> seen = new ArrayList<>();
        String marker = null;
        for (int page = 0; page < 500; page++) {
            String current = marker;
            ListKeysResponse response = kms.listKeys(r -> r.limit(1).marker(current));
            assertTrue(response.keys().size() <= 1, "Limit=1 returned " + response.keys().size() + " keys");
            response.keys().stream().map(KeyListEntry::keyId).forEach(seen::add);
            response.keys().forEach(k -> assertTrue(k.keyArn().endsWith(":key/" + k.keyId()), k.keyArn()));
            if (!Boolean.TRUE.equals(response.truncated())) {
                assertNull(response.nextMarker(), "NextMarker on the last page");
                break;
            }
            assertNotNull(response.nextMarker(), "Truncated page without NextMarker");
            marker = response.nextMarker();
        }
        assertEquals(seen.size(), new HashSet<>(seen).size(), "a key was listed twice: " + seen);
        assertTrue(seen.containsAll(created), "paging missed some of " + created + "; saw " + seen);
    }

    @Test
    void encryptThenDecryptWithEncryptionContext() {
        KeyMetadata key = newKey();
        byte[] plaintext = "attack at dawn".getBytes(StandardCharsets.UTF_8);
        EncryptResponse encrypted = kms.encrypt(r -> r.keyId(key.keyId())
                .plaintext(SdkBytes.fromByteArray(plaintext)).encryptionContext(CONTEXT));
        assertRequestId(encrypted);
        assertEquals(key.arn(), encrypted.keyId());
        assertEquals(EncryptionAlgorithmSpec.SYMMETRIC_DEFAULT, encrypted.encryptionAlgorithm());
        assertFalse(containsSubsequence(encrypted.ciphertextBlob().asByteArray(), plaintext), "plaintext visible in blob");

        DecryptResponse decrypted = kms.decrypt(r -> r.ciphertextBlob(encrypted.ciphertextBlob())
                .encryptionContext(CONTEXT));
        assertArrayEquals(plaintext, decrypted.plaintext().asByteArray());
        assertEquals(key.arn(), decrypted.keyId());
    }

    @Test
    void tamperedCiphertextIsInvalidCiphertext() {
        KeyMetadata key = newKey();
        byte[] blob = kms.encrypt(r -> r.keyId(key.keyId()).plaintext(SdkBytes.fromUtf8String("secret")))
                .ciphertextBlob().asByteArray();
        blob[blob.length - 1] ^= 0x01;
        InvalidCiphertextException e = assertThrows(InvalidCiphertextException.class,
                () -> kms.decrypt(r -> r.ciphertextBlob(SdkBytes.fromByteArray(blob))));
        assertEquals(400, e.statusCode());
    }

    @Test
    void wrongEncryptionContextIsInvalidCiphertext() {
        KeyMetadata key = newKey();
        SdkBytes blob = kms.encrypt(r -> r.keyId(key.keyId()).plaintext(SdkBytes.fromUtf8String("secret"))
                .encryptionContext(CONTEXT)).ciphertextBlob();
        assertThrows(InvalidCiphertextException.class,
                () -> kms.decrypt(r -> r.ciphertextBlob(blob).encryptionContext(Map.of("tenant", "other"))));
        assertThrows(InvalidCiphertextException.class, () -> kms.decrypt(r -> r.ciphertextBlob(blob)));
    }

    @Test
    void generateDataKeyReturnsPlaintextThatItsCiphertextDecryptsTo() {
        KeyMetadata key = newKey();
        GenerateDataKeyResponse dataKey = kms.generateDataKey(r -> r.keyId(key.keyId())
                .keySpec(DataKeySpec.AES_256).encryptionContext(CONTEXT));
        assertEquals(32, dataKey.plaintext().asByteArray().length);
        assertEquals(key.arn(), dataKey.keyId());
        DecryptResponse decrypted = kms.decrypt(r -> r.ciphertextBlob(dataKey.ciphertextBlob())
                .encryptionContext(CONTEXT));
        assertArrayEquals(dataKey.plaintext().asByteArray(), decrypted.plaintext().asByteArray());

        GenerateDataKeyWithoutPlaintextResponse withoutPlaintext = kms.generateDataKeyWithoutPlaintext(
                r -> r.keyId(key.keyId()).numberOfBytes(16));
        assertEquals(key.arn(), withoutPlaintext.keyId());
        assertEquals(16, kms.decrypt(r -> r.ciphertextBlob(withoutPlaintext.ciphertextBlob()))
                .plaintext().asByteArray().length);
    }

    @Test
    void unknownKeyIsNotFound() {
        NotFoundException e = assertThrows(NotFoundException.class,
                () -> kms.describeKey(r -> r.keyId(UUID.randomUUID().toString())));
        assertEquals(404, e.statusCode());
    }

    @Test
    void malformedArnIsInvalidArn() {
        assertThrows(InvalidArnException.class,
                () -> kms.describeKey(r -> r.keyId("arn:aws:kms:us-east-1:111122223333:nonsense")));
    }

    @Test
    void oversizePlaintextIsValidationException() {
        KeyMetadata key = newKey();
        SdkBytes tooLong = SdkBytes.fromByteArray(new byte[4097]);
        KmsException e = assertThrows(KmsException.class,
                () -> kms.encrypt(r -> r.keyId(key.keyId()).plaintext(tooLong)));
        assertEquals("ValidationException", e.awsErrorDetails().errorCode());
        assertEquals(400, e.statusCode());
    }

    @Test
    void wrongSecretKeyIsInvalidSignature() {
        try (KmsClient forged = KmsClients.sdk(endpoint, TestRegion.ACCESS_KEY_ID, "x" + TestRegion.SECRET_ACCESS_KEY.substring(1))) {
            KmsException e = assertThrows(KmsException.class, () -> forged.listKeys(r -> r.limit(1)));
            assertEquals("InvalidSignatureException", e.awsErrorDetails().errorCode());
        }
    }

    @Test
    void unknownAccessKeyIsUnrecognizedClient() {
        try (KmsClient stranger = KmsClients.sdk(endpoint, "AKIANOSUCHACCESSKEY0", TestRegion.SECRET_ACCESS_KEY)) {
            KmsException e = assertThrows(KmsException.class, () -> stranger.listKeys(r -> r.limit(1)));
            assertEquals("UnrecognizedClientException", e.awsErrorDetails().errorCode());
        }
    }

    private static KeyMetadata newKey() {
        return kms.createKey(r -> r.description("it-sdk-crypto")).keyMetadata();
    }

    private static void assertRequestId(AwsResponse response) {
        String requestId = response.responseMetadata().requestId();
        assertNotNull(requestId);
        assertFalse(requestId.isBlank() || "UNKNOWN".equals(requestId), "no x-amzn-RequestId: " + requestId);
    }

    private static void assertDoesNotThrowUuid(String keyId) {
        assertEquals(keyId, UUID.fromString(keyId).toString(), "KeyId is not a lower-case UUID");
    }

    static boolean containsSubsequence(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
