package io.strongroom.interfaces.api;

import io.strongroom.application.AsymmetricOperations;
import io.strongroom.application.CallerContext;
import io.strongroom.client.PublicKeyResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;

/** GetPublicKey: KMS-SPEC §2.3; the algorithm lists appear only when the key's usage has them. */
@ApplicationScoped
public class GetPublicKeyOperation implements KmsOperation {

    @Inject
    private AsymmetricOperations asymmetric;

    @Override
    public String name() {
        return "GetPublicKey";
    }

    @Override
    public JsonObject handle(JsonObject body, CallerContext caller) {
        PublicKeyResult result = asymmetric.getPublicKey(caller, JsonInput.of(body).requiredString("KeyId"));
        JsonObjectBuilder json = ApiJson.createObjectBuilder()
                .add("KeyId", result.keyId())
                .add("PublicKey", JsonOutput.blob(result.publicKey()))
                .add("CustomerMasterKeySpec", result.keySpec())
                .add("KeySpec", result.keySpec())
                .add("KeyUsage", result.keyUsage());
        addIfNotEmpty(json, "EncryptionAlgorithms", result.encryptionAlgorithms());
        addIfNotEmpty(json, "SigningAlgorithms", result.signingAlgorithms());
        addIfNotEmpty(json, "KeyAgreementAlgorithms", result.keyAgreementAlgorithms());
        return json.build();
    }

    private static void addIfNotEmpty(JsonObjectBuilder json, String member, List<String> values) {
        if (!values.isEmpty()) {
            json.add(member, ApiJson.createArrayBuilder(values));
        }
    }
}
