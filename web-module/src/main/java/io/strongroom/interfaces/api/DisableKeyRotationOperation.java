package io.strongroom.interfaces.api;

import io.strongroom.application.CallerContext;
import io.strongroom.application.KeyRotationService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/** DisableKeyRotation: {KeyId}; no output. On-demand rotation stays available. */
@ApplicationScoped
public class DisableKeyRotationOperation implements KmsOperation {

    @Inject
    private KeyRotationService rotation;

    @Override
    public String name() {
        return "DisableKeyRotation";
    }

    @Override
    public JsonObject handle(JsonObject body, CallerContext caller) {
        rotation.disableKeyRotation(caller, JsonInput.of(body).requiredString("KeyId"));
        return JsonValue.EMPTY_JSON_OBJECT;
    }
}
