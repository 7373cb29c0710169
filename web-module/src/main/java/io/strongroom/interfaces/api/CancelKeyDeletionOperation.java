package io.strongroom.interfaces.api;

import io.strongroom.application.CallerContext;
import io.strongroom.application.KeyStateService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;

/** CancelKeyDeletion: KMS-SPEC §2.1; the key comes back Disabled, KeyId in the response is the key ARN. */
@ApplicationScoped
public class CancelKeyDeletionOperation implements KmsOperation {

    @Inject
    private KeyStateService keys;

    @Override
    public String name() {
        return "CancelKeyDeletion";
    }

    @Override
    public JsonObject handle(JsonObject body, CallerContext caller) {
        String keyArn = keys.cancelKeyDeletion(caller, JsonInput.of(body).requiredString("KeyId"));
        return ApiJson.createObjectBuilder().add("KeyId", keyArn).build();
    }
}
