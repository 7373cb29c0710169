package io.strongroom.interfaces.api;

import io.strongroom.application.CallerContext;
import io.strongroom.application.ReplicationService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * UpdatePrimaryRegion: KMS-SPEC §6. Answers, with no output, once the replica's Region accepted
 * the update; both keys are Updating until the roles have swapped through the replication protocol.
 */
@ApplicationScoped
public class UpdatePrimaryRegionOperation implements KmsOperation {

    @Inject
    private ReplicationService replication;

    @Override
    public String name() {
        return "UpdatePrimaryRegion";
    }

    @Override
    public JsonObject handle(JsonObject body, CallerContext caller) {
        JsonInput input = JsonInput.of(body);
        replication.updatePrimaryRegion(caller, input.requiredString("KeyId"), input.requiredString("PrimaryRegion"));
        return JsonValue.EMPTY_JSON_OBJECT;
    }
}
