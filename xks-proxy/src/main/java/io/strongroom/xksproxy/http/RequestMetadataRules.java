package io.strongroom.xksproxy.http;

import io.strongroom.xksproxy.XksOperation;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;

/**
 * The requestMetadata fields each API requires (KMS-SPEC §5.1). kmsOperation may be any value,
 * even one this proxy has never heard of, and kmsRequestId is opaque; only presence is checked.
 */
final class RequestMetadataRules {

    private static final int MAX_ARN_LENGTH = 2048;
    private static final List<String> OPTIONAL = List.of("awsSourceVpc", "awsSourceVpce", "kmsViaService");

    private RequestMetadataRules() {
    }

    static void check(XksOperation operation, JsonObject body) {
        JsonValue value = body.get("requestMetadata");
        if (value == null || value.getValueType() != JsonValue.ValueType.OBJECT || value.asJsonObject().isEmpty()) {
            throw XksException.validation("requestMetadata is missing or empty");
        }
        JsonObject metadata = value.asJsonObject();
        for (String field : required(operation)) {
            String text = JsonBodies.string(metadata, field)
                    .orElseThrow(() -> XksException.validation("requestMetadata." + field + " is missing"));
            if (field.endsWith("Arn") && (text.isEmpty() || text.length() > MAX_ARN_LENGTH)) {
                throw XksException.validation("requestMetadata." + field + " must be 1-2048 characters");
            }
            if (field.equals("kmsOperation") && text.isEmpty()) {
                throw XksException.validation("requestMetadata.kmsOperation is empty");
            }
        }
        for (String field : OPTIONAL) {
            JsonBodies.string(metadata, field);
        }
    }

    private static List<String> required(XksOperation operation) {
        return switch (operation) {
            case HEALTH -> List.of("kmsRequestId", "kmsOperation");
            case GET_KEY_METADATA -> List.of("awsPrincipalArn", "kmsOperation", "kmsRequestId");
            case ENCRYPT, DECRYPT -> List.of("awsPrincipalArn", "kmsKeyArn", "kmsOperation", "kmsRequestId");
            case UNKNOWN -> throw new IllegalArgumentException("no API");
        };
    }
}
