package io.strongroom.infrastructure.crypto.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.KeyPair;
import java.security.interfaces.RSAPublicKey;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The pool's bookkeeping with a counting generator (real RSA-4096 generation takes seconds), plus
 * one real RSA-2048 generation.
 */
class WrappingKeyPoolTest {

    private final Map<WrappingKeySpec, AtomicInteger> generated = Collections.synchronizedMap(
            new java.util.EnumMap<>(WrappingKeySpec.class));
    private final Function<WrappingKeySpec, KeyPair> counting = spec -> {
        generated.computeIfAbsent(spec, s -> new AtomicInteger()).incrementAndGet();
        return new KeyPair(null, null);
    };

    @Test
    void refillFillsTheEmptiestPoolFirstWithinItsBudget() {
        WrappingKeyPool pool = new WrappingKeyPool(Map.of(WrappingKeySpec.RSA_2048, 4, WrappingKeySpec.RSA_4096, 2), 3,
                counting);

        assertEquals(3, pool.refill());
        assertEquals(2, pool.available(WrappingKeySpec.RSA_2048));
        assertEquals(1, pool.available(WrappingKeySpec.RSA_4096));
        assertEquals(3, pool.refill());
        assertEquals(4, pool.available(WrappingKeySpec.RSA_2048));
        assertEquals(2, pool.available(WrappingKeySpec.RSA_4096));
        assertEquals(0, pool.refill());
        assertEquals(0, pool.available(WrappingKeySpec.RSA_3072));
        assertEquals(0, pool.target(WrappingKeySpec.RSA_3072));
    }

    @Test
    void takeUsesAReadyPairAndGeneratesOnlyWhenEmpty() {
        WrappingKeyPool pool = new WrappingKeyPool(Map.of(WrappingKeySpec.RSA_3072, 2), 10, counting);
        pool.refill();
        assertEquals(2, generated.get(WrappingKeySpec.RSA_3072).get());

        pool.take(WrappingKeySpec.RSA_3072);
        pool.take(WrappingKeySpec.RSA_3072);
        assertEquals(2, generated.get(WrappingKeySpec.RSA_3072).get());
        assertEquals(0, pool.available(WrappingKeySpec.RSA_3072));

        pool.take(WrappingKeySpec.RSA_3072);
        assertEquals(3, generated.get(WrappingKeySpec.RSA_3072).get());
        assertEquals(2, pool.refill());
        assertEquals(2, pool.available(WrappingKeySpec.RSA_3072));
    }

    @Test
    void concurrentTakesNeverShareAPair() throws Exception {
        WrappingKeyPool pool = new WrappingKeyPool(Map.of(WrappingKeySpec.RSA_2048, 200), 200, counting);
        pool.refill();
        ExecutorService threads = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<KeyPair>>> results = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            results.add(threads.submit(() -> {
                start.await();
                List<KeyPair> taken = new ArrayList<>();
                for (int i = 0; i < 30; i++) {
                    taken.add(pool.take(WrappingKeySpec.RSA_2048));
                }
                return taken;
            }));
        }
        start.countDown();
        Set<KeyPair> distinct = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Future<List<KeyPair>> result : results) {
            distinct.addAll(result.get(30, TimeUnit.SECONDS));
        }
        threads.shutdown();

        assertEquals(240, distinct.size());
        assertEquals(240, generated.get(WrappingKeySpec.RSA_2048).get());
    }

    @Test
    void aRefillRunningElsewhereMakesAnotherOneSkip() throws Exception {
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        WrappingKeyPool pool = new WrappingKeyPool(Map.of(WrappingKeySpec.RSA_2048, 1), 1, spec -> {
            inside.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new KeyPair(null, null);
        });
        ExecutorService thread = Executors.newSingleThreadExecutor();
        Future<Integer> first = thread.submit(pool::refill);
        assertTrue(inside.await(10, TimeUnit.SECONDS));

        assertEquals(0, pool.refill());
        release.countDown();
        assertEquals(1, first.get(10, TimeUnit.SECONDS));
        thread.shutdown();
    }

    @Test
    void theRealGeneratorMakesRsaKeysOfTheSpecWithExponent65537() {
        WrappingKeyPool pool = new WrappingKeyPool(Map.of(), 1);

        KeyPair pair = pool.take(WrappingKeySpec.RSA_2048);

        RSAPublicKey publicKey = (RSAPublicKey) pair.getPublic();
        assertEquals(2048, publicKey.getModulus().bitLength());
        assertEquals(65537, publicKey.getPublicExponent().intValueExact());
    }

    @Test
    void sm2AndNegativeTargetsAreRefused() {
        WrappingKeyPool pool = new WrappingKeyPool(Map.of(), 1, counting);

        assertThrows(IllegalArgumentException.class, () -> pool.take(WrappingKeySpec.SM2));
        assertThrows(IllegalArgumentException.class, () -> new WrappingKeyPool(Map.of(WrappingKeySpec.RSA_2048, -1), 1));
        assertThrows(IllegalArgumentException.class, () -> new WrappingKeyPool(Map.of(), 0));
    }
}
