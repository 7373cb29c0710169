package io.strongroom.interfaces.api;

import io.strongroom.application.CallerContext;
import io.strongroom.application.ReplicationService;
import io.strongroom.application.ReplicaOrder;
import io.strongroom.client.Tag;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;

/**
 * ReplicateKey: KMS-SPEC §6. Answers once the replica's Region accepted the order; the replica is
 * Creating there until its material arrived through the replication protocol.
 */
@ApplicationScoped
public class ReplicateKeyOperation implements KmsOperation {

    @Inject
    private ReplicationService replication;

    @Override
    public String name() {
        return "ReplicateKey";
    }

    @Override
    public JsonObject handle(JsonObject body, CallerContext caller) {
        JsonInput input = JsonInput.of(body);
        List<Tag> tags = new ArrayList<>();
        for (JsonInput tag : input.objectList("Tags")) {
            tags.add(new Tag(tag.requiredString("TagKey"), tag.requiredString("TagValue")));
        }
        ReplicaOrder order = replication.replicateKey(caller, input.requiredString("KeyId"),
                input.requiredString("ReplicaRegion"), input.optionalString("Policy"),
                Boolean.TRUE.equals(input.optionalBoolean("BypassPolicyLockoutSafetyCheck")),
                input.optionalString("Description"), List.copyOf(tags));
        JsonArrayBuilder replicaTags = ApiJson.createArrayBuilder();
        order.replicaTags().forEach(tag -> replicaTags.add(ApiJson.createObjectBuilder()
                .add("TagKey", tag.tagKey()).add("TagValue", tag.tagValue())));
        return ApiJson.createObjectBuilder()
                .add("ReplicaKeyMetadata", JsonOutput.keyMetadata(order.replicaKeyMetadata()))
                .add("ReplicaPolicy", order.replicaPolicy())
                .add("ReplicaTags", replicaTags)
                .build();
    }
}
