package io.strongroom.interfaces.api;

import io.strongroom.application.CallerContext;
import io.strongroom.application.KeyRotationService;
import io.strongroom.client.KeyRotationStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * GetKeyRotationStatus: KeyRotationEnabled and KeyId, plus RotationPeriodInDays and
 * NextRotationDate while automatic rotation is on. OnDemandRotationStartDate is never sent: an
 * on-demand rotation completes within its call, so none is ever in progress.
 */
@ApplicationScoped
public class GetKeyRotationStatusOperation implements KmsOperation {

    @Inject
    private KeyRotationService rotation;

    @Override
    public String name() {
        return "GetKeyRotationStatus";
    }

    @Override
    public JsonObject handle(JsonObject body, CallerContext caller) {
        KeyRotationStatus status = rotation.getKeyRotationStatus(caller, JsonInput.of(body).requiredString("KeyId"));
        JsonObjectBuilder response = ApiJson.createObjectBuilder()
                .add("KeyRotationEnabled", status.keyRotationEnabled())
                .add("KeyId", status.keyId());
        if (status.rotationPeriodInDays() != null) {
            response.add("RotationPeriodInDays", status.rotationPeriodInDays());
        }
        if (status.nextRotationDate() != null) {
            response.add("NextRotationDate", JsonOutput.timestamp(status.nextRotationDate()));
        }
        return response.build();
    }
}
