package io.strongroom.interfaces.api;

import io.strongroom.application.CallerContext;
import io.strongroom.application.KeyStateService;
import io.strongroom.client.ScheduleKeyDeletionResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/** ScheduleKeyDeletion: KMS-SPEC §2.1, §6; KeyId in the response is the key ARN. */
@ApplicationScoped
public class ScheduleKeyDeletionOperation implements KmsOperation {

    @Inject
    private KeyStateService keys;

    @Override
    public String name() {
        return "ScheduleKeyDeletion";
    }

    @Override
    public JsonObject handle(JsonObject body, CallerContext caller) {
        JsonInput input = JsonInput.of(body);
        ScheduleKeyDeletionResult result = keys.scheduleKeyDeletion(caller, input.requiredString("KeyId"),
                input.optionalInteger("PendingWindowInDays"));
        JsonObjectBuilder json = ApiJson.createObjectBuilder().add("KeyId", result.keyId());
        // Absent for a multi-Region primary whose replicas still exist: its date is not known yet.
        if (result.deletionDate() != null) {
            json.add("DeletionDate", JsonOutput.timestamp(result.deletionDate()));
        }
        return json.add("KeyState", result.keyState())
                .add("PendingWindowInDays", result.pendingWindowInDays())
                .build();
    }
}
