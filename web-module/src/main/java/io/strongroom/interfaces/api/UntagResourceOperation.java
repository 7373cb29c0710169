package io.strongroom.interfaces.api;

import io.strongroom.application.CallerContext;
import io.strongroom.application.TagService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;

/** UntagResource: KMS-SPEC §2.2; tag keys the key does not have are ignored. */
@ApplicationScoped
public class UntagResourceOperation implements KmsOperation {

    @Inject
    private TagService tags;

    @Override
    public String name() {
        return "UntagResource";
    }

    @Override
    public JsonObject handle(JsonObject body, CallerContext caller) {
        JsonInput input = JsonInput.of(body);
        String keyId = input.requiredString("KeyId");
        List<String> tagKeys = input.optionalStringList("TagKeys");
        if (tagKeys == null) {
            throw InvalidRequestException.missing("tagKeys");
        }
        tags.untagResource(caller, keyId, tagKeys);
        return JsonValue.EMPTY_JSON_OBJECT;
    }
}
