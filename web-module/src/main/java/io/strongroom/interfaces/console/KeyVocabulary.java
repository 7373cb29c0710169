package io.strongroom.interfaces.console;

import io.strongroom.domain.KeySpec;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The value sets the console offers in select lists: the key states, specs and origins of
 * KMS-SPEC §2.1 for filtering the list, and for the create dialog the specs CreateKey accepts and
 * the usages valid for each. The last two come from the domain's {@link KeySpec}, so the dialog
 * offers exactly what the service accepts. Kept as constants so the screens render no service
 * call for them.
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

    /** What CreateKey accepts in this release; the first one is the dialog's default. */
    static final List<String> CREATABLE_KEY_SPECS = Arrays.stream(KeySpec.values())
            .filter(KeySpec::isOffered).map(KeySpec::name).toList();

    /** KMS-SPEC §2.1: the usages a key of each creatable spec may have; the dialog preselects the first. */
    private static final Map<String, List<String>> USAGES_BY_SPEC = Arrays.stream(KeySpec.values())
            .filter(KeySpec::isOffered)
            .collect(Collectors.toUnmodifiableMap(KeySpec::name,
                    spec -> spec.validUsages().stream().map(Enum::name).toList()));

    /** The usages valid for a spec; none for a spec the dialog does not offer. */
    static List<String> usagesFor(String keySpec) {
        return keySpec == null ? List.of() : USAGES_BY_SPEC.getOrDefault(keySpec, List.of());
    }

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
