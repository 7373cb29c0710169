package io.strongroom.interfaces.api;

import io.strongroom.application.CallerContext;
import io.strongroom.application.CustomKeyStoreService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/** UpdateCustomKeyStore: absent members keep their value. */
@ApplicationScoped
public class UpdateCustomKeyStoreOperation implements KmsOperation {

    @Inject
    private CustomKeyStoreService stores;

    @Override
    public String name() {
        return "UpdateCustomKeyStore";
    }

    @Override
    public JsonObject handle(JsonObject body, CallerContext caller) {
        JsonInput input = JsonInput.of(body);
        stores.updateCustomKeyStore(caller, input.requiredString("CustomKeyStoreId"),
                CustomKeyStoreJson.settings(input, "NewCustomKeyStoreName", null));
        return JsonValue.EMPTY_JSON_OBJECT;
    }
}
