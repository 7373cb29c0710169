package io.strongroom.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strongroom.application.AuditQueries.Entry;
import io.strongroom.client.CreateKeyRequest;
import io.strongroom.client.DecryptRequest;
import io.strongroom.client.EncryptRequest;
import io.strongroom.client.KmsError;
import io.strongroom.client.KmsException;
import io.strongroom.it.StrongroomDeployment;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The audit log's read side against real events: a user of its own makes calls (one of them
 * failing, one naming its key by alias), then each filter of {@link AuditQueries} must narrow the
 * log to exactly those events; reading the log needs cloudtrail:LookupEvents; and V7's indexes
 * serve the screen's query shapes.
 */
@ExtendWith(ArquillianExtension.class)
@Order(1)
class AuditQueriesIT {

    private static final String ACCOUNT = "111122223333";
    private static final CallerContext ADMIN =
            new CallerContext("arn:aws:iam::" + ACCOUNT + ":user/admin", "it-audit", "internal", "ejb");
    private static final String KMS_ONLY = "{\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"kms:*\",\"Resource\":\"*\"}]}";

    @Deployment
    static WebArchive deployment() {
        return StrongroomDeployment.create(AuditQueriesIT.class);
    }

    @Inject
    AuditQueries audit;
    @Inject
    IamService iam;
    @Inject
    KeyLifecycleService keys;
    @Inject
    CryptoOperations crypto;
    @Inject
    AliasService aliases;
    @Resource(lookup = "java:app/jdbc/strongroom")
    DataSource dataSource;

    private CallerContext newUser(String name, String identityPolicy) {
        String arn = iam.createUser(ADMIN, name);
        iam.putUserPolicy(ADMIN, name, "it", identityPolicy);
        return new CallerContext(arn, "it-audit-" + name, "192.0.2.7", "ejb");
    }

    private List<String> operations(AuditFilter filter) {
        List<Entry> page = audit.lookupEvents(ADMIN, filter, 0, 100, true);
        assertEquals(page.size(), audit.countEvents(ADMIN, filter), "count and page agree for " + filter);
        return page.stream().map(e -> e.operation() + (e.failed() ? ":" + e.outcome() : "")).toList();
    }

    @Test
    void eachFilterNarrowsTheLogToExactlyItsEvents() {
        String name = "audit-it-" + UUID.randomUUID().toString().substring(0, 8);
        Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(1);
        CallerContext user = newUser(name, KMS_ONLY);
        String keyA = keys.createKey(user, CreateKeyRequest.symmetric("audit-it-a")).keyId();
        String keyB = keys.createKey(user, CreateKeyRequest.symmetric("audit-it-b")).keyId();
        String alias = "alias/" + name;
        aliases.createAlias(user, alias, keyA);
        byte[] plaintext = "audited".getBytes(StandardCharsets.UTF_8);
        crypto.encrypt(user, new EncryptRequest(keyA, plaintext, Map.of(), null));
        crypto.encrypt(user, new EncryptRequest(alias, plaintext, Map.of(), null));
        KmsException garbage = assertThrows(KmsException.class, () -> crypto.decrypt(user,
                new DecryptRequest("not a ciphertext".getBytes(StandardCharsets.UTF_8), Map.of(), alias, null)));
        assertEquals(KmsError.InvalidCiphertextException, garbage.error());
        crypto.encrypt(user, new EncryptRequest(keyB, plaintext, Map.of(), null));
        Instant end = Instant.now().plusSeconds(1);

        List<String> ofKeyA = List.of("CreateKey", "CreateAlias", "Encrypt", "Encrypt",
                "Decrypt:InvalidCiphertextException");
        assertEquals(ofKeyA, operations(new AuditFilter(keyA, null, null, null, null, null)));
        assertEquals(ofKeyA, operations(new AuditFilter(alias, null, null, null, null, null)));
        assertEquals(ofKeyA, operations(new AuditFilter("arn:aws:kms:us-east-1:" + ACCOUNT + ":key/" + keyA,
                null, null, null, null, null)));
        assertEquals(ofKeyA, operations(new AuditFilter("arn:aws:kms:us-east-1:" + ACCOUNT + ":" + alias,
                null, null, null, null, null)));
        assertEquals(List.of("CreateKey", "Encrypt"), operations(new AuditFilter(keyB, null, null, null, null, null)));
        // The start of a key id matches the events that recorded the id (not the one naming the alias).
        assertEquals(List.of("CreateKey", "CreateAlias", "Encrypt", "Encrypt"),
                operations(new AuditFilter(keyA.substring(0, 13).toUpperCase(), user.principalArn(), null, null,
                        null, null)));

        List<String> ofUser = List.of("CreateKey", "CreateKey", "CreateAlias", "Encrypt", "Encrypt",
                "Decrypt:InvalidCiphertextException", "Encrypt");
        assertEquals(ofUser, operations(new AuditFilter(null, user.principalArn(), null, null, null, null)));
        assertEquals(ofUser, operations(new AuditFilter(null, name.toUpperCase(), null, null, null, null)));

        AuditFilter byUser = new AuditFilter(null, user.principalArn(), null, null, null, null);
        assertEquals(List.of("Encrypt", "Encrypt", "Encrypt"), operations(withOperation(byUser, "Encrypt")));
        assertEquals(List.of("Decrypt:InvalidCiphertextException"), operations(withOutcome(byUser, AuditFilter.ANY_FAILURE)));
        assertEquals(List.of("Decrypt:InvalidCiphertextException"),
                operations(withOutcome(byUser, "InvalidCiphertextException")));
        assertEquals(List.of(), operations(withOutcome(byUser, "NotFoundException")));
        assertEquals(6, audit.countEvents(ADMIN, withOutcome(byUser, AuditEvent.SUCCESS)));

        assertEquals(ofUser, operations(new AuditFilter(null, user.principalArn(), null, null, start, end)));
        assertEquals(List.of(), operations(new AuditFilter(null, user.principalArn(), null, null, end, null)));
        assertEquals(List.of(), operations(new AuditFilter(null, user.principalArn(), null, null, null, start)));

        Entry failure = audit.lookupEvents(ADMIN, withOutcome(byUser, AuditFilter.ANY_FAILURE), 0, 1, false).get(0);
        assertEquals(alias, failure.keyId(), "a failure records the key as the caller named it");
        assertEquals(user.requestId(), failure.requestId());
        assertEquals("192.0.2.7", failure.sourceAddress());
        assertEquals("ejb", failure.channel());

        assertTrue(audit.listAuditedOperations(ADMIN).containsAll(List.of("CreateAlias", "CreateKey", "Decrypt", "Encrypt")));
    }

    @Test
    void pagesAreNewestFirstByDefaultAndDoNotOverlap() {
        String name = "audit-it-" + UUID.randomUUID().toString().substring(0, 8);
        CallerContext user = newUser(name, KMS_ONLY);
        String keyId = keys.createKey(user, CreateKeyRequest.symmetric("audit-it-order")).keyId();
        for (int i = 0; i < 4; i++) {
            crypto.encrypt(user, new EncryptRequest(keyId, new byte[] {(byte) i}, Map.of(), null));
        }
        AuditFilter filter = new AuditFilter(keyId, null, null, null, null, null);
        List<Entry> newestFirst = audit.lookupEvents(ADMIN, filter, 0, 100, false);
        List<Entry> oldestFirst = audit.lookupEvents(ADMIN, filter, 0, 100, true);
        assertEquals(5, newestFirst.size());
        assertEquals("CreateKey", oldestFirst.get(0).operation());
        assertEquals("CreateKey", newestFirst.get(4).operation());
        List<Entry> reversed = new ArrayList<>(oldestFirst);
        Collections.reverse(reversed);
        assertEquals(reversed, newestFirst);
        assertTrue(newestFirst.stream().map(Entry::time).sorted(Comparator.reverseOrder()).toList()
                .equals(newestFirst.stream().map(Entry::time).toList()));

        List<Entry> pages = new ArrayList<>(audit.lookupEvents(ADMIN, filter, 0, 2, false));
        pages.addAll(audit.lookupEvents(ADMIN, filter, 2, 2, false));
        pages.addAll(audit.lookupEvents(ADMIN, filter, 4, 2, false));
        assertEquals(newestFirst, pages);

        assertEquals(KmsError.ValidationException,
                assertThrows(KmsException.class, () -> audit.lookupEvents(ADMIN, filter, 0, 0, false)).error());
        assertEquals(KmsError.ValidationException,
                assertThrows(KmsException.class, () -> audit.lookupEvents(ADMIN, filter, -1, 10, false)).error());
    }

    @Test
    void readingTheLogNeedsLookupEventsAndRefusalsAreAudited() {
        String name = "audit-it-" + UUID.randomUUID().toString().substring(0, 8);
        CallerContext kmsOnly = newUser(name, KMS_ONLY);
        AuditFilter all = AuditFilter.none();
        for (KmsException refused : List.of(
                assertThrows(KmsException.class, () -> audit.countEvents(kmsOnly, all)),
                assertThrows(KmsException.class, () -> audit.lookupEvents(kmsOnly, all, 0, 10, false)),
                assertThrows(KmsException.class, () -> audit.listAuditedOperations(kmsOnly)))) {
            assertEquals(KmsError.AccessDeniedException, refused.error());
            assertTrue(refused.getMessage().contains("cloudtrail:LookupEvents"), refused.getMessage());
        }
        assertEquals(List.of("CountEvents:AccessDeniedException", "LookupEvents:AccessDeniedException",
                "ListAuditedOperations:AccessDeniedException"),
                operations(new AuditFilter(null, kmsOnly.principalArn(), null, null, null, null)));

        CallerContext auditor = newUser(name + "-auditor",
                "{\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"cloudtrail:LookupEvents\",\"Resource\":\"*\"}]}");
        AuditFilter refusals = new AuditFilter(null, kmsOnly.principalArn(), null, AuditFilter.ANY_FAILURE, null, null);
        assertEquals(3, audit.countEvents(auditor, refusals));
        assertEquals(3, audit.lookupEvents(auditor, refusals, 0, 10, false).size());
        assertEquals(List.of("LookupEvents"), audit.lookupEvents(ADMIN,
                new AuditFilter(null, auditor.principalArn(), null, null, null, null), 0, 10, true).stream()
                .map(Entry::operation).toList(), "reading the log is audited");
    }

    /**
     * With sequential scans, bitmap scans and sorts priced out (a test table is too small for the
     * planner to prefer an index otherwise), each query shape of the screen must find an index
     * that also delivers the time order. One key's references (id, ARN, aliases) are several
     * ranges of the key index, merged by a small sort of that key's events: sorts stay allowed there.
     */
    @Test
    void theScreensQueriesUseTheV7Indexes() throws SQLException {
        String order = " order by event_time desc, id desc limit 20";
        Map<String, String> ordered = Map.of(
                "select * from audit_event" + order, "audit_event_time_id",
                "select * from audit_event where principal_arn = 'p'" + order, "audit_event_principal_time",
                "select * from audit_event where operation = 'Decrypt'" + order, "audit_event_operation_time",
                "select * from audit_event where outcome <> 'Success'" + order, "audit_event_failure_time");
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            try {
                statement.execute("set enable_seqscan = off; set enable_bitmapscan = off; set enable_sort = off");
                for (Map.Entry<String, String> shape : ordered.entrySet()) {
                    String plan = plan(statement, shape.getKey());
                    assertTrue(plan.contains(shape.getValue()), shape.getKey() + "\n" + plan);
                    assertFalse(plan.contains("Sort Key"), "ordered by the index: " + plan);
                }
                statement.execute("reset enable_bitmapscan; reset enable_sort");
                String keyShape = "select * from audit_event where key_id in ('a', 'b')" + order;
                String plan = plan(statement, keyShape);
                assertTrue(plan.contains("audit_event_key_time"), keyShape + "\n" + plan);
            } finally {
                statement.execute("reset enable_seqscan; reset enable_bitmapscan; reset enable_sort");
            }
        }
    }

    private static String plan(Statement statement, String query) throws SQLException {
        StringBuilder plan = new StringBuilder();
        try (ResultSet rows = statement.executeQuery("explain " + query)) {
            while (rows.next()) {
                plan.append(rows.getString(1)).append('\n');
            }
        }
        return plan.toString();
    }

    private static AuditFilter withOperation(AuditFilter filter, String operation) {
        return new AuditFilter(filter.key(), filter.principal(), operation, filter.outcome(), filter.from(), filter.to());
    }

    private static AuditFilter withOutcome(AuditFilter filter, String outcome) {
        return new AuditFilter(filter.key(), filter.principal(), filter.operation(), outcome, filter.from(), filter.to());
    }
}
