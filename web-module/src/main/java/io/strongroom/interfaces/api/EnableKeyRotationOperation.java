package io.strongroom.interfaces.api;

import io.strongroom.application.CallerContext;
import io.strongroom.application.KeyRotationService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/** EnableKeyRotation: {KeyId, RotationPeriodInDays (90..2560, default 365)}; no output. */
@ApplicationScoped
public class EnableKeyRotationOperation implements KmsOperation {

    @Inject
    private KeyRotationService rotation;

    @Override
    public String name() {
        return "EnableKeyRotation";
    }

    @Override
    public JsonObject handle(JsonObject body, CallerContext caller) {
        JsonInput input = JsonInput.of(body);
        rotation.enableKeyRotation(caller, input.requiredString("KeyId"), input.optionalInteger("RotationPeriodInDays"));
        return JsonValue.EMPTY_JSON_OBJECT;
    }
}
