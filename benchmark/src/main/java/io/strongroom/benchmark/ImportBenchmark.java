package io.strongroom.benchmark;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import software.amazon.awssdk.services.kms.model.GetParametersForImportResponse;
import software.amazon.awssdk.services.kms.model.WrappingKeySpec;

/**
 * Latency of the bring-your-own-key calls, each sent alone (one client, sequential), so the
 * figures are what one importing application sees:
 * <ul>
 * <li>GetParametersForImport per wrapping key spec with the server's wrapping key pool warm (the
 *     pool has had {@code --pool-wait} to refill, then at most its target per spec is taken) and
 *     cold (right after the pool was drained, so the call generates the RSA pair synchronously,
 *     unless the refill timer has just put one back);</li>
 * <li>ImportKeyMaterial of 256-bit symmetric material wrapped with RSAES_OAEP_SHA_256 under an
 *     RSA_2048 wrapping key (the wrap on the client is not timed).</li>
 * </ul>
 * The pool's state is not on the API, so "warm" is established by waiting, and checked afterwards:
 * a warm sample as slow as the median cold one suggests the pool had not refilled.
 */
final class ImportBenchmark {

    static final WrappingKeySpec[] SPECS = {WrappingKeySpec.RSA_2048, WrappingKeySpec.RSA_3072, WrappingKeySpec.RSA_4096};
    /** The server's pool targets (WrappingKeys.TARGETS): how many calls per spec a full pool serves. */
    static final Map<WrappingKeySpec, Integer> POOL_TARGETS = Map.of(
            WrappingKeySpec.RSA_2048, 8, WrappingKeySpec.RSA_3072, 4, WrappingKeySpec.RSA_4096, 2);
    private static final int MATERIAL_BYTES = 32;

    private final ImportWorkload workload;
    private final ImportOptions options;
    private final Consumer<String> progress;
    private final Map<WrappingKeySpec, TimedCalls> warm = new EnumMap<>(WrappingKeySpec.class);
    private final Map<WrappingKeySpec, TimedCalls> cold = new EnumMap<>(WrappingKeySpec.class);
    private final TimedCalls imports = new TimedCalls("ImportKeyMaterial RSA_2048", "OAEP-256");
    private final byte[] material = new byte[MATERIAL_BYTES];
    private String parametersKey;
    private String importKey;
    /** When the pool was last drained (System.nanoTime); warm rounds wait poolWait from here. */
    private long drainedAt;

    ImportBenchmark(ImportWorkload workload, ImportOptions options, Consumer<String> progress) {
        this.workload = workload;
        this.options = options;
        this.progress = progress;
        new SecureRandom().nextBytes(material);
        for (WrappingKeySpec spec : SPECS) {
            warm.put(spec, new TimedCalls("GetParametersForImport " + spec, "warm"));
            cold.put(spec, new TimedCalls("GetParametersForImport " + spec, "cold"));
        }
    }

    /**
     * Creates the two keys and warms the server's code paths with a few unmeasured calls. The key
     * that receives material is the template of the sweep benchmark's keys.
     *
     * @return the id of the key that now holds imported material
     */
    String prepare() throws Exception {
        parametersKey = workload.createExternalKey("Strongroom import benchmark: GetParametersForImport");
        importKey = workload.createExternalKey("Strongroom import benchmark: ImportKeyMaterial");
        for (int i = 0; i < 3; i++) {
            workload.parameters(parametersKey, WrappingKeySpec.RSA_2048);
        }
        importOnce();
        drainedAt = System.nanoTime();
        return importKey;
    }

    /** Warm round, cold calls, imports, then the remaining warm rounds. */
    void measure() throws InterruptedException {
        warmRound(1);
        progress.accept("GetParametersForImport, pool cold");
        // Right after the warm round every pool is empty; the slowest spec first, before the
        // refill timer puts a pair back.
        for (int i = SPECS.length - 1; i >= 0; i--) {
            WrappingKeySpec spec = SPECS[i];
            for (int call = 0; call < options.coldSamples()[i]; call++) {
                cold.get(spec).time(() -> workload.parameters(parametersKey, spec));
            }
        }
        progress.accept("ImportKeyMaterial");
        for (int i = 0; i < options.importSamples(); i++) {
            try {
                GetParametersForImportResponse parameters = workload.parameters(importKey, WrappingKeySpec.RSA_2048);
                byte[] wrapped = ImportWorkload.wrap(parameters, material);
                imports.time(() -> workload.importMaterial(importKey, parameters, wrapped));
            } catch (Exception e) {
                imports.failed(e);
            }
        }
        drainedAt = System.nanoTime();
        for (int round = 2; round <= options.warmRounds(); round++) {
            warmRound(round);
        }
    }

    List<TimedCalls> results() {
        List<TimedCalls> rows = new ArrayList<>();
        for (WrappingKeySpec spec : SPECS) {
            rows.add(warm.get(spec));
            rows.add(cold.get(spec));
        }
        rows.add(imports);
        return rows;
    }

    /** Warm samples as slow as the median cold call of their spec: likely taken from a pool that had not refilled. */
    int suspectWarmSamples(WrappingKeySpec spec) {
        return warm.get(spec).samplesAtLeast(cold.get(spec).millis(50));
    }

    private void warmRound(int round) throws InterruptedException {
        long waitNanos = drainedAt + options.poolWait().toNanos() - System.nanoTime();
        progress.accept("GetParametersForImport, pool warm, round " + round + " of " + options.warmRounds()
                + (waitNanos > 0 ? " (waiting " + Duration.ofNanos(waitNanos).toSeconds() + " s for the pool to refill)" : ""));
        if (waitNanos > 0) {
            Thread.sleep(Duration.ofNanos(waitNanos).toMillis());
        }
        for (WrappingKeySpec spec : SPECS) {
            for (int call = 0; call < POOL_TARGETS.get(spec); call++) {
                warm.get(spec).time(() -> workload.parameters(parametersKey, spec));
            }
        }
        drainedAt = System.nanoTime();
    }

    private void importOnce() throws Exception {
        GetParametersForImportResponse parameters = workload.parameters(importKey, WrappingKeySpec.RSA_2048);
        workload.importMaterial(importKey, parameters, ImportWorkload.wrap(parameters, material));
    }

    Optional<String> importKey() {
        return Optional.ofNullable(importKey);
    }
}
