package io.strongroom.interfaces.api;

import io.strongroom.application.CallerContext;
import io.strongroom.application.SigningOperations;
import io.strongroom.client.VerifyRequest;
import io.strongroom.client.VerifyResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;

/** Verify: KMS-SPEC §2.3; an invalid signature is KMSInvalidSignatureException, not SignatureValid false. */
@ApplicationScoped
public class VerifyOperation implements KmsOperation {

    @Inject
    private SigningOperations signing;

    @Override
    public String name() {
        return "Verify";
    }

    @Override
    public JsonObject handle(JsonObject body, CallerContext caller) {
        JsonInput input = JsonInput.of(body);
        input.refuseWhenTrue("DryRun", "dry runs are not available in this version");
        VerifyResult result = signing.verify(caller, new VerifyRequest(input.requiredString("KeyId"),
                input.requiredBlob("Message"), input.optionalString("MessageType"), input.requiredBlob("Signature"),
                input.requiredString("SigningAlgorithm")));
        return ApiJson.createObjectBuilder()
                .add("KeyId", result.keyId())
                .add("SignatureValid", result.signatureValid())
                .add("SigningAlgorithm", result.signingAlgorithm())
                .build();
    }
}
