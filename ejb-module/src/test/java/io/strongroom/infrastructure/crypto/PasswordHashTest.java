package io.strongroom.infrastructure.crypto;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHashTest {

    @Test
    void verifiesTheRightPasswordOnlyAndSaltsEachHash() {
        String hash = PasswordHash.hash("correct horse".toCharArray());
        assertTrue(hash.startsWith("pbkdf2-sha256$"));
        assertFalse(hash.contains("correct horse"));
        assertTrue(PasswordHash.verify("correct horse".toCharArray(), hash));
        assertFalse(PasswordHash.verify("correct horsE".toCharArray(), hash));
        assertFalse(PasswordHash.verify("x".toCharArray(), "plaintext"));
        assertNotEquals(hash, PasswordHash.hash("correct horse".toCharArray()));
    }
}
