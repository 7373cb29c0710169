package io.strongroom.interfaces.api;

import io.strongroom.application.CallerContext;
import io.strongroom.application.KeyPolicyService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;

/** PutKeyPolicy: replaces the key policy, with the lockout safety check unless bypassed. */
@ApplicationScoped
public class PutKeyPolicyOperation implements KmsOperation {

    @Inject
    private KeyPolicyService policies;

    @Override
    public String name() {
        return "PutKeyPolicy";
    }

    @Override
    public JsonObject handle(JsonObject body, CallerContext caller) {
        JsonInput input = JsonInput.of(body);
        String keyId = input.requiredString("KeyId");
        String policy = input.requiredString("Policy");
        Boolean bypass = input.optionalBoolean("BypassPolicyLockoutSafetyCheck");
        policies.putKeyPolicy(caller, keyId, input.optionalString("PolicyName"), policy, Boolean.TRUE.equals(bypass));
        return ApiJson.createObjectBuilder().build();
    }
}
