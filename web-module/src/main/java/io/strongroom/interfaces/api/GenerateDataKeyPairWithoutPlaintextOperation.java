package io.strongroom.interfaces.api;

import io.strongroom.application.CallerContext;
import io.strongroom.application.DataKeyPairOperations;
import io.strongroom.client.DataKeyPairResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;

/** GenerateDataKeyPairWithoutPlaintext: the private key only encrypted under the KMS key. */
@ApplicationScoped
public class GenerateDataKeyPairWithoutPlaintextOperation implements KmsOperation {

    @Inject
    private DataKeyPairOperations pairs;

    @Override
    public String name() {
        return "GenerateDataKeyPairWithoutPlaintext";
    }

    @Override
    public JsonObject handle(JsonObject body, CallerContext caller) {
        DataKeyPairResult result = pairs.generateDataKeyPairWithoutPlaintext(caller,
                GenerateDataKeyPairOperation.request(JsonInput.of(body)));
        return ApiJson.createObjectBuilder()
                .add("PrivateKeyCiphertextBlob", JsonOutput.blob(result.privateKeyCiphertextBlob()))
                .add("PublicKey", JsonOutput.blob(result.publicKey()))
                .add("KeyId", result.keyId())
                .add("KeyPairSpec", result.keyPairSpec())
                .build();
    }
}
