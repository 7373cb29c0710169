package io.strongroom.interfaces.api;

import io.strongroom.application.CallerContext;
import io.strongroom.application.KeyImportService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;

/** DeleteImportedKeyMaterial: KMS-SPEC §2.4; the key waits in PendingImport for the same material. */
@ApplicationScoped
public class DeleteImportedKeyMaterialOperation implements KmsOperation {

    @Inject
    private KeyImportService imports;

    @Override
    public String name() {
        return "DeleteImportedKeyMaterial";
    }

    @Override
    public JsonObject handle(JsonObject body, CallerContext caller) {
        JsonInput input = JsonInput.of(body);
        input.refuseWhenPresent("KeyMaterialId", "a key holds one imported key material in this version");
        String keyArn = imports.deleteImportedKeyMaterial(caller, input.requiredString("KeyId"));
        return ApiJson.createObjectBuilder().add("KeyId", keyArn).build();
    }
}
