package io.strongroom.interfaces.console;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strongroom.it.ConsoleBrowser;
import io.strongroom.it.PeerRegions;
import io.strongroom.it.RegionTest;
import io.strongroom.it.SqlRows;
import io.strongroom.it.TestDatabase;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.spec.ECGenParameterSpec;
import java.sql.Connection;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The peer regions screen as an administrator uses it, in headless Chromium: this Region's
 * replication signing key with the fingerprint peers compare (checked against the SHA-256 of the
 * key the region stores) and its PEM (checked to be that key); a peer whose key does not match the
 * fingerprint read over a trusted channel is refused and nothing is stored; a matching one is
 * registered and shown, then removed; rotating the signing key shows the new key beside the
 * previous one, which stays published for the overlap.
 */
@RegionTest
@Order(5)
class ConsolePeerRegionsBrowserIT {

    /** A Region name no other test registers in the shared region. */
    private static final String PEER = "ap-consoleit-7";
    private static final String ENDPOINT = "https://kms.ap-consoleit-7.example.com";

    @Test
    void showsThisRegionsKeyRefusesAWrongFingerprintRegistersRemovesAndRotates(URI region) throws Exception {
        byte[] ownKey;
        try (Connection db = TestDatabase.connect()) {
            ownKey = PeerRegions.currentSigningKey(db);
        }
        byte[] peerKey = newP384PublicKey();
        try (ConsoleBrowser console = ConsoleBrowser.signedInAsAdmin(region, "peer-regions")) {
            console.go("keys.xhtml");
            console.click("navPeerRegions");
            console.waitForText(By.id("signingKeys:regionName"), "us-east-1");
            assertEquals(colonHex(sha256(ownKey)), console.visible(By.id("signingKeys:keys:0:fingerprint")).getText());
            assertTrue(console.visible(By.id("signingKeys:keys:0:keyTitle")).getText().startsWith("Current"));
            assertArrayEquals(ownKey, der(console.visible(By.id("signingKeyPem0")).getText()), "the PEM shown is the key");

            console.click("signingKeys:keys:0:download");
            Path downloaded = awaitDownload(console);
            assertArrayEquals(ownKey, der(Files.readString(downloaded)), "the PEM downloaded is the key");

            // A fingerprint that is not the key's: refused in the dialog, naming the field; nothing stored.
            String wrongFingerprint = colonHex(sha256(ownKey));
            openRegisterDialog(console);
            fillRegisterDialog(console, pem(peerKey), wrongFingerprint);
            console.click("registerPeer:submit");
            String refusal = console.visible(By.cssSelector("#registerPeer .ui-messages-error")).getText();
            assertTrue(refusal.contains("ValidationException") && refusal.contains("fingerprint")
                    && refusal.contains(colonHex(sha256(peerKey))), refusal);
            assertEquals(0, peerRows());
            assertFalse(console.visible(By.id("peers:table")).getText().contains(PEER));

            // The fingerprint the peer's administrator read out, typed in capitals without colons: registered.
            console.type("registerPeer:fingerprint", HexFormat.of().withUpperCase().formatHex(sha256(peerKey)));
            console.click("registerPeer:submit");
            console.waitForText(By.cssSelector(".ui-growl-message"), "Peer region registered");
            console.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("registerPeerDialog")));
            String peers = console.waitForText(By.id("peers:table"), PEER).getText();
            assertTrue(peers.contains(ENDPOINT) && peers.contains(colonHex(sha256(peerKey))) && peers.contains("(current)"), peers);
            assertEquals(1, peerRows());

            // The growl covers the lower right of the page, where the row's button is, until it fades.
            awaitGrowlGone(console);
            int row = rowOf(console, PEER);
            console.click("peers:table:" + row + ":remove");
            console.visible(By.id("confirm"));
            console.click("confirmYes");
            console.waitForText(By.cssSelector(".ui-growl-message"), "Peer region removed");
            console.waiting().until(ExpectedConditions.not(ExpectedConditions.textToBePresentInElementLocated(By.id("peers:table"), PEER)));
            assertEquals(0, peerRows());

            awaitGrowlGone(console);
            // Rotation: a new current key, the previous one still published with its end of overlap.
            console.click("signingKeys:rotate");
            console.visible(By.id("confirm"));
            console.click("confirmYes");
            console.waitForText(By.cssSelector(".ui-growl-message"), "Replication signing key rotated");
            console.visible(By.id("signingKeys:keys:1:publishedUntil"));
            byte[] rotatedKey;
            try (Connection db = TestDatabase.connect()) {
                rotatedKey = PeerRegions.currentSigningKey(db);
            }
            assertFalse(Arrays.equals(ownKey, rotatedKey));
            assertEquals(colonHex(sha256(rotatedKey)), console.visible(By.id("signingKeys:keys:0:fingerprint")).getText());
            assertEquals(colonHex(sha256(ownKey)), console.visible(By.id("signingKeys:keys:1:fingerprint")).getText());
            assertTrue(console.visible(By.id("signingKeys:keys:1:keyTitle")).getText().startsWith("Previous"));
        }
    }

    private static void awaitGrowlGone(ConsoleBrowser console) {
        console.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".ui-growl-message")));
    }

    private static void openRegisterDialog(ConsoleBrowser console) {
        console.click("peers:register");
        console.visible(By.id("registerPeer:region"));
    }

    private static void fillRegisterDialog(ConsoleBrowser console, String pem, String fingerprint) {
        console.type("registerPeer:region", PEER);
        console.type("registerPeer:endpoint", ENDPOINT);
        console.type("registerPeer:publicKeyPem", pem);
        console.type("registerPeer:fingerprint", fingerprint);
    }

    private static int rowOf(ConsoleBrowser console, String peer) {
        List<String> regions = console.driver().findElements(By.cssSelector("[id$=':region']")).stream()
                .filter(element -> element.getAttribute("id").startsWith("peers:table:"))
                .map(element -> element.getText()).toList();
        assertTrue(regions.contains(peer), regions.toString());
        return regions.indexOf(peer);
    }

    private static long peerRows() throws Exception {
        return new SqlRows(TestDatabase.dataSource()).count("select count(*) from peer_region where region = ?", PEER);
    }

    private static Path awaitDownload(ConsoleBrowser console) {
        return new WebDriverWait(console.driver(), Duration.ofSeconds(30)).until(driver -> {
            try (var files = Files.list(console.downloads())) {
                return files.filter(file -> file.getFileName().toString().matches("strongroom-rsk-us-east-1-v\\d+\\.pem"))
                        .findFirst().orElse(null);
            } catch (IOException e) {
                return null;
            }
        });
    }

    private static byte[] newP384PublicKey() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp384r1"));
        return generator.generateKeyPair().getPublic().getEncoded();
    }

    private static String pem(byte[] der) {
        return "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der) + "\n-----END PUBLIC KEY-----\n";
    }

    private static byte[] der(String pem) {
        return Base64.getMimeDecoder().decode(pem.replace("-----BEGIN PUBLIC KEY-----", "")
                .replace("-----END PUBLIC KEY-----", "").strip());
    }

    private static byte[] sha256(byte[] data) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(data);
    }

    private static String colonHex(byte[] bytes) {
        return HexFormat.ofDelimiter(":").formatHex(bytes);
    }
}
