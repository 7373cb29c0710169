package io.strongroom.interfaces.api;

import io.strongroom.application.CallerContext;
import io.strongroom.application.KeyRotationService;
import io.strongroom.client.KeyRotationEntry;
import io.strongroom.client.KeyRotationPage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * ListKeyRotations: the completed rotations of a key, oldest first, paged with Limit/Marker;
 * NextMarker only when the page is truncated. IncludeKeyMaterial ALL_KEY_MATERIAL concerns
 * imported key material, which rotating keys never have, so it is refused rather than ignored.
 */
@ApplicationScoped
public class ListKeyRotationsOperation implements KmsOperation {

    private static final String ROTATIONS_ONLY = "ROTATIONS_ONLY";
    private static final String ALL_KEY_MATERIAL = "ALL_KEY_MATERIAL";

    @Inject
    private KeyRotationService rotation;

    @Override
    public String name() {
        return "ListKeyRotations";
    }

    @Override
    public JsonObject handle(JsonObject body, CallerContext caller) {
        JsonInput input = JsonInput.of(body);
        String keyId = input.requiredString("KeyId");
        String include = input.optionalString("IncludeKeyMaterial");
        if (ALL_KEY_MATERIAL.equals(include)) {
            throw InvalidRequestException.unsupported("IncludeKeyMaterial",
                    "ALL_KEY_MATERIAL lists imported key material, which this version does not have");
        }
        if (include != null && !ROTATIONS_ONLY.equals(include)) {
            throw InvalidRequestException.invalid("includeKeyMaterial",
                    "Member must satisfy enum value set: [ALL_KEY_MATERIAL, ROTATIONS_ONLY]");
        }
        KeyRotationPage page = rotation.listKeyRotations(caller, keyId, input.optionalInteger("Limit"),
                input.optionalString("Marker"));
        JsonArrayBuilder rotations = ApiJson.createArrayBuilder();
        for (KeyRotationEntry entry : page.rotations()) {
            rotations.add(ApiJson.createObjectBuilder()
                    .add("KeyId", entry.keyId())
                    .add("RotationDate", JsonOutput.timestamp(entry.rotationDate()))
                    .add("RotationType", entry.rotationType()));
        }
        JsonObjectBuilder response = ApiJson.createObjectBuilder().add("Rotations", rotations);
        if (page.truncated() && page.nextMarker() != null) {
            response.add("NextMarker", page.nextMarker());
        }
        return response.add("Truncated", page.truncated()).build();
    }
}
