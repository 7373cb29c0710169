package io.strongroom.interfaces.api;

import io.strongroom.application.AliasService;
import io.strongroom.application.CallerContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/** DeleteAlias: KMS-SPEC §2.2; the key it named is not affected. */
@ApplicationScoped
public class DeleteAliasOperation implements KmsOperation {

    @Inject
    private AliasService aliases;

    @Override
    public String name() {
        return "DeleteAlias";
    }

    @Override
    public JsonObject handle(JsonObject body, CallerContext caller) {
        aliases.deleteAlias(caller, JsonInput.of(body).requiredString("AliasName"));
        return JsonValue.EMPTY_JSON_OBJECT;
    }
}
