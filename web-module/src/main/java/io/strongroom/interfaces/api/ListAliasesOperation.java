package io.strongroom.interfaces.api;

import io.strongroom.application.AliasService;
import io.strongroom.application.CallerContext;
import io.strongroom.client.AliasListEntry;
import io.strongroom.client.AliasPage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/** ListAliases: KMS-SPEC §2.2; NextMarker only when the page is truncated. */
@ApplicationScoped
public class ListAliasesOperation implements KmsOperation {

    @Inject
    private AliasService aliases;

    @Override
    public String name() {
        return "ListAliases";
    }

    @Override
    public JsonObject handle(JsonObject body, CallerContext caller) {
        JsonInput input = JsonInput.of(body);
        AliasPage page = aliases.listAliases(caller, input.optionalString("KeyId"), input.optionalInteger("Limit"),
                input.optionalString("Marker"));
        JsonArrayBuilder entries = ApiJson.createArrayBuilder();
        for (AliasListEntry alias : page.aliases()) {
            entries.add(ApiJson.createObjectBuilder()
                    .add("AliasName", alias.aliasName())
                    .add("AliasArn", alias.aliasArn())
                    .add("TargetKeyId", alias.targetKeyId())
                    .add("CreationDate", JsonOutput.timestamp(alias.creationDate()))
                    .add("LastUpdatedDate", JsonOutput.timestamp(alias.lastUpdatedDate())));
        }
        JsonObjectBuilder response = ApiJson.createObjectBuilder().add("Aliases", entries);
        if (page.truncated() && page.nextMarker() != null) {
            response.add("NextMarker", page.nextMarker());
        }
        return response.add("Truncated", page.truncated()).build();
    }
}
