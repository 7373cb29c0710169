package io.strongroom.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The query text the expiring-material catalog builds, the effective state and the seconds left. */
class ExpiringMaterialCatalogTest {

    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
    private static final String LISTED = " where " + ExpiringMaterialCatalog.LISTED;

    @Test
    void withoutFilterOnlyListedKeysAreSelected() {
        Map<String, Object> parameters = new HashMap<>();

        assertEquals(LISTED, ExpiringMaterialCatalog.where(ExpiringMaterialFilter.none(), NOW, parameters));
        assertEquals(LISTED, ExpiringMaterialCatalog.where(null, NOW, parameters));
        assertEquals(Map.of("now", NOW.atOffset(ZoneOffset.UTC)), parameters);
    }

    @Test
    void textFiltersMatchSubstringsWithWildcardsTakenLiterally() {
        Map<String, Object> parameters = new HashMap<>();

        String where = ExpiringMaterialCatalog.where(new ExpiringMaterialFilter(" ABC_ ", "Prod%", null, null), NOW, parameters);

        assertEquals(LISTED + " and lower(k.keyId) like :keyId and exists (select a from KeyAliasRecord a"
                + " where a.keyId = k.keyId and lower(a.aliasName) like :alias)", where);
        assertEquals("%abc\\_%", parameters.get("keyId"));
        assertEquals("%prod\\%%", parameters.get("alias"));
    }

    @Test
    void stateFilterIsOnTheEffectiveState() {
        Map<String, Object> parameters = new HashMap<>();

        String where = ExpiringMaterialCatalog.where(new ExpiringMaterialFilter(null, null, "PendingImport", null), NOW, parameters);

        assertEquals(LISTED + " and " + ExpiringMaterialCatalog.EFFECTIVE_STATE + " = :keyState", where);
        assertEquals("PendingImport", parameters.get("keyState"));
    }

    @Test
    void urgencyFiltersAreRangesOfValidTo() {
        Map<String, Object> expired = new HashMap<>();
        assertEquals(LISTED + " and k.validTo <= :now", ExpiringMaterialCatalog.where(
                new ExpiringMaterialFilter(null, null, null, ExpiryUrgency.EXPIRED), NOW, expired));

        Map<String, Object> week = new HashMap<>();
        assertEquals(LISTED + " and k.validTo > :after and k.validTo <= :until", ExpiringMaterialCatalog.where(
                new ExpiringMaterialFilter(null, null, null, ExpiryUrgency.UNDER_7_DAYS), NOW, week));
        assertEquals(NOW.plus(Duration.ofDays(1)).atOffset(ZoneOffset.UTC), week.get("after"));
        assertEquals(NOW.plus(Duration.ofDays(7)).atOffset(ZoneOffset.UTC), week.get("until"));

        Map<String, Object> later = new HashMap<>();
        assertEquals(LISTED + " and k.validTo > :after", ExpiringMaterialCatalog.where(
                new ExpiringMaterialFilter(null, null, null, ExpiryUrgency.LATER), NOW, later));
    }

    @Test
    void sortsBySoonestDeadlineUnlessAnotherKnownColumnIsChosen() {
        assertEquals("k.validTo asc, k.keyId", ExpiringMaterialCatalog.orderBy("validTo", true));
        assertEquals("k.validTo asc, k.keyId", ExpiringMaterialCatalog.orderBy("k.keyId; drop table kms_key", true));
        assertEquals("k.keyId desc, k.validTo, k.keyId", ExpiringMaterialCatalog.orderBy("keyId", false));
        assertTrue(ExpiringMaterialCatalog.orderBy("keyState", true)
                .startsWith(ExpiringMaterialCatalog.EFFECTIVE_STATE + " asc"));
    }

    @Test
    void expiredMaterialMakesUsableKeysPendingImport() {
        assertEquals("PendingImport", ExpiringMaterialCatalog.effectiveState("Enabled", NOW, NOW));
        assertEquals("PendingImport", ExpiringMaterialCatalog.effectiveState("Disabled", NOW.minusSeconds(1), NOW));
        assertEquals("PendingDeletion", ExpiringMaterialCatalog.effectiveState("PendingDeletion", NOW.minusSeconds(1), NOW));
        assertEquals("Enabled", ExpiringMaterialCatalog.effectiveState("Enabled", NOW.plusSeconds(1), NOW));
    }

    @Test
    void secondsLeftAreNegativeOncePastAndRoundTowardsThePast() {
        assertEquals(3600, ExpiringMaterialCatalog.secondsLeft(NOW.plusSeconds(3600), NOW));
        assertEquals(0, ExpiringMaterialCatalog.secondsLeft(NOW.plusMillis(999), NOW));
        assertEquals(-1, ExpiringMaterialCatalog.secondsLeft(NOW.minusMillis(1), NOW));
        assertEquals(-90, ExpiringMaterialCatalog.secondsLeft(NOW.minusSeconds(90), NOW));
    }
}
