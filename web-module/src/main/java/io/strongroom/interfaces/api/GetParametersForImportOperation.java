package io.strongroom.interfaces.api;

import io.strongroom.application.CallerContext;
import io.strongroom.application.KeyImportService;
import io.strongroom.client.GetParametersForImportRequest;
import io.strongroom.client.ImportParameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;

/** GetParametersForImport: KMS-SPEC §2.4; KeyId in the response is the key ARN. */
@ApplicationScoped
public class GetParametersForImportOperation implements KmsOperation {

    @Inject
    private KeyImportService imports;

    @Override
    public String name() {
        return "GetParametersForImport";
    }

    @Override
    public JsonObject handle(JsonObject body, CallerContext caller) {
        JsonInput input = JsonInput.of(body);
        ImportParameters parameters = imports.getParametersForImport(caller, new GetParametersForImportRequest(
                input.requiredString("KeyId"), input.requiredString("WrappingAlgorithm"),
                input.requiredString("WrappingKeySpec")));
        return ApiJson.createObjectBuilder()
                .add("KeyId", parameters.keyId())
                .add("ImportToken", JsonOutput.blob(parameters.importToken()))
                .add("PublicKey", JsonOutput.blob(parameters.publicKey()))
                .add("ParametersValidTo", JsonOutput.timestamp(parameters.parametersValidTo()))
                .build();
    }
}
