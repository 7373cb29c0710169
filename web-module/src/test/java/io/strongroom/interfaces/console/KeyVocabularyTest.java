package io.strongroom.interfaces.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KeyVocabularyTest {

    /** KMS-SPEC §2.1: every spec CreateKey accepts in this release, with its valid usages. */
    private static final Map<String, List<String>> EXPECTED_USAGES = Map.ofEntries(
            Map.entry("SYMMETRIC_DEFAULT", List.of("ENCRYPT_DECRYPT")),
            Map.entry("HMAC_224", List.of("GENERATE_VERIFY_MAC")),
            Map.entry("HMAC_256", List.of("GENERATE_VERIFY_MAC")),
            Map.entry("HMAC_384", List.of("GENERATE_VERIFY_MAC")),
            Map.entry("HMAC_512", List.of("GENERATE_VERIFY_MAC")),
            Map.entry("RSA_2048", List.of("ENCRYPT_DECRYPT", "SIGN_VERIFY")),
            Map.entry("RSA_3072", List.of("ENCRYPT_DECRYPT", "SIGN_VERIFY")),
            Map.entry("RSA_4096", List.of("ENCRYPT_DECRYPT", "SIGN_VERIFY")),
            Map.entry("ECC_NIST_P256", List.of("SIGN_VERIFY", "KEY_AGREEMENT")),
            Map.entry("ECC_NIST_P384", List.of("SIGN_VERIFY", "KEY_AGREEMENT")),
            Map.entry("ECC_NIST_P521", List.of("SIGN_VERIFY", "KEY_AGREEMENT")),
            Map.entry("ECC_SECG_P256K1", List.of("SIGN_VERIFY")));

    @Test
    void theCreateDialogOffersExactlyTheSpecsCreateKeyAccepts() {
        assertEquals(EXPECTED_USAGES.keySet(), Set.copyOf(KeyVocabulary.CREATABLE_KEY_SPECS));
        assertEquals(EXPECTED_USAGES.size(), KeyVocabulary.CREATABLE_KEY_SPECS.size());
        assertEquals("SYMMETRIC_DEFAULT", KeyVocabulary.CREATABLE_KEY_SPECS.get(0));
    }

    @Test
    void eachSpecOffersOnlyItsValidUsages() {
        EXPECTED_USAGES.forEach((spec, usages) ->
                assertEquals(usages, KeyVocabulary.usagesFor(spec), spec));
    }

    @Test
    void specsNotCreatedInThisReleaseOfferNoUsage() {
        for (String spec : List.of("ECC_NIST_EDWARDS25519", "ML_DSA_44", "SM2", "NO_SUCH_SPEC")) {
            assertTrue(KeyVocabulary.usagesFor(spec).isEmpty(), spec);
        }
        assertTrue(KeyVocabulary.usagesFor(null).isEmpty());
    }

    @Test
    void everyCreatableSpecIsOneTheListFilterKnows() {
        assertTrue(KeyVocabulary.KEY_SPECS.containsAll(KeyVocabulary.CREATABLE_KEY_SPECS));
    }
}
