package io.strongroom.interfaces.api;

import io.strongroom.application.CallerContext;
import io.strongroom.application.KeyLifecycleService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;

/** DescribeKey: KMS-SPEC §2.1. GrantTokens are accepted and ignored (grants are not implemented). */
@ApplicationScoped
public class DescribeKeyOperation implements KmsOperation {

    @Inject
    private KeyLifecycleService keys;

    @Override
    public String name() {
        return "DescribeKey";
    }

    @Override
    public JsonObject handle(JsonObject body, CallerContext caller) {
        String keyId = JsonInput.of(body).requiredString("KeyId");
        return ApiJson.createObjectBuilder()
                .add("KeyMetadata", JsonOutput.keyMetadata(keys.describeKey(caller, keyId)))
                .build();
    }
}
