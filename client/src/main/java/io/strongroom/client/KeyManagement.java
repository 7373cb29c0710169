package io.strongroom.client;

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
}
