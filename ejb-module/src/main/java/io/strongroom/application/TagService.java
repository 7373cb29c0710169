package io.strongroom.application;

import io.strongroom.client.KmsError;
import io.strongroom.client.KmsException;
import io.strongroom.client.Tag;
import io.strongroom.client.TagPage;
import io.strongroom.domain.Key;
import io.strongroom.domain.KeyOperation;
import io.strongroom.domain.KeyReference;
import io.strongroom.domain.KeyRepository;
import io.strongroom.domain.RegionIdentity;
import io.strongroom.domain.TagRepository;
import io.strongroom.domain.TagRules;
import io.strongroom.persistence.KeyTagRecord;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** TagResource, UntagResource, ListResourceTags (KMS-SPEC §2.2). */
@Stateless
@Interceptors(AuditedFailures.class)
public class TagService {

    static final int MAX_PAGE_SIZE = 50;

    @Inject
    private KeyRepository keys;
    @Inject
    private TagRepository tags;
    @Inject
    private AuditLog auditLog;
    @Inject
    private RegionIdentity region;

    /** Adds the tags; a tag key the key already has gets the new value. At most 50 tags after the merge. */
    public void tagResource(CallerContext caller, String keyId, List<Tag> newTags) {
        if (newTags == null) {
            throw KmsException.validation("tags", "Member must not be null");
        }
        TagRules.validate(newTags);
        Key key = find(keyId);
        key.ensureAllowed(KeyOperation.TAG_UNTAG_DESCRIPTION);
        Map<String, KeyTagRecord> existing = tags.forKey(key.id()).stream()
                .collect(Collectors.toMap(KeyTagRecord::getTagKey, Function.identity()));
        long added = newTags.stream().filter(tag -> !existing.containsKey(tag.tagKey())).count();
        if (existing.size() + added > TagRules.MAX_TAGS) {
            throw new KmsException(KmsError.TagException, "Key '" + key.id() + "' would have " + (existing.size() + added)
                    + " tags; a key can have at most " + TagRules.MAX_TAGS);
        }
        for (Tag tag : newTags) {
            KeyTagRecord current = existing.get(tag.tagKey());
            if (current != null) {
                current.setTagValue(tag.tagValue());
            } else {
                tags.add(new KeyTagRecord(key.id(), tag.tagKey(), tag.tagValue()));
            }
        }
        auditLog.recordWithStateChange(AuditEvent.of(caller, "TagResource", key.id(), AuditEvent.SUCCESS));
    }

    /** Removes the named tags; names the key does not have are ignored, as AWS does. */
    public void untagResource(CallerContext caller, String keyId, List<String> tagKeys) {
        if (tagKeys == null) {
            throw KmsException.validation("tagKeys", "Member must not be null");
        }
        Set<String> names = new HashSet<>();
        for (String tagKey : tagKeys) {
            if (tagKey == null || tagKey.isEmpty() || tagKey.length() > 128) {
                throw KmsException.validation("tagKeys.member", "Member must have length between 1 and 128");
            }
            if (tagKey.regionMatches(true, 0, "aws:", 0, 4)) {
                throw new KmsException(KmsError.TagException, "Tag keys beginning with 'aws:' are reserved");
            }
            names.add(tagKey);
        }
        Key key = find(keyId);
        key.ensureAllowed(KeyOperation.TAG_UNTAG_DESCRIPTION);
        tags.forKey(key.id()).stream().filter(tag -> names.contains(tag.getTagKey())).forEach(tags::remove);
        auditLog.recordWithStateChange(AuditEvent.of(caller, "UntagResource", key.id(), AuditEvent.SUCCESS));
    }

    /** One page of the key's tags in tag-key order; Limit [1..1000], at most 50 per page. */
    public TagPage listResourceTags(CallerContext caller, String keyId, Integer limit, String marker) {
        int pageSize = PageMarkers.pageSize(limit, MAX_PAGE_SIZE, MAX_PAGE_SIZE);
        String after = PageMarkers.decode(marker, name -> !name.isEmpty() && name.length() <= 128);
        Key key = find(keyId);
        key.ensureAllowed(KeyOperation.READ_OR_POLICY);
        List<KeyTagRecord> found = tags.pageAfter(key.id(), after, pageSize + 1);
        boolean truncated = found.size() > pageSize;
        List<Tag> page = found.stream().limit(pageSize).map(t -> new Tag(t.getTagKey(), t.getTagValue())).toList();
        String nextMarker = truncated ? PageMarkers.encode(page.get(page.size() - 1).tagKey()) : null;
        auditLog.recordDurably(AuditEvent.of(caller, "ListResourceTags", key.id(), AuditEvent.SUCCESS));
        return new TagPage(page, nextMarker, truncated);
    }

    private Key find(String keyId) {
        return keys.find(KeyReference.parse("keyId", keyId, region), keyId);
    }
}
