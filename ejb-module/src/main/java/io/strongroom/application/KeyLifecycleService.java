package io.strongroom.application;

import io.strongroom.application.access.KeyPolicies;
import io.strongroom.client.CreateKeyRequest;
import io.strongroom.client.KeyListEntry;
import io.strongroom.client.KeyMetadata;
import io.strongroom.client.KeyPage;
import io.strongroom.client.KmsError;
import io.strongroom.client.KmsException;
import io.strongroom.client.Tag;
import io.strongroom.domain.ExternalKeyRules;
import io.strongroom.domain.Key;
import io.strongroom.domain.KeyIds;
import io.strongroom.domain.KeyReference;
import io.strongroom.domain.KeyRepository;
import io.strongroom.domain.KeySpec;
import io.strongroom.domain.KeyUsage;
import io.strongroom.domain.MultiRegionTopology;
import io.strongroom.domain.Origin;
import io.strongroom.domain.RegionIdentity;
import io.strongroom.domain.TagRules;
import io.strongroom.infrastructure.crypto.KeyMaterialGenerator;
import io.strongroom.persistence.KeyMaterialRecord;
import io.strongroom.persistence.KeyTagRecord;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;

/** CreateKey (single-Region keys and multi-Region primary keys), DescribeKey, ListKeys. */
@Stateless
@Interceptors(AuditedFailures.class)
public class KeyLifecycleService {

    static final int DEFAULT_LIST_LIMIT = 100;

    @Inject
    private KeyRepository keys;
    @Inject
    private KeyMaterialGenerator materialGenerator;
    @Inject
    private AuditLog auditLog;
    @Inject
    private RegionIdentity region;
    @Inject
    private KeyPolicies keyPolicies;
    @Inject
    private ExternalKeyCreation externalKeys;

    public KeyMetadata createKey(CallerContext caller, CreateKeyRequest request) {
        CreateKeyRequest input = request == null ? CreateKeyRequest.symmetric(null) : request;
        Key.checkDescription(input.description());
        KeySpec spec = KeySpec.parse("keySpec", input.keySpec());
        KeyUsage usage = KeyUsage.parse("keyUsage", input.keyUsage(), spec);
        Origin origin = Origin.parse("origin", input.origin());
        ExternalKeyRules.checkCreateKey(origin, spec, usage, input.customKeyStoreId(), input.xksKeyId());
        List<Tag> tags = TagRules.validate(input.tags());
        // PostgreSQL keeps microseconds; creating with more would make CreateKey and DescribeKey disagree.
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);

        Key key = newKey(input, spec, usage, origin, now);
        keyPolicies.applyToNewKey(caller, key, input.policy(), input.bypassPolicyLockoutSafetyCheck());
        if (key.inExternalKeyStore()) {
            externalKeys.checkStoreAndExternalKey(caller, key);
        }
        keys.store(key);
        // A key in an external key store has material of its own too: the inner layer of double encryption.
        if (origin != Origin.EXTERNAL) {
            int version = key.currentMaterialVersion();
            KeyMaterialGenerator.GeneratedMaterial generated = materialGenerator.generateMaterial(key.id(), version, spec);
            KeyMaterialRecord material = new KeyMaterialRecord(key.id(), version, generated.sealedMaterial(), now);
            material.setPublicKey(generated.publicKey());
            keys.storeMaterial(material);
        }
        tags.forEach(tag -> keys.storeTag(new KeyTagRecord(key.id(), tag.tagKey(), tag.tagValue())));
        auditLog.recordWithStateChange(AuditEvent.of(caller, "CreateKey", key.id(), AuditEvent.SUCCESS));
        return key.metadata(region);
    }

    /** A multi-Region primary, a key in an external key store, or a single-Region key of its own material. */
    private Key newKey(CreateKeyRequest input, KeySpec spec, KeyUsage usage, Origin origin, Instant now) {
        if (input.multiRegion()) {
            return MultiRegionTopology.createPrimary(input.description(), spec, usage, origin, region, now);
        }
        if (origin == Origin.EXTERNAL_KEY_STORE) {
            return Key.createInExternalKeyStore(KeyIds.singleRegion(), input.description(), input.customKeyStoreId(),
                    input.xksKeyId(), now);
        }
        return Key.create(KeyIds.singleRegion(), input.description(), spec, usage, origin, now);
    }

    public KeyMetadata describeKey(CallerContext caller, String keyId) {
        Key key = keys.find(KeyReference.parse("keyId", keyId, region), keyId);
        auditLog.recordDurably(AuditEvent.of(caller, "DescribeKey", key.id(), AuditEvent.SUCCESS));
        return key.metadata(region);
    }

    public KeyPage listKeys(CallerContext caller, Integer limit, String marker) {
        int pageSize = limit == null ? DEFAULT_LIST_LIMIT : limit;
        if (pageSize < 1 || pageSize > 1000) {
            throw KmsException.validation("limit", "Member must have value between 1 and 1000");
        }
        List<Key> found = keys.pageAfter(decodeMarker(marker), pageSize + 1);
        boolean truncated = found.size() > pageSize;
        List<KeyListEntry> entries = found.stream().limit(pageSize)
                .map(k -> new KeyListEntry(k.id(), region.keyArn(k.id()))).toList();
        String nextMarker = truncated ? encodeMarker(entries.get(entries.size() - 1).keyId()) : null;
        auditLog.recordDurably(AuditEvent.of(caller, "ListKeys", null, AuditEvent.SUCCESS));
        return new KeyPage(entries, nextMarker, truncated);
    }

    private static String encodeMarker(String lastKeyId) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(lastKeyId.getBytes(StandardCharsets.US_ASCII));
    }

    private static String decodeMarker(String marker) {
        if (marker == null) {
            return null;
        }
        try {
            String lastKeyId = new String(Base64.getUrlDecoder().decode(marker), StandardCharsets.US_ASCII);
            if (KeyReference.KEY_ID.matcher(lastKeyId).matches()) {
                return lastKeyId;
            }
        } catch (IllegalArgumentException notBase64) {
            // falls through to the error below
        }
        throw new KmsException(KmsError.InvalidMarkerException, "The marker '" + marker + "' is not one this service issued");
    }
}
