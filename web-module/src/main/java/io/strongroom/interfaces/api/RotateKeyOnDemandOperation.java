package io.strongroom.interfaces.api;

import io.strongroom.application.CallerContext;
import io.strongroom.application.KeyRotationService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;

/** RotateKeyOnDemand: {KeyId} → {KeyId}; the rotation is complete when the call returns. */
@ApplicationScoped
public class RotateKeyOnDemandOperation implements KmsOperation {

    @Inject
    private KeyRotationService rotation;

    @Override
    public String name() {
        return "RotateKeyOnDemand";
    }

    @Override
    public JsonObject handle(JsonObject body, CallerContext caller) {
        String keyId = rotation.rotateKeyOnDemand(caller, JsonInput.of(body).requiredString("KeyId"));
        return ApiJson.createObjectBuilder().add("KeyId", keyId).build();
    }
}
