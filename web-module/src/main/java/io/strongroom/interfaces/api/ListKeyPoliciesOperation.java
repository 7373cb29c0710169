package io.strongroom.interfaces.api;

import io.strongroom.application.CallerContext;
import io.strongroom.application.KeyPolicyService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;

/** ListKeyPolicies: always the one policy name "default", never truncated. */
@ApplicationScoped
public class ListKeyPoliciesOperation implements KmsOperation {

    @Inject
    private KeyPolicyService policies;

    @Override
    public String name() {
        return "ListKeyPolicies";
    }

    @Override
    public JsonObject handle(JsonObject body, CallerContext caller) {
        JsonInput input = JsonInput.of(body);
        String keyId = input.requiredString("KeyId");
        Integer limit = input.optionalInteger("Limit");
        input.optionalString("Marker");
        JsonArrayBuilder names = ApiJson.createArrayBuilder();
        policies.listKeyPolicies(caller, keyId, limit).forEach(names::add);
        return ApiJson.createObjectBuilder().add("PolicyNames", names).add("Truncated", false).build();
    }
}
