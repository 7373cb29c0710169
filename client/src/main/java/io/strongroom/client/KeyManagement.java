package io.strongroom.client;

import java.util.List;

/**
 * The operations a Java application calls over remote EJB. The caller is the authenticated
 * server principal; every call is audited like its JSON API twin.
 */
public interface KeyManagement {

    KeyMetadata createKey(CreateKeyRequest request);

    KeyMetadata describeKey(String keyId);

    KeyPage listKeys(Integer limit, String marker);

    EncryptResult encrypt(EncryptRequest request);

    DecryptResult decrypt(DecryptRequest request);

    DataKeyResult generateDataKey(GenerateDataKeyRequest request);

    DataKeyResult generateDataKeyWithoutPlaintext(GenerateDataKeyRequest request);

    void enableKey(String keyId);

    void disableKey(String keyId);

    /** pendingWindowInDays 7..30, null means 30. */
    ScheduleKeyDeletionResult scheduleKeyDeletion(String keyId, Integer pendingWindowInDays);

    /** @return the key ARN; the key is Disabled afterwards */
    String cancelKeyDeletion(String keyId);

    void updateKeyDescription(String keyId, String description);

    void createAlias(String aliasName, String targetKeyId);

    void updateAlias(String aliasName, String targetKeyId);

    void deleteAlias(String aliasName);

    /** keyId null lists the aliases of every key. */
    AliasPage listAliases(String keyId, Integer limit, String marker);

    void tagResource(String keyId, List<Tag> tags);

    void untagResource(String keyId, List<String> tagKeys);

    TagPage listResourceTags(String keyId, Integer limit, String marker);

    /** rotationPeriodInDays null means 365. */
    void enableKeyRotation(String keyId, Integer rotationPeriodInDays);

    void disableKeyRotation(String keyId);

    KeyRotationStatus getKeyRotationStatus(String keyId);

    /** @return the key id of the rotated key */
    String rotateKeyOnDemand(String keyId);

    KeyRotationPage listKeyRotations(String keyId, Integer limit, String marker);

    // Key specs other than SYMMETRIC_DEFAULT: signing, MACs, RSA encryption, key agreement, data key pairs.

    SignResult sign(SignRequest request);

    /** Fails with KMSInvalidSignatureException when the signature does not verify. */
    VerifyResult verify(VerifyRequest request);

    GenerateMacResult generateMac(GenerateMacRequest request);

    /** Fails with KMSInvalidMacException when the MAC does not match. */
    VerifyMacResult verifyMac(VerifyMacRequest request);

    PublicKeyResult getPublicKey(String keyId);

    DeriveSharedSecretResult deriveSharedSecret(DeriveSharedSecretRequest request);

    DataKeyPairResult generateDataKeyPair(GenerateDataKeyPairRequest request);

    DataKeyPairResult generateDataKeyPairWithoutPlaintext(GenerateDataKeyPairRequest request);

    byte[] generateRandom(Integer numberOfBytes);

    ReEncryptResult reEncrypt(ReEncryptRequest request);

    // Key policies: one policy per key, named "default" (null policyName means "default").

    String getKeyPolicy(String keyId, String policyName);

    /** Fails with MalformedPolicyDocumentException when invalid or when it would lock the caller out (unless bypassed). */
    void putKeyPolicy(String keyId, String policyName, String policy, boolean bypassPolicyLockoutSafetyCheck);

    java.util.List<String> listKeyPolicies(String keyId, Integer limit);
}
