package io.strongroom.interfaces.api;

import io.strongroom.application.CallerContext;
import io.strongroom.application.DataKeyPairOperations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;

/**
 * GenerateRandom: NumberOfBytes [1..1024]. CustomKeyStoreId names a CloudHSM key store in AWS and is
 * refused for external key stores (the only kind here), so it is refused here.
 */
@ApplicationScoped
public class GenerateRandomOperation implements KmsOperation {

    @Inject
    private DataKeyPairOperations random;

    @Override
    public String name() {
        return "GenerateRandom";
    }

    @Override
    public JsonObject handle(JsonObject body, CallerContext caller) {
        JsonInput input = JsonInput.of(body);
        input.refuseWhenPresent("CustomKeyStoreId", "random bytes come from CloudHSM key stores only, not from an "
                + "external key store");
        input.refuseWhenPresent("Recipient", "attested enclave recipients are not available in this version");
        byte[] bytes = random.generateRandom(caller, input.optionalInteger("NumberOfBytes"));
        return ApiJson.createObjectBuilder().add("Plaintext", JsonOutput.blobAndWipe(bytes)).build();
    }
}
