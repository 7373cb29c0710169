package io.strongroom.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;

import org.junit.jupiter.api.Test;

class PeerRegionsFilesTest {

    private static final String PEM = "-----BEGIN PUBLIC KEY-----\nMHYw\n-----END PUBLIC KEY-----\n";

    @Test
    void theCurrentKeyIsTakenAndARetiredOneIgnored() {
        String json = "{\"signingKeys\":[{\"version\":1,\"fingerprint\":\"aa:bb\",\"publicKeyPem\":\"old\",\"current\":false},"
                + "{\"version\":2,\"fingerprint\":\"cc:dd\",\"publicKeyPem\":" + quoted(PEM) + ",\"current\":true}]}";
        assertEquals(new PeerRegionsFiles.SigningKey(PEM, "cc:dd"), PeerRegionsFiles.current(json));
    }

    @Test
    void noCurrentKeyOrTwoAreRefused() {
        assertThrows(IllegalStateException.class, () -> PeerRegionsFiles.current("{\"signingKeys\":[]}"));
        String two = "{\"signingKeys\":[{\"version\":1,\"fingerprint\":\"a\",\"publicKeyPem\":\"p\",\"current\":true},"
                + "{\"version\":2,\"fingerprint\":\"b\",\"publicKeyPem\":\"q\",\"current\":true}]}";
        assertThrows(IllegalStateException.class, () -> PeerRegionsFiles.current(two));
    }

    @Test
    void theFileNamesThePeerInTheDocumentedFormat() {
        String text = PeerRegionsFiles.fileText("eu-west-1", URI.create("http://127.0.0.1:8081/"),
                new PeerRegionsFiles.SigningKey(PEM, "cc:dd"));
        assertEquals("{\"peerRegions\":[{\"region\":\"eu-west-1\",\"endpoint\":\"http://127.0.0.1:8081\","
                + "\"publicKeyPem\":" + quoted(PEM) + ",\"fingerprint\":\"cc:dd\"}]}\n", text);
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\n", "\\n") + "\"";
    }
}
