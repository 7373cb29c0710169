package io.strongroom.interfaces.api;

import io.strongroom.application.CallerContext;
import io.strongroom.application.KeyPolicyService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;

/** GetKeyPolicy: the key's policy document; PolicyName defaults to "default". */
@ApplicationScoped
public class GetKeyPolicyOperation implements KmsOperation {

    @Inject
    private KeyPolicyService policies;

    @Override
    public String name() {
        return "GetKeyPolicy";
    }

    @Override
    public JsonObject handle(JsonObject body, CallerContext caller) {
        JsonInput input = JsonInput.of(body);
        String keyId = input.requiredString("KeyId");
        String policyName = input.optionalString("PolicyName");
        String policy = policies.getKeyPolicy(caller, keyId, policyName);
        return ApiJson.createObjectBuilder()
                .add("Policy", policy)
                .add("PolicyName", policyName == null ? "default" : policyName)
                .build();
    }
}
