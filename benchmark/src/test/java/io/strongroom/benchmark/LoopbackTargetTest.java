package io.strongroom.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;

import org.junit.jupiter.api.Test;

class LoopbackTargetTest {

    @Test
    void loopbackAddressesAreAccepted() {
        for (String endpoint : new String[] {"http://127.0.0.1:8080", "http://localhost:1", "http://[::1]:8080"}) {
            assertEquals(URI.create(endpoint), LoopbackTarget.require(URI.create(endpoint)));
        }
    }

    @Test
    void anythingElseIsRefusedWithoutSendingARequest() {
        // Literal addresses: resolved locally, nothing leaves the machine.
        for (String endpoint : new String[] {"http://10.0.0.1:8080", "http://192.168.1.1", "http://8.8.8.8"}) {
            assertThrows(IllegalArgumentException.class, () -> LoopbackTarget.require(URI.create(endpoint)));
        }
    }
}
