package io.strongroom.client;

/**
 * Bring your own key: the remote business interface for importing key material into keys of
 * origin EXTERNAL (KMS-SPEC §2.4). Failures are {@link KmsException}s with the AWS error codes
 * (InvalidImportTokenException, ExpiredImportTokenException, InvalidCiphertextException,
 * IncorrectKeyMaterialException, KMSInvalidStateException, UnsupportedOperationException, ...).
 */
public interface KeyMaterialImport {

    /** A fresh wrapping public key and import token, valid for 24 hours. */
    ImportParameters getParametersForImport(GetParametersForImportRequest request);

    /** Imports material wrapped under the parameters' public key; returns the key ARN. */
    String importKeyMaterial(ImportKeyMaterialRequest request);

    /** Deletes the imported material; the key waits in PendingImport. Returns the key ARN. */
    String deleteImportedKeyMaterial(String keyId);
}
