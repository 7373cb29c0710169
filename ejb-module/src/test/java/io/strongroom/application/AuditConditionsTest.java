package io.strongroom.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuditConditionsTest {

    private static final String KEY_ID = "1234abcd-12ab-34cd-56ef-1234567890ab";

    @Test
    void keyReferencesNamedInFullAreRecognised() {
        assertEquals(new AuditConditions.KeyReference(KEY_ID, null), AuditConditions.KeyReference.parse(" " + KEY_ID + " "));
        assertEquals(new AuditConditions.KeyReference(KEY_ID, null),
                AuditConditions.KeyReference.parse("arn:aws:kms:us-east-1:111122223333:key/" + KEY_ID));
        assertEquals(new AuditConditions.KeyReference(null, "alias/app"), AuditConditions.KeyReference.parse("alias/app"));
        assertEquals(new AuditConditions.KeyReference(null, "alias/app"),
                AuditConditions.KeyReference.parse("arn:aws:kms:us-east-1:111122223333:alias/app"));
        assertEquals(new AuditConditions.KeyReference("mrk-0123456789abcdef0123456789abcdef", null),
                AuditConditions.KeyReference.parse("mrk-0123456789abcdef0123456789abcdef"));
    }

    @Test
    void fragmentsAreNoReference() {
        assertNull(AuditConditions.KeyReference.parse(null));
        assertNull(AuditConditions.KeyReference.parse("  "));
        assertNull(AuditConditions.KeyReference.parse("1234abcd"));
        assertNull(AuditConditions.KeyReference.parse("alias/"));
        assertNull(AuditConditions.KeyReference.parse("arn:aws:kms:us-east-1:111122223333:key/1234"));
    }

    @Test
    void noFilterNoConditions() {
        Map<String, Object> parameters = new HashMap<>();
        assertEquals("", AuditConditions.where(null, null, parameters));
        assertEquals("", AuditConditions.where(AuditFilter.none(), null, parameters));
        assertEquals(Map.of(), parameters);
    }

    @Test
    void wholeKeyMatchesEveryReferenceExactly() {
        Map<String, Object> parameters = new HashMap<>();
        List<String> references = List.of(KEY_ID, "arn:aws:kms:us-east-1:111122223333:key/" + KEY_ID);
        String where = AuditConditions.where(new AuditFilter(KEY_ID, null, null, null, null, null), references, parameters);
        assertEquals(" where e.keyId in :keyReferences", where);
        assertEquals(Map.of("keyReferences", references), parameters);
    }

    @Test
    void keyFragmentMatchesAnywhereWithLikeCharactersTakenLiterally() {
        Map<String, Object> parameters = new HashMap<>();
        String where = AuditConditions.where(new AuditFilter("1234AB_%", null, null, null, null, null), null, parameters);
        assertEquals(" where lower(e.keyId) like :keyFragment", where);
        assertEquals("%1234ab\\_\\%%", parameters.get("keyFragment"));
    }

    @Test
    void wholePrincipalArnIsExactAndAFragmentMatchesAnywhere() {
        Map<String, Object> parameters = new HashMap<>();
        String arn = "arn:aws:iam::111122223333:user/admin";
        assertEquals(" where e.principalArn = :principal",
                AuditConditions.where(new AuditFilter(null, arn, null, null, null, null), null, parameters));
        assertEquals(arn, parameters.get("principal"));

        parameters.clear();
        assertEquals(" where lower(e.principalArn) like :principal",
                AuditConditions.where(new AuditFilter(null, "user/Ad", null, null, null, null), null, parameters));
        assertEquals("%user/ad%", parameters.get("principal"));

        parameters.clear();
        assertEquals(" where lower(e.principalArn) like :principal", AuditConditions.where(
                new AuditFilter(null, "arn:aws:iam::111122223333:user", null, null, null, null), null, parameters));
    }

    @Test
    void outcomesSuccessAnyFailureOrOneError() {
        Map<String, Object> parameters = new HashMap<>();
        assertEquals(" where e.outcome = :outcome", AuditConditions.where(
                new AuditFilter(null, null, null, AuditEvent.SUCCESS, null, null), null, parameters));
        assertEquals("Success", parameters.get("outcome"));

        parameters.clear();
        assertEquals(" where e.outcome <> 'Success'", AuditConditions.where(
                new AuditFilter(null, null, null, AuditFilter.ANY_FAILURE, null, null), null, parameters));
        assertEquals(Map.of(), parameters);

        assertEquals(" where e.outcome = :outcome", AuditConditions.where(
                new AuditFilter(null, null, null, "InvalidCiphertextException", null, null), null, parameters));
        assertEquals("InvalidCiphertextException", parameters.get("outcome"));
    }

    @Test
    void everyFilterTogetherWithTheTimeRange() {
        Map<String, Object> parameters = new HashMap<>();
        Instant from = Instant.parse("2026-11-23T10:00:00Z");
        Instant to = Instant.parse("2026-11-23T11:00:00Z");
        String where = AuditConditions.where(new AuditFilter("abcd", "admin", "Decrypt", AuditFilter.ANY_FAILURE,
                from, to), null, parameters);
        assertEquals(" where lower(e.keyId) like :keyFragment and lower(e.principalArn) like :principal"
                + " and e.operation = :operation and e.outcome <> 'Success'"
                + " and e.eventTime >= :from and e.eventTime < :to", where);
        assertEquals("Decrypt", parameters.get("operation"));
        assertEquals(from.atOffset(ZoneOffset.UTC), parameters.get("from"));
        assertEquals(to.atOffset(ZoneOffset.UTC), parameters.get("to"));
    }
}
