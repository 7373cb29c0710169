package io.strongroom.interfaces.api;

import io.strongroom.application.CallerContext;
import io.strongroom.application.KeyLifecycleService;
import io.strongroom.client.KeyListEntry;
import io.strongroom.client.KeyPage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/** ListKeys: KMS-SPEC §2.1; NextMarker only when the page is truncated. */
@ApplicationScoped
public class ListKeysOperation implements KmsOperation {

    @Inject
    private KeyLifecycleService keys;

    @Override
    public String name() {
        return "ListKeys";
    }

    @Override
    public JsonObject handle(JsonObject body, CallerContext caller) {
        JsonInput input = JsonInput.of(body);
        KeyPage page = keys.listKeys(caller, input.optionalInteger("Limit"), input.optionalString("Marker"));
        JsonArrayBuilder entries = ApiJson.createArrayBuilder();
        for (KeyListEntry entry : page.keys()) {
            entries.add(ApiJson.createObjectBuilder().add("KeyId", entry.keyId()).add("KeyArn", entry.keyArn()));
        }
        JsonObjectBuilder response = ApiJson.createObjectBuilder().add("Keys", entries);
        if (page.truncated() && page.nextMarker() != null) {
            response.add("NextMarker", page.nextMarker());
        }
        return response.add("Truncated", page.truncated()).build();
    }
}
