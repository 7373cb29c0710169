package io.strongroom.interfaces.api;

import io.strongroom.application.CallerContext;
import io.strongroom.application.CustomKeyStoreService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/** DisconnectCustomKeyStore: the store's keys become unusable at once. */
@ApplicationScoped
public class DisconnectCustomKeyStoreOperation implements KmsOperation {

    @Inject
    private CustomKeyStoreService stores;

    @Override
    public String name() {
        return "DisconnectCustomKeyStore";
    }

    @Override
    public JsonObject handle(JsonObject body, CallerContext caller) {
        stores.disconnectCustomKeyStore(caller, JsonInput.of(body).requiredString("CustomKeyStoreId"));
        return JsonValue.EMPTY_JSON_OBJECT;
    }
}
