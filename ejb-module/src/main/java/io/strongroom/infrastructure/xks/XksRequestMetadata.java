package io.strongroom.infrastructure.xks;

/**
 * The requestMetadata object of a proxy call (KMS-SPEC §5.1). kmsKeyArn is null for health and
 * metadata calls; awsPrincipalArn is null for health.
 */
public record XksRequestMetadata(String awsPrincipalArn, String kmsKeyArn, String kmsOperation, String kmsRequestId) {
}
