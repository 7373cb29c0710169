package io.strongroom.interfaces.api;

import io.strongroom.application.CallerContext;
import io.strongroom.application.CustomKeyStoreService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/** ConnectCustomKeyStore: returns at once; DescribeCustomKeyStores shows when the connection is made or has failed. */
@ApplicationScoped
public class ConnectCustomKeyStoreOperation implements KmsOperation {

    @Inject
    private CustomKeyStoreService stores;

    @Override
    public String name() {
        return "ConnectCustomKeyStore";
    }

    @Override
    public JsonObject handle(JsonObject body, CallerContext caller) {
        stores.connectCustomKeyStore(caller, JsonInput.of(body).requiredString("CustomKeyStoreId"));
        return JsonValue.EMPTY_JSON_OBJECT;
    }
}
