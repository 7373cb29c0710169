package io.strongroom.interfaces.api;

import io.strongroom.application.CallerContext;
import io.strongroom.application.KeyImportService;
import io.strongroom.client.ImportKeyMaterialRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;

/**
 * ImportKeyMaterial: KMS-SPEC §2.4. The newer ImportType, KeyMaterialId and KeyMaterialDescription
 * members (several materials per key) are refused rather than ignored.
 */
@ApplicationScoped
public class ImportKeyMaterialOperation implements KmsOperation {

    @Inject
    private KeyImportService imports;

    @Override
    public String name() {
        return "ImportKeyMaterial";
    }

    @Override
    public JsonObject handle(JsonObject body, CallerContext caller) {
        JsonInput input = JsonInput.of(body);
        input.refuseWhenPresent("KeyMaterialId", "a key holds one imported key material in this version");
        input.refuseWhenPresent("KeyMaterialDescription", "a key holds one imported key material in this version");
        String importType = input.optionalString("ImportType");
        if (importType != null && !importType.equals("NEW_KEY_MATERIAL") && !importType.equals("EXISTING_KEY_MATERIAL")) {
            throw InvalidRequestException.invalid("importType",
                    "Member must satisfy enum value set: [NEW_KEY_MATERIAL, EXISTING_KEY_MATERIAL]");
        }
        String keyArn = imports.importKeyMaterial(caller, new ImportKeyMaterialRequest(input.requiredString("KeyId"),
                input.requiredBlob("ImportToken"), input.requiredBlob("EncryptedKeyMaterial"),
                input.optionalTimestamp("ValidTo"), input.optionalString("ExpirationModel")));
        return ApiJson.createObjectBuilder().add("KeyId", keyArn).build();
    }
}
