package io.strongroom.interfaces.api;

import io.strongroom.application.CallerContext;
import io.strongroom.application.SigningOperations;
import io.strongroom.client.SignRequest;
import io.strongroom.client.SignResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;

/** Sign: KMS-SPEC §2.3, MessageType RAW or DIGEST. */
@ApplicationScoped
public class SignOperation implements KmsOperation {

    @Inject
    private SigningOperations signing;

    @Override
    public String name() {
        return "Sign";
    }

    @Override
    public JsonObject handle(JsonObject body, CallerContext caller) {
        JsonInput input = JsonInput.of(body);
        input.refuseWhenTrue("DryRun", "dry runs are not available in this version");
        SignResult result = signing.sign(caller, new SignRequest(input.requiredString("KeyId"),
                input.requiredBlob("Message"), input.optionalString("MessageType"),
                input.requiredString("SigningAlgorithm")));
        return ApiJson.createObjectBuilder()
                .add("KeyId", result.keyId())
                .add("Signature", JsonOutput.blob(result.signature()))
                .add("SigningAlgorithm", result.signingAlgorithm())
                .build();
    }
}
