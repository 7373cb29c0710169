package io.strongroom.interfaces.api;

import io.strongroom.application.CallerContext;
import io.strongroom.application.CustomKeyStorePage;
import io.strongroom.application.CustomKeyStoreService;
import io.strongroom.application.CustomKeyStoreView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/** DescribeCustomKeyStores: by id, by name or all, paged; NextMarker only when truncated. */
@ApplicationScoped
public class DescribeCustomKeyStoresOperation implements KmsOperation {

    @Inject
    private CustomKeyStoreService stores;

    @Override
    public String name() {
        return "DescribeCustomKeyStores";
    }

    @Override
    public JsonObject handle(JsonObject body, CallerContext caller) {
        JsonInput input = JsonInput.of(body);
        CustomKeyStorePage page = stores.describeCustomKeyStores(caller, input.optionalString("CustomKeyStoreId"),
                input.optionalString("CustomKeyStoreName"), input.optionalInteger("Limit"), input.optionalString("Marker"));
        JsonArrayBuilder entries = ApiJson.createArrayBuilder();
        for (CustomKeyStoreView store : page.customKeyStores()) {
            entries.add(CustomKeyStoreJson.entry(store));
        }
        JsonObjectBuilder response = ApiJson.createObjectBuilder().add("CustomKeyStores", entries);
        if (page.truncated() && page.nextMarker() != null) {
            response.add("NextMarker", page.nextMarker());
        }
        return response.add("Truncated", page.truncated()).build();
    }
}
