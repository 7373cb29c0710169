package io.strongroom.interfaces.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeyStoreWordsTest {

    /** KMS-SPEC §5: the ConnectionErrorCode values of external key stores. */
    private static final List<String> XKS_CODES = List.of("INVALID_CREDENTIALS", "XKS_PROXY_ACCESS_DENIED",
            "XKS_PROXY_INVALID_CONFIGURATION", "XKS_PROXY_INVALID_RESPONSE", "XKS_PROXY_INVALID_TLS_CONFIGURATION",
            "XKS_PROXY_NOT_REACHABLE", "XKS_PROXY_TIMED_OUT", "XKS_VPC_ENDPOINT_SERVICE_INVALID_CONFIGURATION",
            "XKS_VPC_ENDPOINT_SERVICE_NOT_FOUND", "NETWORK_ERRORS", "INTERNAL_ERROR");

    private static final Instant NOW = Instant.parse("2026-12-02T12:00:00Z");

    @Test
    void everyExternalKeyStoreCodeHasItsOwnExplanation() {
        List<String> explanations = XKS_CODES.stream().map(KeyStoreWords::explain).toList();

        explanations.forEach(text -> assertFalse(text.startsWith("Unknown"), text));
        assertEquals(XKS_CODES.size(), explanations.stream().distinct().count(), "each code says something else");
    }

    @Test
    void explanationsNameTheCauseOfTheSpecTable() {
        assertTrue(KeyStoreWords.explain("INVALID_CREDENTIALS").contains("rejected the credential"));
        assertTrue(KeyStoreWords.explain("XKS_PROXY_INVALID_CONFIGURATION").contains("URI path"));
        String tls = KeyStoreWords.explain("XKS_PROXY_INVALID_TLS_CONFIGURATION");
        assertTrue(tls.contains("expired certificate") && tls.contains("host name") && tls.contains("does not trust"), tls);
        assertTrue(KeyStoreWords.explain("XKS_PROXY_NOT_REACHABLE").contains("UNAVAILABLE"));
        assertTrue(KeyStoreWords.explain("XKS_PROXY_TIMED_OUT").contains("250 ms"));
    }

    @Test
    void noCodeNeedsNoWordsAndAnUnknownCodeIsNamed() {
        assertEquals("", KeyStoreWords.explain(null));
        assertEquals("", KeyStoreWords.explain(" "));
        assertEquals("Unknown connection error SOMETHING_NEW.", KeyStoreWords.explain("SOMETHING_NEW"));
    }

    @Test
    void connectionStatesHaveColours() {
        assertEquals("success", KeyStoreWords.stateSeverity("CONNECTED"));
        assertEquals("danger", KeyStoreWords.stateSeverity("FAILED"));
        assertEquals("info", KeyStoreWords.stateSeverity("CONNECTING"));
        assertEquals("info", KeyStoreWords.stateSeverity("DISCONNECTING"));
        assertEquals("warning", KeyStoreWords.stateSeverity("DISCONNECTED"));
    }

    @Test
    void credentialAgeInTheTwoLargestUnits() {
        assertEquals("12 days 3 hours", KeyStoreWords.credentialAge(NOW.minusSeconds(12 * 86_400 + 3 * 3_600 + 59), NOW));
        assertEquals("1 hour 1 minute", KeyStoreWords.credentialAge(NOW.minusSeconds(3_660), NOW));
        assertEquals("0 seconds", KeyStoreWords.credentialAge(NOW, NOW));
        assertEquals("0 seconds", KeyStoreWords.credentialAge(NOW.plusSeconds(5), NOW), "a clock ahead is no negative age");
        assertEquals("unknown", KeyStoreWords.credentialAge(null, NOW));
    }
}
