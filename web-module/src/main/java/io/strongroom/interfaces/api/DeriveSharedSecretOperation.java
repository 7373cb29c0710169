package io.strongroom.interfaces.api;

import io.strongroom.application.AsymmetricOperations;
import io.strongroom.application.CallerContext;
import io.strongroom.client.DeriveSharedSecretRequest;
import io.strongroom.client.DeriveSharedSecretResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;

/** DeriveSharedSecret: ECDH with a KEY_AGREEMENT key; the shared secret array is wiped once encoded. */
@ApplicationScoped
public class DeriveSharedSecretOperation implements KmsOperation {

    @Inject
    private AsymmetricOperations asymmetric;

    @Override
    public String name() {
        return "DeriveSharedSecret";
    }

    @Override
    public JsonObject handle(JsonObject body, CallerContext caller) {
        JsonInput input = JsonInput.of(body);
        input.refuseWhenTrue("DryRun", "dry runs are not available in this version");
        input.refuseWhenPresent("Recipient", "attested enclave recipients are not available in this version");
        DeriveSharedSecretResult result = asymmetric.deriveSharedSecret(caller, new DeriveSharedSecretRequest(
                input.requiredString("KeyId"), input.requiredString("KeyAgreementAlgorithm"),
                input.requiredBlob("PublicKey")));
        return ApiJson.createObjectBuilder()
                .add("KeyId", result.keyId())
                .add("SharedSecret", JsonOutput.blobAndWipe(result.sharedSecret()))
                .add("KeyAgreementAlgorithm", result.keyAgreementAlgorithm())
                .add("KeyOrigin", result.keyOrigin())
                .build();
    }
}
