package io.strongroom.interfaces.api;

import io.strongroom.application.CallerContext;
import io.strongroom.application.CryptoOperations;
import io.strongroom.client.DataKeyResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;

/** GenerateDataKeyWithoutPlaintext: KMS-SPEC §2.3; only the encrypted data key leaves. */
@ApplicationScoped
public class GenerateDataKeyWithoutPlaintextOperation implements KmsOperation {

    @Inject
    private CryptoOperations crypto;

    @Override
    public String name() {
        return "GenerateDataKeyWithoutPlaintext";
    }

    @Override
    public JsonObject handle(JsonObject body, CallerContext caller) {
        DataKeyResult result = crypto.generateDataKeyWithoutPlaintext(caller,
                GenerateDataKeyOperation.dataKeyRequest(JsonInput.of(body)));
        return ApiJson.createObjectBuilder()
                .add("CiphertextBlob", JsonOutput.blob(result.ciphertextBlob()))
                .add("KeyId", result.keyId())
                .build();
    }
}
