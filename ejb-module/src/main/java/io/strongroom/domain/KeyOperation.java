package io.strongroom.domain;

/**
 * The rows of the key-state table (KMS-SPEC §3): operations grouped by how the key's state
 * decides whether they may run.
 */
public enum KeyOperation {
    /** CancelKeyDeletion. */
    CANCEL_KEY_DELETION,
    /** CreateAlias (the target key). */
    CREATE_ALIAS,
    /** Encrypt, Decrypt, GenerateDataKey*, ReEncrypt, GenerateDataKeyPair*, DeriveSharedSecret. */
    CRYPTOGRAPHIC,
    /** GenerateMac, VerifyMac, Sign, Verify, GetPublicKey. */
    SIGN_VERIFY_MAC_PUBLIC_KEY,
    /** DeleteAlias, DescribeKey, GetKeyPolicy, PutKeyPolicy, ListAliases, ListResourceTags, rotation status. */
    READ_OR_POLICY,
    /** DeleteImportedKeyMaterial. */
    DELETE_IMPORTED_KEY_MATERIAL,
    /** EnableKey, DisableKey. */
    ENABLE_DISABLE,
    /** GetParametersForImport. */
    GET_PARAMETERS_FOR_IMPORT,
    /** ImportKeyMaterial. */
    IMPORT_KEY_MATERIAL,
    /** ReplicateKey. */
    REPLICATE_KEY,
    /** UpdatePrimaryRegion. */
    UPDATE_PRIMARY_REGION,
    /** ScheduleKeyDeletion. */
    SCHEDULE_KEY_DELETION,
    /** TagResource, UntagResource, UpdateKeyDescription, key rotation settings. */
    TAG_UNTAG_DESCRIPTION,
    /** UpdateAlias, for the new (destination) target key. */
    UPDATE_ALIAS_DESTINATION
}
