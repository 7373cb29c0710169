package io.strongroom.interfaces.api;

import io.strongroom.application.CallerContext;
import io.strongroom.application.DataKeyPairOperations;
import io.strongroom.client.DataKeyPairResult;
import io.strongroom.client.GenerateDataKeyPairRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;

/** GenerateDataKeyPair: the private key's plaintext (PKCS#8 DER) array is wiped once encoded. */
@ApplicationScoped
public class GenerateDataKeyPairOperation implements KmsOperation {

    @Inject
    private DataKeyPairOperations pairs;

    @Override
    public String name() {
        return "GenerateDataKeyPair";
    }

    @Override
    public JsonObject handle(JsonObject body, CallerContext caller) {
        JsonInput input = JsonInput.of(body);
        input.refuseWhenPresent("Recipient", "attested enclave recipients are not available in this version");
        DataKeyPairResult result = pairs.generateDataKeyPair(caller, request(input));
        return ApiJson.createObjectBuilder()
                .add("PrivateKeyCiphertextBlob", JsonOutput.blob(result.privateKeyCiphertextBlob()))
                .add("PrivateKeyPlaintext", JsonOutput.blobAndWipe(result.privateKeyPlaintext()))
                .add("PublicKey", JsonOutput.blob(result.publicKey()))
                .add("KeyId", result.keyId())
                .add("KeyPairSpec", result.keyPairSpec())
                .build();
    }

    /** The request members both data key pair operations share. */
    static GenerateDataKeyPairRequest request(JsonInput input) {
        input.refuseWhenTrue("DryRun", "dry runs are not available in this version");
        return new GenerateDataKeyPairRequest(input.requiredString("KeyId"), input.requiredString("KeyPairSpec"),
                input.stringMap("EncryptionContext"));
    }
}
