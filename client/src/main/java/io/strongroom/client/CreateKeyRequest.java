package io.strongroom.client;

import java.io.Serializable;
import java.util.List;

/**
 * CreateKey input. Null members take the AWS defaults (SYMMETRIC_DEFAULT, ENCRYPT_DECRYPT, AWS_KMS).
 */
public record CreateKeyRequest(String description, String keySpec, String keyUsage, String origin,
                               List<Tag> tags) implements Serializable {

    public static CreateKeyRequest symmetric(String description) {
        return new CreateKeyRequest(description, null, null, null, List.of());
    }
}
