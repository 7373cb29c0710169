package io.strongroom.infrastructure.crypto.imports;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.spec.RSAKeyGenParameterSpec;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * Pre-generated RSA wrapping key pairs per wrapping key spec, so that GetParametersForImport returns
 * in milliseconds although RSA-4096 generation takes seconds. {@link #take} hands each pair out once
 * and generates synchronously only when the pool is empty; {@link #refill} is called from a
 * background timer and does a bounded amount of work per call. The pairs live in memory only: a
 * restart loses them, which costs one refill.
 */
public final class WrappingKeyPool {

    private final Map<WrappingKeySpec, Queue<KeyPair>> pools;
    private final Map<WrappingKeySpec, Integer> targets;
    private final int maxGeneratedPerRefill;
    private final Function<WrappingKeySpec, KeyPair> generator;
    /** One refill at a time; a timer tick that finds another refill running skips. */
    private final ReentrantLock refilling = new ReentrantLock();

    /**
     * @param targets               how many pairs to keep ready per spec (specs left out keep none)
     * @param maxGeneratedPerRefill at most this many pairs per {@link #refill} call (one RSA-4096 takes seconds)
     */
    public WrappingKeyPool(Map<WrappingKeySpec, Integer> targets, int maxGeneratedPerRefill) {
        this(targets, maxGeneratedPerRefill, new RsaGenerator());
    }

    WrappingKeyPool(Map<WrappingKeySpec, Integer> targets, int maxGeneratedPerRefill,
                    Function<WrappingKeySpec, KeyPair> generator) {
        if (maxGeneratedPerRefill < 1) {
            throw new IllegalArgumentException("maxGeneratedPerRefill must be at least 1");
        }
        Map<WrappingKeySpec, Queue<KeyPair>> queues = new EnumMap<>(WrappingKeySpec.class);
        Map<WrappingKeySpec, Integer> sizes = new EnumMap<>(WrappingKeySpec.class);
        for (WrappingKeySpec spec : WrappingKeySpec.values()) {
            if (spec.isOffered()) {
                int target = targets.getOrDefault(spec, 0);
                if (target < 0) {
                    throw new IllegalArgumentException("The pool target for " + spec + " is negative");
                }
                queues.put(spec, new ConcurrentLinkedQueue<>());
                sizes.put(spec, target);
            }
        }
        this.pools = Collections.unmodifiableMap(queues);
        this.targets = Collections.unmodifiableMap(sizes);
        this.maxGeneratedPerRefill = maxGeneratedPerRefill;
        this.generator = generator;
    }

    /** A key pair no one else receives: from the pool when it has one, else generated now. */
    public KeyPair take(WrappingKeySpec spec) {
        KeyPair ready = queue(spec).poll();
        return ready != null ? ready : generator.apply(spec);
    }

    /**
     * Generates pairs for the specs below their target, the emptiest (relative to its target) first,
     * at most {@code maxGeneratedPerRefill} of them. Returns how many it generated; 0 when every pool
     * is full or another refill is running.
     */
    public int refill() {
        if (!refilling.tryLock()) {
            return 0;
        }
        try {
            int generated = 0;
            while (generated < maxGeneratedPerRefill) {
                WrappingKeySpec neediest = neediest();
                if (neediest == null) {
                    break;
                }
                pools.get(neediest).add(generator.apply(neediest));
                generated++;
            }
            return generated;
        } finally {
            refilling.unlock();
        }
    }

    /** How many pairs of this spec are ready (for metrics and tests). */
    public int available(WrappingKeySpec spec) {
        return queue(spec).size();
    }

    public int target(WrappingKeySpec spec) {
        queue(spec);
        return targets.get(spec);
    }

    private WrappingKeySpec neediest() {
        WrappingKeySpec neediest = null;
        double lowestFill = 1.0;
        for (Map.Entry<WrappingKeySpec, Integer> entry : targets.entrySet()) {
            int target = entry.getValue();
            if (target == 0) {
                continue;
            }
            double fill = (double) pools.get(entry.getKey()).size() / target;
            if (fill < lowestFill) {
                lowestFill = fill;
                neediest = entry.getKey();
            }
        }
        return neediest;
    }

    private Queue<KeyPair> queue(WrappingKeySpec spec) {
        Queue<KeyPair> queue = pools.get(spec);
        if (queue == null) {
            throw new IllegalArgumentException(spec + " is not an RSA wrapping key spec");
        }
        return queue;
    }

    /** RSA with public exponent 65537, as AWS's wrapping keys. */
    private static final class RsaGenerator implements Function<WrappingKeySpec, KeyPair> {
        private final SecureRandom random = new SecureRandom();

        @Override
        public KeyPair apply(WrappingKeySpec spec) {
            try {
                KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
                rsa.initialize(new RSAKeyGenParameterSpec(spec.bits(), RSAKeyGenParameterSpec.F4), random);
                return rsa.generateKeyPair();
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("RSA key pair generation failed", e);
            }
        }
    }
}
