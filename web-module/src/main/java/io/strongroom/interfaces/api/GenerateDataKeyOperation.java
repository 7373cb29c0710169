package io.strongroom.interfaces.api;

import io.strongroom.application.CallerContext;
import io.strongroom.application.CryptoOperations;
import io.strongroom.client.DataKeyResult;
import io.strongroom.client.GenerateDataKeyRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;

/** GenerateDataKey: KMS-SPEC §2.3. The data key's plaintext array is wiped once encoded. */
@ApplicationScoped
public class GenerateDataKeyOperation implements KmsOperation {

    @Inject
    private CryptoOperations crypto;

    @Override
    public String name() {
        return "GenerateDataKey";
    }

    @Override
    public JsonObject handle(JsonObject body, CallerContext caller) {
        JsonInput input = JsonInput.of(body);
        input.refuseWhenPresent("Recipient", "attested enclave recipients are not available in this version");
        DataKeyResult result = crypto.generateDataKey(caller, dataKeyRequest(input));
        return ApiJson.createObjectBuilder()
                .add("CiphertextBlob", JsonOutput.blob(result.ciphertextBlob()))
                .add("Plaintext", JsonOutput.blobAndWipe(result.plaintext()))
                .add("KeyId", result.keyId())
                .build();
    }

    /** The request members GenerateDataKey and GenerateDataKeyWithoutPlaintext share. */
    static GenerateDataKeyRequest dataKeyRequest(JsonInput input) {
        input.refuseWhenTrue("DryRun", "dry runs are not available in this version");
        return new GenerateDataKeyRequest(input.requiredString("KeyId"), input.stringMap("EncryptionContext"),
                input.optionalInteger("NumberOfBytes"), input.optionalString("KeySpec"));
    }
}
