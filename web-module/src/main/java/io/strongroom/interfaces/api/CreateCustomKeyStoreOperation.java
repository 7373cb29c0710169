package io.strongroom.interfaces.api;

import io.strongroom.application.CallerContext;
import io.strongroom.application.CustomKeyStoreService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;

/** CreateCustomKeyStore: KMS-SPEC §5, external key stores only. */
@ApplicationScoped
public class CreateCustomKeyStoreOperation implements KmsOperation {

    @Inject
    private CustomKeyStoreService stores;

    @Override
    public String name() {
        return "CreateCustomKeyStore";
    }

    @Override
    public JsonObject handle(JsonObject body, CallerContext caller) {
        JsonInput input = JsonInput.of(body);
        String id = stores.createCustomKeyStore(caller, CustomKeyStoreJson.settings(input, "CustomKeyStoreName",
                input.optionalString("CustomKeyStoreType")));
        return ApiJson.createObjectBuilder().add("CustomKeyStoreId", id).build();
    }
}
