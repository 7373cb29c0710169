package io.strongroom.interfaces.api;

import io.strongroom.application.CallerContext;
import io.strongroom.application.KeyStateService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/** EnableKey: KMS-SPEC §2.1. Enabling an Enabled key succeeds without change. */
@ApplicationScoped
public class EnableKeyOperation implements KmsOperation {

    @Inject
    private KeyStateService keys;

    @Override
    public String name() {
        return "EnableKey";
    }

    @Override
    public JsonObject handle(JsonObject body, CallerContext caller) {
        keys.enableKey(caller, JsonInput.of(body).requiredString("KeyId"));
        return JsonValue.EMPTY_JSON_OBJECT;
    }
}
