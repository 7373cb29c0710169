package io.strongroom.interfaces.console;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class PublicKeyPemTest {

    @Test
    void wrapsBase64At64CharactersBetweenTheMarkers() {
        byte[] der = new byte[294];
        Arrays.fill(der, (byte) 0x5a);
        List<String> lines = PublicKeyPem.format(der).lines().toList();
        assertEquals("-----BEGIN PUBLIC KEY-----", lines.get(0));
        assertEquals("-----END PUBLIC KEY-----", lines.get(lines.size() - 1));
        List<String> body = lines.subList(1, lines.size() - 1);
        body.subList(0, body.size() - 1).forEach(line -> assertEquals(64, line.length()));
        assertTrue(body.get(body.size() - 1).length() <= 64);
        assertArrayEquals(der, Base64.getDecoder().decode(String.join("", body)));
    }

    @Test
    void endsWithALineFeed() {
        assertTrue(PublicKeyPem.format(new byte[64]).endsWith("-----END PUBLIC KEY-----\n"));
    }
}
