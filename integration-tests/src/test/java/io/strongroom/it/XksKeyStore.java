package io.strongroom.it;

import io.strongroom.xksproxy.ObservedRequest;
import io.strongroom.xksproxy.XksKey;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.XksProxyUriUnreachableException;

/**
 * The external key store that the key tests of a session share: one {@link TestXksProxy} and one
 * CONNECTED custom key store on it, made on first use. A store that holds keys cannot be deleted
 * before its keys are, so sharing one keeps the region's ten stores free for other tests. Each test
 * takes an external key of its own ({@link #newExternalKey}), so a key it disables or a request it
 * observes never involves another test. Every request the proxy receives is kept for assertions.
 */
public final class XksKeyStore {

    public static final String PREFIX = "/it/xks-keys";
    /** Keys the proxy has from the start, for the CreateKey refusals. */
    public static final String ENCRYPT_ONLY = "encrypt-only";
    public static final String DECRYPT_ONLY = "decrypt-only";
    public static final String DISABLED = "disabled";
    /** The principal of the bootstrap credential, as the proxy's requestMetadata must name it. */
    public static final String ADMIN_ARN = "arn:aws:iam::" + TestRegion.ACCOUNT_ID + ":user/admin";

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final ConcurrentLinkedQueue<ObservedRequest> OBSERVED = new ConcurrentLinkedQueue<>();
    private static TestXksProxy proxy;
    private static String storeId;

    private XksKeyStore() {
    }

    /** The proxy, started on first use and stopped when the test JVM ends. */
    public static synchronized TestXksProxy proxy() {
        if (proxy == null) {
            proxy = TestXksProxy.builder().prefix(PREFIX)
                    .key(XksKey.encryptOnly(ENCRYPT_ONLY))
                    .key(XksKey.decryptOnly(DECRYPT_ONLY))
                    .key(XksKey.disabled(DISABLED))
                    .start();
            proxy.server().addRequestObserver(OBSERVED::add);
            Runtime.getRuntime().addShutdownHook(new Thread(proxy::close));
        }
        return proxy;
    }

    /**
     * The id of the shared CONNECTED store, created through the API on first use. Creating it is the
     * region's first call to this proxy: on a machine busy with other builds that cold call can
     * miss its budget, so it is tried up to three times (a refused CreateCustomKeyStore leaves nothing).
     */
    public static synchronized String storeId(KmsClient kms) {
        for (int attempt = 1; storeId == null; attempt++) {
            try {
                storeId = proxy().createConnectedStore(kms, "it-xks-keys");
            } catch (XksProxyUriUnreachableException cold) {
                if (attempt == 3) {
                    throw cold;
                }
            }
        }
        return storeId;
    }

    /** A fresh enabled AES-256 key in the external key manager, ENCRYPT and DECRYPT, never used before. */
    public static String newExternalKey(String purpose) {
        String id = purpose + "-" + COUNTER.incrementAndGet();
        proxy().server().addKey(PREFIX, XksKey.encryptDecrypt(id));
        return id;
    }

    /** Every request the proxy received for an external key so far, oldest first. */
    public static List<ObservedRequest> requestsFor(String xksKeyId) {
        return OBSERVED.stream().filter(request -> xksKeyId.equals(request.keyId())).toList();
    }

    /** Every request the proxy received so far, oldest first. */
    public static List<ObservedRequest> allRequests() {
        return List.copyOf(OBSERVED);
    }

    /** The requestMetadata object of a request's JSON body. */
    public static JsonObject requestMetadata(ObservedRequest request) {
        return request.json().orElseThrow(() -> new AssertionError("not a JSON body: " + request.path()))
                .getJsonObject("requestMetadata");
    }

    /** Rows of kms_key backed by an external key of a store: what a refused CreateKey must not leave. */
    public static int keyRows(String customKeyStoreId, String xksKeyId) throws SQLException {
        try (Connection db = TestDatabase.connect(); PreparedStatement query = db.prepareStatement(
                "select count(*) from kms_key where custom_key_store_id = ? and xks_key_id = ?")) {
            query.setString(1, customKeyStoreId);
            query.setString(2, xksKeyId);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }
}
