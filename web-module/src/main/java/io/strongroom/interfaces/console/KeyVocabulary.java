package io.strongroom.interfaces.console;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.List;

/**
 * The value sets the console offers in select lists: the key states, specs and origins of
 * KMS-SPEC §2.1 for filtering the list, and the specs CreateKey supports today for the create
 * dialog. Kept as constants so the screens render no service call for them.
 */
@Named
@ApplicationScoped
public class KeyVocabulary {

    static final List<String> KEY_STATES = List.of("Creating", "Enabled", "Disabled", "PendingDeletion",
            "PendingImport", "PendingReplicaDeletion", "Unavailable", "Updating");

    static final List<String> KEY_SPECS = List.of("SYMMETRIC_DEFAULT",
            "RSA_2048", "RSA_3072", "RSA_4096",
            "ECC_NIST_P256", "ECC_NIST_P384", "ECC_NIST_P521", "ECC_SECG_P256K1", "ECC_NIST_EDWARDS25519",
            "HMAC_224", "HMAC_256", "HMAC_384", "HMAC_512",
            "ML_DSA_44", "ML_DSA_65", "ML_DSA_87", "SM2");

    static final List<String> ORIGINS = List.of("AWS_KMS", "EXTERNAL", "AWS_CLOUDHSM", "EXTERNAL_KEY_STORE");

    /** Only what CreateKey accepts in this release; the asymmetric and HMAC specs come later. */
    static final List<String> CREATABLE_KEY_SPECS = List.of("SYMMETRIC_DEFAULT");

    public List<String> getKeyStates() {
        return KEY_STATES;
    }

    public List<String> getKeySpecs() {
        return KEY_SPECS;
    }

    public List<String> getOrigins() {
        return ORIGINS;
    }

    public List<String> getCreatableKeySpecs() {
        return CREATABLE_KEY_SPECS;
    }
}
