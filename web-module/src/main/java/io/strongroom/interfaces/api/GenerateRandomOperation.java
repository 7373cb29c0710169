package io.strongroom.interfaces.api;

import io.strongroom.application.CallerContext;
import io.strongroom.application.DataKeyPairOperations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;

/** GenerateRandom: NumberOfBytes [1..1024]; custom key stores do not exist here, so CustomKeyStoreId is refused. */
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
        input.refuseWhenPresent("CustomKeyStoreId", "custom key stores are not available in this version");
        input.refuseWhenPresent("Recipient", "attested enclave recipients are not available in this version");
        byte[] bytes = random.generateRandom(caller, input.optionalInteger("NumberOfBytes"));
        return ApiJson.createObjectBuilder().add("Plaintext", JsonOutput.blobAndWipe(bytes)).build();
    }
}
