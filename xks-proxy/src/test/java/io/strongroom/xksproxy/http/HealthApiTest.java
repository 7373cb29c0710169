package io.strongroom.xksproxy.http;

import static io.strongroom.xksproxy.http.XksAssertions.assertError;
import static io.strongroom.xksproxy.http.XksAssertions.assertOk;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.strongroom.xksproxy.EkmHealthStatus;
import io.strongroom.xksproxy.ProxyFixture;
import io.strongroom.xksproxy.XksBodies;
import io.strongroom.xksproxy.XksCredential;
import io.strongroom.xksproxy.XksProxyConfiguration;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The health API's cases of the conformance client, and the authentication and routing rules every API shares. */
class HealthApiTest {

    private static final String HEALTH = ProxyFixture.API + "/health";
    @RegisterExtension
    static final ProxyFixture proxy = new ProxyFixture();

    @Test
    void healthReportsTheProxyAndEveryEkm() {
        JsonObject health = assertOk(proxy.caller.post(HEALTH, XksBodies.health(), proxy.credential));
        assertEquals(1, health.getInt("xksProxyFleetSize"));
        assertEquals("Strongroom", health.getString("xksProxyVendor"));
        assertEquals("strongroom-xks-proxy", health.getString("xksProxyModel"));
        assertEquals("Strongroom", health.getString("ekmVendor"));
        JsonObject ekm = health.getJsonArray("ekmFleetDetails").getJsonObject(0);
        assertEquals("software-ekm-1", ekm.getString("id"));
        assertEquals("ACTIVE", ekm.getString("healthStatus"));
    }

    @Test
    void ekmHealthFollowsTheControl() {
        try {
            proxy.server.setEkmHealth(EkmHealthStatus.UNAVAILABLE);
            assertEquals("UNAVAILABLE", ekmStatus());
            proxy.server.setEkmHealth(EkmHealthStatus.DEGRADED);
            assertEquals("DEGRADED", ekmStatus());
        } finally {
            proxy.server.setEkmHealth(null);
        }
        assertEquals("ACTIVE", ekmStatus());
    }

    private String ekmStatus() {
        return assertOk(proxy.caller.post(HEALTH, XksBodies.health(), proxy.credential))
                .getJsonArray("ekmFleetDetails").getJsonObject(0).getString("healthStatus");
    }

    @Test
    void emptyBodyOrEmptyRequestMetadataIsAValidationException() {
        assertError(proxy.caller.post(HEALTH, "{}", proxy.credential), 400, "ValidationException");
        assertError(proxy.caller.post(HEALTH, "{\"requestMetadata\":{}}", proxy.credential), 400, "ValidationException");
        assertError(proxy.caller.post(HEALTH, "not json", proxy.credential), 400, "ValidationException");
        String noOperation = Json.createObjectBuilder().add("requestMetadata",
                Json.createObjectBuilder().add("kmsRequestId", "r")).build().toString();
        assertError(proxy.caller.post(HEALTH, noOperation, proxy.credential), 400, "ValidationException");
    }

    @Test
    void anUnfamiliarKmsOperationIsAccepted() {
        String body = Json.createObjectBuilder().add("requestMetadata", Json.createObjectBuilder()
                .add("kmsRequestId", "anything at all").add("kmsOperation", "SomeFutureOperation")).build().toString();
        assertOk(proxy.caller.post(HEALTH, body, proxy.credential));
    }

    @Test
    void aBadAccessKeyOrABadSecretIsAnAuthenticationFailure() {
        XksCredential badKey = new XksCredential("INVALID" + proxy.credential.accessKeyId().substring(7),
                proxy.credential.secretAccessKey());
        XksCredential badSecret = new XksCredential(proxy.credential.accessKeyId(),
                "Invalid" + proxy.credential.secretAccessKey().substring(7));
        assertError(proxy.caller.post(HEALTH, XksBodies.health(), badKey), 401, "AuthenticationFailedException");
        assertError(proxy.caller.post(HEALTH, XksBodies.health(), badSecret), 401, "AuthenticationFailedException");
    }

    @Test
    void anotherStoresCredentialIsRefused() {
        assertError(proxy.caller.post(HEALTH, XksBodies.health(), proxy.otherStoreCredential), 401,
                "AuthenticationFailedException");
        assertOk(proxy.caller.post(ProxyFixture.SECOND_PREFIX + "/kms/xks/v1/health", XksBodies.health(),
                proxy.otherStoreCredential));
    }

    @Test
    void theWrongRegionOrServiceIsRefused() {
        assertError(proxy.caller.post(HEALTH, XksBodies.health(), proxy.credential, "eu-west-1", "kms-xks-proxy",
                Clock.systemUTC()), 401, "AuthenticationFailedException");
        assertError(proxy.caller.post(HEALTH, XksBodies.health(), proxy.credential,
                XksProxyConfiguration.DEFAULT_REGION, "kms-xks", Clock.systemUTC()), 401, "AuthenticationFailedException");
    }

    @Test
    void aSignatureMoreThanFiveMinutesAwayIsRefused() {
        for (Duration skew : new Duration[] {Duration.ofMinutes(6), Duration.ofMinutes(-6)}) {
            Clock skewed = Clock.offset(Clock.systemUTC(), skew);
            assertError(proxy.caller.post(HEALTH, XksBodies.health(), proxy.credential,
                    XksProxyConfiguration.DEFAULT_REGION, "kms-xks-proxy", skewed), 401, "AuthenticationFailedException");
        }
        Clock withinLimit = Clock.offset(Clock.systemUTC(), Duration.ofMinutes(4));
        assertOk(proxy.caller.post(HEALTH, XksBodies.health(), proxy.credential, XksProxyConfiguration.DEFAULT_REGION,
                "kms-xks-proxy", withinLimit));
    }

    @Test
    void bothConfiguredCredentialsWorkAndRotationAddsAndRemovesOne() {
        assertOk(proxy.caller.post(HEALTH, XksBodies.health(), proxy.secondCredential));
        XksCredential rotated = XksCredential.generate();
        assertError(proxy.caller.post(HEALTH, XksBodies.health(), rotated), 401, "AuthenticationFailedException");
        proxy.server.addCredential(ProxyFixture.PREFIX, rotated);
        assertOk(proxy.caller.post(HEALTH, XksBodies.health(), rotated));
        assertOk(proxy.caller.post(HEALTH, XksBodies.health(), proxy.credential));
        proxy.server.removeCredential(ProxyFixture.PREFIX, rotated.accessKeyId());
        assertError(proxy.caller.post(HEALTH, XksBodies.health(), rotated), 401, "AuthenticationFailedException");
    }

    @Test
    void anUnknownPrefixIsAnInvalidUriPath() {
        String invalid = ProxyFixture.PREFIX + "/invalid/kms/xks/v1/health";
        assertError(proxy.caller.post(invalid, XksBodies.health(), proxy.credential), 404, "InvalidUriPathException");
        assertError(proxy.caller.post("/kms/xks/v1/health", XksBodies.health(), proxy.credential), 404,
                "InvalidUriPathException");
        assertError(proxy.caller.post(ProxyFixture.API + "/nothing", XksBodies.health(), proxy.credential), 404,
                "InvalidUriPathException");
    }

    @Test
    void getOnAnApiUriIs405AndPingAnswers() {
        HttpResponse<String> get = proxy.caller.get(HEALTH);
        assertError(get, 405, "UnsupportedOperationException");
        assertEquals("POST", get.headers().firstValue("Allow").orElse(""));
        assertError(proxy.caller.get(ProxyFixture.API + "/keys/foo/encrypt"), 405, "UnsupportedOperationException");
        HttpResponse<String> ping = proxy.caller.get("/ping");
        assertEquals(200, ping.statusCode());
        assertEquals("pong", ping.body());
    }

    @Test
    void aDelayedProxyMissesTheBudgetKmsAllows() {
        proxy.server.setResponseDelay(Duration.ofSeconds(1));
        try {
            HttpRequest request = HttpRequest.newBuilder(proxy.server.endpoint().resolve("/ping"))
                    .timeout(Duration.ofMillis(250)).GET().build();
            assertThrows(HttpTimeoutException.class,
                    () -> proxy.caller.http().send(request, HttpResponse.BodyHandlers.ofString()));
        } finally {
            proxy.server.setResponseDelay(Duration.ZERO);
        }
        assertOk(proxy.caller.post(HEALTH, XksBodies.health(), proxy.credential));
    }
}
