package io.strongroom.interfaces.api;

import io.strongroom.application.CallerContext;
import io.strongroom.application.MacOperations;
import io.strongroom.client.GenerateMacRequest;
import io.strongroom.client.GenerateMacResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;

/** GenerateMac: KMS-SPEC §2.3. */
@ApplicationScoped
public class GenerateMacOperation implements KmsOperation {

    @Inject
    private MacOperations macs;

    @Override
    public String name() {
        return "GenerateMac";
    }

    @Override
    public JsonObject handle(JsonObject body, CallerContext caller) {
        JsonInput input = JsonInput.of(body);
        input.refuseWhenTrue("DryRun", "dry runs are not available in this version");
        GenerateMacResult result = macs.generateMac(caller, new GenerateMacRequest(input.requiredString("KeyId"),
                input.requiredBlob("Message"), input.requiredString("MacAlgorithm")));
        return ApiJson.createObjectBuilder()
                .add("Mac", JsonOutput.blob(result.mac()))
                .add("MacAlgorithm", result.macAlgorithm())
                .add("KeyId", result.keyId())
                .build();
    }
}
