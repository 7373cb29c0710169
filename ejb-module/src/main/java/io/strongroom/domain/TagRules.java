package io.strongroom.domain;

import io.strongroom.client.KmsError;
import io.strongroom.client.KmsException;
import io.strongroom.client.Tag;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Tag constraints: TagKey 1..128, TagValue 0..256, at most 50 tags, the aws: prefix reserved, keys unique. */
public final class TagRules {

    public static final int MAX_TAGS = 50;

    private TagRules() {
    }

    public static List<Tag> validate(List<Tag> tags) {
        if (tags == null) {
            return List.of();
        }
        if (tags.size() > MAX_TAGS) {
            throw new KmsException(KmsError.TagException, "A key can have at most " + MAX_TAGS + " tags");
        }
        Set<String> seen = new HashSet<>();
        for (Tag tag : tags) {
            if (tag == null || tag.tagKey() == null) {
                throw KmsException.validation("tags.member.tagKey", "Member must not be null");
            }
            if (tag.tagValue() == null) {
                throw KmsException.validation("tags.member.tagValue", "Member must not be null");
            }
            if (tag.tagKey().isEmpty() || tag.tagKey().length() > 128) {
                throw KmsException.validation("tags.member.tagKey", "Member must have length between 1 and 128");
            }
            if (tag.tagValue().length() > 256) {
                throw KmsException.validation("tags.member.tagValue", "Member must have length less than or equal to 256");
            }
            if (tag.tagKey().regionMatches(true, 0, "aws:", 0, 4)) {
                throw new KmsException(KmsError.TagException, "Tag keys beginning with 'aws:' are reserved");
            }
            if (!seen.add(tag.tagKey())) {
                throw new KmsException(KmsError.TagException, "Duplicate tag key '" + tag.tagKey() + "'");
            }
        }
        return tags;
    }
}
