package io.strongroom.interfaces.api;

import io.strongroom.application.CallerContext;
import io.strongroom.application.KeyLifecycleService;
import io.strongroom.client.CreateKeyRequest;
import io.strongroom.client.KmsError;
import io.strongroom.client.Tag;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;

/** CreateKey: KMS-SPEC §2.1. */
@ApplicationScoped
public class CreateKeyOperation implements KmsOperation {

    @Inject
    private KeyLifecycleService keys;

    @Override
    public String name() {
        return "CreateKey";
    }

    @Override
    public JsonObject handle(JsonObject body, CallerContext caller) {
        JsonInput input = JsonInput.of(body);
        String keySpec = input.optionalString("KeySpec");
        String customerMasterKeySpec = input.optionalString("CustomerMasterKeySpec");
        if (keySpec != null && customerMasterKeySpec != null) {
            throw new InvalidRequestException(KmsError.ValidationException,
                    "You cannot specify KeySpec and CustomerMasterKeySpec in the same request. "
                            + "CustomerMasterKeySpec is deprecated.");
        }
        String policy = input.optionalString("Policy");
        boolean bypassLockoutCheck = Boolean.TRUE.equals(input.optionalBoolean("BypassPolicyLockoutSafetyCheck"));

        CreateKeyRequest request = new CreateKeyRequest(
                input.optionalString("Description"),
                keySpec != null ? keySpec : customerMasterKeySpec,
                input.optionalString("KeyUsage"),
                input.optionalString("Origin"),
                tags(input),
                policy,
                bypassLockoutCheck,
                Boolean.TRUE.equals(input.optionalBoolean("MultiRegion")),
                input.optionalString("CustomKeyStoreId"),
                input.optionalString("XksKeyId"));
        return ApiJson.createObjectBuilder()
                .add("KeyMetadata", JsonOutput.keyMetadata(keys.createKey(caller, request)))
                .build();
    }

    private static List<Tag> tags(JsonInput input) {
        List<Tag> tags = new ArrayList<>();
        for (JsonInput tag : input.objectList("Tags")) {
            tags.add(new Tag(tag.requiredString("TagKey"), tag.requiredString("TagValue")));
        }
        return List.copyOf(tags);
    }
}
