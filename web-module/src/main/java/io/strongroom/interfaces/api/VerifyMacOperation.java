package io.strongroom.interfaces.api;

import io.strongroom.application.CallerContext;
import io.strongroom.application.MacOperations;
import io.strongroom.client.VerifyMacRequest;
import io.strongroom.client.VerifyMacResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;

/** VerifyMac: KMS-SPEC §2.3; a mismatch is KMSInvalidMacException. */
@ApplicationScoped
public class VerifyMacOperation implements KmsOperation {

    @Inject
    private MacOperations macs;

    @Override
    public String name() {
        return "VerifyMac";
    }

    @Override
    public JsonObject handle(JsonObject body, CallerContext caller) {
        JsonInput input = JsonInput.of(body);
        input.refuseWhenTrue("DryRun", "dry runs are not available in this version");
        VerifyMacResult result = macs.verifyMac(caller, new VerifyMacRequest(input.requiredString("KeyId"),
                input.requiredBlob("Message"), input.requiredString("MacAlgorithm"), input.requiredBlob("Mac")));
        return ApiJson.createObjectBuilder()
                .add("KeyId", result.keyId())
                .add("MacValid", result.macValid())
                .add("MacAlgorithm", result.macAlgorithm())
                .build();
    }
}
