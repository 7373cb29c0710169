package io.strongroom.interfaces.api;

import io.strongroom.application.AliasService;
import io.strongroom.application.CallerContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/** CreateAlias: KMS-SPEC §2.2. TargetKeyId is a key id or key ARN. */
@ApplicationScoped
public class CreateAliasOperation implements KmsOperation {

    @Inject
    private AliasService aliases;

    @Override
    public String name() {
        return "CreateAlias";
    }

    @Override
    public JsonObject handle(JsonObject body, CallerContext caller) {
        JsonInput input = JsonInput.of(body);
        aliases.createAlias(caller, input.requiredString("AliasName"), input.requiredString("TargetKeyId"));
        return JsonValue.EMPTY_JSON_OBJECT;
    }
}
