package io.strongroom.infrastructure.crypto;

import io.strongroom.infrastructure.crypto.imports.WrappingKeyPool;
import io.strongroom.infrastructure.crypto.imports.WrappingKeySpec;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.KeyPair;
import java.util.Map;

/**
 * The region's pool of pre-generated RSA wrapping key pairs (one per deployment, in memory only).
 * The targets keep GetParametersForImport in milliseconds for the usual burst of imports; a pool
 * run dry generates synchronously (RSA-4096 takes seconds), and the refill timer catches up.
 */
@ApplicationScoped
public class WrappingKeys {

    static final Map<WrappingKeySpec, Integer> TARGETS = Map.of(
            WrappingKeySpec.RSA_2048, 8, WrappingKeySpec.RSA_3072, 4, WrappingKeySpec.RSA_4096, 2);
    /** Bounded work per timer tick: two RSA-4096 pairs are a few seconds of one core. */
    static final int MAX_GENERATED_PER_REFILL = 2;

    private final WrappingKeyPool pool = new WrappingKeyPool(TARGETS, MAX_GENERATED_PER_REFILL);

    KeyPair take(WrappingKeySpec spec) {
        return pool.take(spec);
    }

    /** Generates a bounded number of pairs for the specs below target; returns how many. */
    public int refill() {
        return pool.refill();
    }
}
