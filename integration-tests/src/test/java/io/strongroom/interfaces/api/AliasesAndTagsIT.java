package io.strongroom.interfaces.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strongroom.it.KmsClients;
import io.strongroom.it.RegionTest;
import io.strongroom.it.TestRegion;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.AliasListEntry;
import software.amazon.awssdk.services.kms.model.AlreadyExistsException;
import software.amazon.awssdk.services.kms.model.InvalidAliasNameException;
import software.amazon.awssdk.services.kms.model.InvalidMarkerException;
import software.amazon.awssdk.services.kms.model.KeyMetadata;
import software.amazon.awssdk.services.kms.model.KeySpec;
import software.amazon.awssdk.services.kms.model.KeyUsageType;
import software.amazon.awssdk.services.kms.model.KmsException;
import software.amazon.awssdk.services.kms.model.KmsInvalidStateException;
import software.amazon.awssdk.services.kms.model.ListAliasesResponse;
import software.amazon.awssdk.services.kms.model.ListResourceTagsResponse;
import software.amazon.awssdk.services.kms.model.NotFoundException;
import software.amazon.awssdk.services.kms.model.Tag;
import software.amazon.awssdk.services.kms.model.TagException;

/**
 * CreateAlias, UpdateAlias, DeleteAlias, ListAliases, TagResource, UntagResource and
 * ListResourceTags through the real AWS SDK (KMS-SPEC §1.3, §2.2), with their documented errors.
 */
@RegionTest
@Order(2)
class AliasesAndTagsIT {

    private static KmsClient kms;

    @BeforeAll
    static void connect(URI regionUri) {
        kms = KmsClients.sdk(regionUri);
    }

    @AfterAll
    static void close() {
        kms.close();
    }

    @Test
    void anAliasWorksAsKeyIdUntilDeleted() {
        KeyMetadata key = newKey();
        String alias = uniqueAlias();
        kms.createAlias(r -> r.aliasName(alias).targetKeyId(key.keyId()));
        String aliasArn = "arn:aws:kms:" + TestRegion.REGION + ":" + TestRegion.ACCOUNT_ID + ":" + alias;

        assertEquals(key.keyId(), kms.describeKey(r -> r.keyId(alias)).keyMetadata().keyId());
        assertEquals(key.keyId(), kms.describeKey(r -> r.keyId(aliasArn)).keyMetadata().keyId());
        SdkBytes blob = kms.encrypt(r -> r.keyId(alias).plaintext(SdkBytes.fromUtf8String("via alias"))).ciphertextBlob();
        assertEquals(key.arn(), kms.decrypt(r -> r.ciphertextBlob(blob)).keyId());

        List<AliasListEntry> listed = kms.listAliases(r -> r.keyId(key.keyId())).aliases();
        assertEquals(1, listed.size());
        AliasListEntry entry = listed.get(0);
        assertEquals(alias, entry.aliasName());
        assertEquals(aliasArn, entry.aliasArn());
        assertEquals(key.keyId(), entry.targetKeyId());
        assertNotNull(entry.creationDate());
        assertEquals(entry.creationDate(), entry.lastUpdatedDate());

        kms.deleteAlias(r -> r.aliasName(alias));
        assertThrows(NotFoundException.class, () -> kms.describeKey(r -> r.keyId(alias)));
        assertThrows(NotFoundException.class, () -> kms.deleteAlias(r -> r.aliasName(alias)));
        assertTrue(kms.listAliases(r -> r.keyId(key.arn())).aliases().isEmpty());
        assertEquals(key.keyId(), kms.describeKey(r -> r.keyId(key.keyId())).keyMetadata().keyId(), "key untouched");
    }

    @Test
    void aliasNamesFollowTheRules() {
        KeyMetadata key = newKey();
        for (String name : List.of("it-no-prefix", "alias/aws/it-reserved", "alias/")) {
            assertThrows(InvalidAliasNameException.class, () -> kms.createAlias(r -> r.aliasName(name).targetKeyId(key.keyId())));
        }
        KmsException pattern = assertThrows(KmsException.class,
                () -> kms.createAlias(r -> r.aliasName("alias/with space").targetKeyId(key.keyId())));
        assertEquals("ValidationException", pattern.awsErrorDetails().errorCode());
        assertTrue(pattern.getMessage().contains("aliasName"), pattern.getMessage());

        String alias = uniqueAlias();
        kms.createAlias(r -> r.aliasName(alias).targetKeyId(key.arn()));
        KeyMetadata other = newKey();
        AlreadyExistsException taken = assertThrows(AlreadyExistsException.class,
                () -> kms.createAlias(r -> r.aliasName(alias).targetKeyId(other.keyId())));
        assertEquals(409, taken.statusCode());
        KmsException aliasTarget = assertThrows(KmsException.class,
                () -> kms.createAlias(r -> r.aliasName(uniqueAlias()).targetKeyId(alias)));
        assertEquals("ValidationException", aliasTarget.awsErrorDetails().errorCode());
        assertThrows(NotFoundException.class,
                () -> kms.createAlias(r -> r.aliasName(uniqueAlias()).targetKeyId(UUID.randomUUID().toString())));
        assertEquals(key.keyId(), kms.describeKey(r -> r.keyId(alias)).keyMetadata().keyId(), "unchanged");
    }

    @Test
    void updateAliasMovesItToAKeyOfTheSameTypeAndUsage() {
        KeyMetadata first = newKey();
        KeyMetadata second = newKey();
        String alias = uniqueAlias();
        kms.createAlias(r -> r.aliasName(alias).targetKeyId(first.keyId()));
        kms.updateAlias(r -> r.aliasName(alias).targetKeyId(second.arn()));
        assertEquals(second.keyId(), kms.describeKey(r -> r.keyId(alias)).keyMetadata().keyId());
        AliasListEntry entry = kms.listAliases(r -> r.keyId(second.keyId())).aliases().get(0);
        assertFalse(entry.lastUpdatedDate().isBefore(entry.creationDate()));

        KeyMetadata hmac = kms.createKey(r -> r.keySpec(KeySpec.HMAC_256).keyUsage(KeyUsageType.GENERATE_VERIFY_MAC))
                .keyMetadata();
        KmsException wrongType = assertThrows(KmsException.class,
                () -> kms.updateAlias(r -> r.aliasName(alias).targetKeyId(hmac.keyId())));
        assertEquals("ValidationException", wrongType.awsErrorDetails().errorCode());
        assertTrue(wrongType.getMessage().contains("targetKeyId"), wrongType.getMessage());

        KeyMetadata doomed = newKey();
        kms.scheduleKeyDeletion(r -> r.keyId(doomed.keyId()));
        assertThrows(KmsInvalidStateException.class, () -> kms.updateAlias(r -> r.aliasName(alias).targetKeyId(doomed.keyId())));
        assertThrows(KmsInvalidStateException.class, () -> kms.createAlias(r -> r.aliasName(uniqueAlias()).targetKeyId(doomed.keyId())));
        assertThrows(NotFoundException.class, () -> kms.updateAlias(r -> r.aliasName(uniqueAlias()).targetKeyId(first.keyId())));
        assertEquals(second.keyId(), kms.describeKey(r -> r.keyId(alias)).keyMetadata().keyId(), "unchanged");

        // A pending-deletion source is fine: the alias can be moved off a key that is going away.
        kms.scheduleKeyDeletion(r -> r.keyId(second.keyId()));
        kms.updateAlias(r -> r.aliasName(alias).targetKeyId(first.keyId()));
        assertEquals(first.keyId(), kms.describeKey(r -> r.keyId(alias)).keyMetadata().keyId());
    }

    @Test
    void listAliasesPagesWithMarker() {
        KeyMetadata key = newKey();
        List<String> created = IntStream.range(0, 3).mapToObj(i -> uniqueAlias()).sorted().toList();
        created.forEach(alias -> kms.createAlias(r -> r.aliasName(alias).targetKeyId(key.keyId())));
        List<String> seen = new ArrayList<>();
        String marker = null;
        for (int page = 0; page < 10; page++) {
            String current = marker;
            ListAliasesResponse response = kms.listAliases(r -> r.keyId(key.keyId()).limit(1).marker(current));
            response.aliases().forEach(a -> seen.add(a.aliasName()));
            if (!response.truncated()) {
                assertNull(response.nextMarker());
                break;
            }
            marker = response.nextMarker();
        }
        assertEquals(created, seen);
        assertTrue(kms.listAliases(r -> r.limit(1000)).aliases().stream().map(AliasListEntry::aliasName).toList()
                .containsAll(created));
        assertThrows(InvalidMarkerException.class, () -> kms.listAliases(r -> r.marker("not-a-marker!")));
        KmsException limit = assertThrows(KmsException.class, () -> kms.listAliases(r -> r.limit(0)));
        assertEquals("ValidationException", limit.awsErrorDetails().errorCode());
        assertThrows(NotFoundException.class, () -> kms.listAliases(r -> r.keyId(UUID.randomUUID().toString())));
    }

    @Test
    void tagResourceOverwritesAndUntagRemoves() {
        KeyMetadata key = kms.createKey(r -> r.description("it-tags").tags(tag("team", "blue"), tag("env", "test")))
                .keyMetadata();
        kms.tagResource(r -> r.keyId(key.keyId()).tags(tag("team", "red"), tag("cost-centre", "42")));
        assertEquals(List.of(tag("cost-centre", "42"), tag("env", "test"), tag("team", "red")), tags(key.keyId()));

        kms.untagResource(r -> r.keyId(key.arn()).tagKeys("env", "never-there"));
        assertEquals(List.of(tag("cost-centre", "42"), tag("team", "red")), tags(key.keyId()));

        assertThrows(TagException.class, () -> kms.tagResource(r -> r.keyId(key.keyId()).tags(tag("aws:owner", "x"))));
        assertThrows(TagException.class, () -> kms.untagResource(r -> r.keyId(key.keyId()).tagKeys("aws:owner")));
        List<Tag> fortyNine = IntStream.range(0, 49).mapToObj(i -> tag("bulk-" + i, "v")).toList();
        assertThrows(TagException.class, () -> kms.tagResource(r -> r.keyId(key.keyId()).tags(fortyNine)));
        assertEquals(2, tags(key.keyId()).size(), "a refused TagResource changes nothing");
        kms.tagResource(r -> r.keyId(key.keyId()).tags(fortyNine.subList(0, 48)));
        assertEquals(50, tags(key.keyId()).size());

        assertThrows(NotFoundException.class, () -> kms.tagResource(r -> r.keyId(UUID.randomUUID().toString()).tags(tag("a", "b"))));
        kms.scheduleKeyDeletion(r -> r.keyId(key.keyId()));
        assertThrows(KmsInvalidStateException.class, () -> kms.tagResource(r -> r.keyId(key.keyId()).tags(tag("a", "b"))));
        assertThrows(KmsInvalidStateException.class, () -> kms.untagResource(r -> r.keyId(key.keyId()).tagKeys("team")));
        assertEquals(50, tags(key.keyId()).size(), "ListResourceTags still answers for a pending-deletion key");
    }

    @Test
    void listResourceTagsPagesWithMarker() {
        KeyMetadata key = kms.createKey(r -> r.tags(tag("c", "3"), tag("a", "1"), tag("b", "2"))).keyMetadata();
        ListResourceTagsResponse first = kms.listResourceTags(r -> r.keyId(key.keyId()).limit(2));
        assertEquals(List.of(tag("a", "1"), tag("b", "2")), first.tags());
        assertTrue(first.truncated());
        ListResourceTagsResponse second = kms.listResourceTags(r -> r.keyId(key.keyId()).limit(2).marker(first.nextMarker()));
        assertEquals(List.of(tag("c", "3")), second.tags());
        assertFalse(second.truncated());
        assertNull(second.nextMarker());
        assertThrows(InvalidMarkerException.class, () -> kms.listResourceTags(r -> r.keyId(key.keyId()).marker("%%%")));
        assertThrows(NotFoundException.class, () -> kms.listResourceTags(r -> r.keyId(UUID.randomUUID().toString())));
    }

    private static KeyMetadata newKey() {
        return kms.createKey(r -> r.description("it-aliases")).keyMetadata();
    }

    private static String uniqueAlias() {
        return "alias/it-" + UUID.randomUUID();
    }

    private static Tag tag(String key, String value) {
        return Tag.builder().tagKey(key).tagValue(value).build();
    }

    private static List<Tag> tags(String keyId) {
        return kms.listResourceTags(r -> r.keyId(keyId)).tags();
    }
}
