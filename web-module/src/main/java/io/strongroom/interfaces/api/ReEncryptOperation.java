package io.strongroom.interfaces.api;

import io.strongroom.application.CallerContext;
import io.strongroom.application.ReEncryptOperations;
import io.strongroom.client.ReEncryptRequest;
import io.strongroom.client.ReEncryptResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;

/** ReEncrypt: KMS-SPEC §2.3, between symmetric keys. */
@ApplicationScoped
public class ReEncryptOperation implements KmsOperation {

    @Inject
    private ReEncryptOperations reEncryption;

    @Override
    public String name() {
        return "ReEncrypt";
    }

    @Override
    public JsonObject handle(JsonObject body, CallerContext caller) {
        JsonInput input = JsonInput.of(body);
        input.refuseWhenTrue("DryRun", "dry runs are not available in this version");
        ReEncryptResult result = reEncryption.reEncrypt(caller, new ReEncryptRequest(input.requiredBlob("CiphertextBlob"),
                input.stringMap("SourceEncryptionContext"), input.optionalString("SourceKeyId"),
                input.requiredString("DestinationKeyId"), input.stringMap("DestinationEncryptionContext"),
                input.optionalString("SourceEncryptionAlgorithm"), input.optionalString("DestinationEncryptionAlgorithm")));
        return ApiJson.createObjectBuilder()
                .add("CiphertextBlob", JsonOutput.blob(result.ciphertextBlob()))
                .add("SourceKeyId", result.sourceKeyId())
                .add("KeyId", result.keyId())
                .add("SourceEncryptionAlgorithm", result.sourceEncryptionAlgorithm())
                .add("DestinationEncryptionAlgorithm", result.destinationEncryptionAlgorithm())
                .build();
    }
}
