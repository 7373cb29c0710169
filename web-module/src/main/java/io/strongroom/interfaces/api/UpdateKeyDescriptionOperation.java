package io.strongroom.interfaces.api;

import io.strongroom.application.CallerContext;
import io.strongroom.application.KeyStateService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/** UpdateKeyDescription: KeyId and Description (0..8192) are both required; an empty response. */
@ApplicationScoped
public class UpdateKeyDescriptionOperation implements KmsOperation {

    @Inject
    private KeyStateService keys;

    @Override
    public String name() {
        return "UpdateKeyDescription";
    }

    @Override
    public JsonObject handle(JsonObject body, CallerContext caller) {
        JsonInput input = JsonInput.of(body);
        keys.updateKeyDescription(caller, input.requiredString("KeyId"), input.requiredString("Description"));
        return JsonValue.EMPTY_JSON_OBJECT;
    }
}
