package io.strongroom.interfaces.api;

import io.strongroom.application.CallerContext;
import io.strongroom.application.TagService;
import io.strongroom.client.Tag;
import io.strongroom.client.TagPage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/** ListResourceTags: KMS-SPEC §2.2; tags in tag-key order, NextMarker only when truncated. */
@ApplicationScoped
public class ListResourceTagsOperation implements KmsOperation {

    @Inject
    private TagService tags;

    @Override
    public String name() {
        return "ListResourceTags";
    }

    @Override
    public JsonObject handle(JsonObject body, CallerContext caller) {
        JsonInput input = JsonInput.of(body);
        TagPage page = tags.listResourceTags(caller, input.requiredString("KeyId"), input.optionalInteger("Limit"),
                input.optionalString("Marker"));
        JsonArrayBuilder entries = ApiJson.createArrayBuilder();
        for (Tag tag : page.tags()) {
            entries.add(ApiJson.createObjectBuilder().add("TagKey", tag.tagKey()).add("TagValue", tag.tagValue()));
        }
        JsonObjectBuilder response = ApiJson.createObjectBuilder().add("Tags", entries);
        if (page.truncated() && page.nextMarker() != null) {
            response.add("NextMarker", page.nextMarker());
        }
        return response.add("Truncated", page.truncated()).build();
    }
}
