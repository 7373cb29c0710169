package io.strongroom.interfaces.api;

import io.strongroom.application.AsymmetricOperations;
import io.strongroom.application.CallerContext;
import io.strongroom.application.CryptoOperations;
import io.strongroom.client.EncryptRequest;
import io.strongroom.client.EncryptResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.util.Arrays;
import java.util.Map;

/** Encrypt: KMS-SPEC §2.3. The decoded plaintext is wiped once the service has used it. */
@ApplicationScoped
public class EncryptOperation implements KmsOperation {

    @Inject
    private CryptoOperations crypto;
    /** Takes the call when EncryptionAlgorithm is RSAES_OAEP_SHA_1 or RSAES_OAEP_SHA_256. */
    @Inject
    private AsymmetricOperations asymmetric;

    @Override
    public String name() {
        return "Encrypt";
    }

    @Override
    public JsonObject handle(JsonObject body, CallerContext caller) {
        JsonInput input = JsonInput.of(body);
        input.refuseWhenTrue("DryRun", "dry runs are not available in this version");
        String keyId = input.requiredString("KeyId");
        Map<String, String> encryptionContext = input.stringMap("EncryptionContext");
        String algorithm = input.optionalString("EncryptionAlgorithm");
        byte[] plaintext = input.requiredBlob("Plaintext");
        try {
            EncryptRequest request = new EncryptRequest(keyId, plaintext, encryptionContext, algorithm);
            EncryptResult result = AsymmetricOperations.handles(algorithm)
                    ? asymmetric.encrypt(caller, request) : crypto.encrypt(caller, request);
            return ApiJson.createObjectBuilder()
                    .add("CiphertextBlob", JsonOutput.blob(result.ciphertextBlob()))
                    .add("KeyId", result.keyId())
                    .add("EncryptionAlgorithm", result.encryptionAlgorithm())
                    .build();
        } finally {
            Arrays.fill(plaintext, (byte) 0);
        }
    }
}
