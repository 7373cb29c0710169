package io.strongroom.client;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * DescribeKey's KeyMetadata. Conditional members (deletionDate, validTo, expirationModel) are null
 * when the key's state or origin does not have them; list members are empty, never null.
 */
public record KeyMetadata(
        String awsAccountId,
        String keyId,
        String arn,
        Instant creationDate,
        boolean enabled,
        String description,
        String keyUsage,
        String keyState,
        Instant deletionDate,
        Instant validTo,
        String origin,
        String expirationModel,
        String keyManager,
        String keySpec,
        List<String> encryptionAlgorithms,
        List<String> signingAlgorithms,
        List<String> macAlgorithms,
        List<String> keyAgreementAlgorithms,
        boolean multiRegion) implements Serializable {
}
