package io.strongroom.interfaces.api;

import io.strongroom.application.AliasService;
import io.strongroom.application.CallerContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/** UpdateAlias: KMS-SPEC §2.2. The new target has the key type and usage of the old one. */
@ApplicationScoped
public class UpdateAliasOperation implements KmsOperation {

    @Inject
    private AliasService aliases;

    @Override
    public String name() {
        return "UpdateAlias";
    }

    @Override
    public JsonObject handle(JsonObject body, CallerContext caller) {
        JsonInput input = JsonInput.of(body);
        aliases.updateAlias(caller, input.requiredString("AliasName"), input.requiredString("TargetKeyId"));
        return JsonValue.EMPTY_JSON_OBJECT;
    }
}
