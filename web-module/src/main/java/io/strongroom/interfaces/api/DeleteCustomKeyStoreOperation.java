package io.strongroom.interfaces.api;

import io.strongroom.application.CallerContext;
import io.strongroom.application.CustomKeyStoreService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/** DeleteCustomKeyStore: only a DISCONNECTED store without keys. */
@ApplicationScoped
public class DeleteCustomKeyStoreOperation implements KmsOperation {

    @Inject
    private CustomKeyStoreService stores;

    @Override
    public String name() {
        return "DeleteCustomKeyStore";
    }

    @Override
    public JsonObject handle(JsonObject body, CallerContext caller) {
        stores.deleteCustomKeyStore(caller, JsonInput.of(body).requiredString("CustomKeyStoreId"));
        return JsonValue.EMPTY_JSON_OBJECT;
    }
}
