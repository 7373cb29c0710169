package io.strongroom.interfaces.api;

import io.strongroom.application.AsymmetricOperations;
import io.strongroom.application.CallerContext;
import io.strongroom.application.CryptoOperations;
import io.strongroom.client.DecryptRequest;
import io.strongroom.client.DecryptResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;

/** Decrypt: KMS-SPEC §2.3. The returned plaintext array is wiped once encoded. */
@ApplicationScoped
public class DecryptOperation implements KmsOperation {

    @Inject
    private CryptoOperations crypto;
    /** Takes the call when EncryptionAlgorithm is RSAES_OAEP_SHA_1 or RSAES_OAEP_SHA_256. */
    @Inject
    private AsymmetricOperations asymmetric;

    @Override
    public String name() {
        return "Decrypt";
    }

    @Override
    public JsonObject handle(JsonObject body, CallerContext caller) {
        JsonInput input = JsonInput.of(body);
        input.refuseWhenTrue("DryRun", "dry runs are not available in this version");
        input.refuseWhenPresent("Recipient", "attested enclave recipients are not available in this version");
        DecryptRequest request = new DecryptRequest(input.requiredBlob("CiphertextBlob"),
                input.stringMap("EncryptionContext"), input.optionalString("KeyId"),
                input.optionalString("EncryptionAlgorithm"));
        DecryptResult result = AsymmetricOperations.handles(request.encryptionAlgorithm())
                ? asymmetric.decrypt(caller, request) : crypto.decrypt(caller, request);
        return ApiJson.createObjectBuilder()
                .add("KeyId", result.keyId())
                .add("Plaintext", JsonOutput.blobAndWipe(result.plaintext()))
                .add("EncryptionAlgorithm", result.encryptionAlgorithm())
                .build();
    }
}
