package io.strongroom.infrastructure.xks;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The warm-up completes its loopback HTTPS calls through the real client code (it reports zero when it fails). */
class XksWarmUpTest {

    @Test
    void completesItsLoopbackCalls() {
        Duration first = XksWarmUp.run("us-east-1");
        assertTrue(first.compareTo(Duration.ZERO) > 0, "the warm-up failed");
        System.out.println("XKS warm-up: first loopback HTTPS call " + first.toMillis() + " ms");
    }
}
