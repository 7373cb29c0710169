package io.strongroom.interfaces.api;

import io.strongroom.application.CallerContext;
import io.strongroom.application.TagService;
import io.strongroom.client.Tag;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;

/** TagResource: KMS-SPEC §2.2; an existing tag key gets the new value. */
@ApplicationScoped
public class TagResourceOperation implements KmsOperation {

    @Inject
    private TagService tags;

    @Override
    public String name() {
        return "TagResource";
    }

    @Override
    public JsonObject handle(JsonObject body, CallerContext caller) {
        JsonInput input = JsonInput.of(body);
        String keyId = input.requiredString("KeyId");
        if (!input.has("Tags")) {
            throw InvalidRequestException.missing("tags");
        }
        List<Tag> newTags = input.objectList("Tags").stream()
                .map(tag -> new Tag(tag.requiredString("TagKey"), tag.requiredString("TagValue")))
                .toList();
        tags.tagResource(caller, keyId, newTags);
        return JsonValue.EMPTY_JSON_OBJECT;
    }
}
