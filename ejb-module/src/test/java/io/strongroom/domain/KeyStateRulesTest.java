package io.strongroom.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.strongroom.client.KmsException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Walks every row and column of the key-state table of KMS-SPEC §3. Columns: Enabled, Disabled,
 * PendingDeletion, PendingReplicaDeletion, PendingImport, Unavailable, Creating, Updating.
 * Cells: ok, DIS (DisabledException), INV (KMSInvalidStateException), UNS (UnsupportedOperationException).
 */
class KeyStateRulesTest {

    private static final KeyState[] COLUMNS = {KeyState.Enabled, KeyState.Disabled, KeyState.PendingDeletion,
            KeyState.PendingReplicaDeletion, KeyState.PendingImport, KeyState.Unavailable, KeyState.Creating,
            KeyState.Updating};

    private static final Map<KeyOperation, String> AWS_KMS_ORIGIN = Map.ofEntries(
            Map.entry(KeyOperation.CANCEL_KEY_DELETION, "INV INV ok  ok  INV INV INV INV"),
            Map.entry(KeyOperation.CREATE_ALIAS, "ok  ok  INV INV ok  ok  ok  ok"),
            Map.entry(KeyOperation.CRYPTOGRAPHIC, "ok  DIS INV INV INV INV INV ok"),
            Map.entry(KeyOperation.SIGN_VERIFY_MAC_PUBLIC_KEY, "ok  DIS INV INV INV INV INV ok"),
            Map.entry(KeyOperation.READ_OR_POLICY, "ok  ok  ok  ok  ok  ok  ok  ok"),
            Map.entry(KeyOperation.DELETE_IMPORTED_KEY_MATERIAL, "UNS UNS UNS UNS UNS UNS UNS UNS"),
            Map.entry(KeyOperation.ENABLE_DISABLE, "ok  ok  INV INV INV ok  INV INV"),
            Map.entry(KeyOperation.GET_PARAMETERS_FOR_IMPORT, "UNS UNS UNS UNS UNS UNS UNS UNS"),
            Map.entry(KeyOperation.IMPORT_KEY_MATERIAL, "UNS UNS UNS UNS UNS UNS UNS UNS"),
            Map.entry(KeyOperation.REPLICATE_KEY, "ok  DIS INV INV INV INV INV INV"),
            Map.entry(KeyOperation.UPDATE_PRIMARY_REGION, "ok  DIS INV INV INV INV INV ok"),
            Map.entry(KeyOperation.SCHEDULE_KEY_DELETION, "ok  ok  INV INV ok  ok  ok  INV"),
            Map.entry(KeyOperation.TAG_UNTAG_DESCRIPTION, "ok  ok  INV INV ok  ok  ok  ok"),
            Map.entry(KeyOperation.UPDATE_ALIAS_DESTINATION, "ok  ok  INV INV ok  ok  ok  ok"));

    /** Rows that depend on the origin; every other row is the same for EXTERNAL keys. */
    private static final Map<KeyOperation, String> EXTERNAL_ORIGIN = Map.of(
            KeyOperation.DELETE_IMPORTED_KEY_MATERIAL, "ok  ok  ok  ok  ok  ok  INV INV",
            KeyOperation.GET_PARAMETERS_FOR_IMPORT, "ok  ok  INV INV ok  UNS INV INV",
            KeyOperation.IMPORT_KEY_MATERIAL, "ok  ok  INV INV ok  UNS INV ok");

    @Test
    void everyCellOfTheTable() {
        List<String> mismatches = new ArrayList<>();
        for (KeyOperation operation : KeyOperation.values()) {
            check(operation, Origin.AWS_KMS, AWS_KMS_ORIGIN.get(operation), mismatches);
            check(operation, Origin.EXTERNAL, EXTERNAL_ORIGIN.getOrDefault(operation, AWS_KMS_ORIGIN.get(operation)),
                    mismatches);
        }
        assertEquals(List.of(), mismatches);
    }

    private static void check(KeyOperation operation, Origin origin, String row, List<String> mismatches) {
        String[] expected = row.trim().split("\\s+");
        assertEquals(COLUMNS.length, expected.length, operation.name());
        for (int column = 0; column < COLUMNS.length; column++) {
            String actual = KeyStateRules.refusal(operation, COLUMNS[column], origin, "key")
                    .map(KeyStateRulesTest::cell).orElse("ok");
            if (!actual.equals(expected[column])) {
                mismatches.add(operation + "/" + origin + "/" + COLUMNS[column] + ": expected " + expected[column]
                        + " but was " + actual);
            }
        }
    }

    private static String cell(KmsException refusal) {
        return switch (refusal.error()) {
            case DisabledException -> "DIS";
            case KMSInvalidStateException -> "INV";
            case UnsupportedOperationException -> "UNS";
            default -> refusal.error().name();
        };
    }
}
