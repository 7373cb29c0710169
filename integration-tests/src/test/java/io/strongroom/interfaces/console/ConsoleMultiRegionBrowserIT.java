package io.strongroom.interfaces.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strongroom.it.ConsoleBrowser;
import io.strongroom.it.PeerRegions;
import io.strongroom.it.TwoRegions;
import io.strongroom.relay.RelayConfiguration;
import io.strongroom.relay.ReplicationRelay;
import java.net.URI;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.KeyMetadata;
import software.amazon.awssdk.services.kms.model.KeyState;
import software.amazon.awssdk.services.kms.model.MultiRegionKeyType;

/**
 * The key page's Multi-Region tab and Replicate dialog across two real regions (each its own Payara
 * Micro and database) and a relay in this JVM: the dialog's refusals (a bad tag, a malformed policy,
 * a peer region that cannot be reached) change nothing; a replica ordered from the console is
 * shown Creating with the note that it is being created while the primary's Region cannot be
 * reached, in both regions' consoles, and Enabled once it can (in the primary's console once the
 * replica reported it), with the retried fetch listed meanwhile; the replica's page offers no
 * replication; Update primary Region's refusal is shown.
 */
@Order(6)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleMultiRegionBrowserIT {

    private static final String A = TwoRegions.A;
    private static final String B = TwoRegions.B;
    /** Registered at A as a peer, but the relay leads it to a port nothing listens on. */
    private static final String UNREACHABLE = "eu-west-1";
    private static final Duration PATIENCE = Duration.ofMinutes(3);
    private static final By DIALOG_ERRORS = By.cssSelector("#replicate .ui-messages-error");

    private TwoRegions regions;
    private ReplicationRelay relay;
    private URI uriA;
    private URI uriB;
    private KmsClient kmsA;
    private KmsClient kmsB;
    private String keyId;

    @BeforeAll
    void startTwoRegions() throws Exception {
        regions = TwoRegions.start("console_mrk", RelayConfiguration.builder().build());
        relay = regions.relay();
        uriA = regions.uriA();
        uriB = regions.uriB();
        URI nowhere = URI.create("http://localhost:" + PeerRegions.closedPort());
        relay.route(UNREACHABLE, nowhere);
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp384r1"));
        PeerRegions.register(regions.regionA(), UNREACHABLE, nowhere, generator.generateKeyPair().getPublic().getEncoded());
        kmsA = TwoRegions.clientA(uriA);
        kmsB = TwoRegions.clientB(uriB);
    }

    @AfterAll
    void stopTwoRegions() throws Exception {
        if (regions != null) {
            regions.close();
        }
    }

    @Test
    @Order(1)
    void thePrimarysTabAndTheReplicateDialogRefusalsThenAReplicaOrderedWhileThePrimaryRegionIsUnreachable() throws Exception {
        keyId = kmsA.createKey(r -> r.multiRegion(true).description("primary from the console test")).keyMetadata().keyId();
        try (ConsoleBrowser console = ConsoleBrowser.signedInAsAdmin(uriA, "multi-region-primary")) {
            openMultiRegionTab(console);
            assertEquals("PRIMARY", console.visible(By.id("tabs:multiRegion:role")).getText());
            assertEquals(A, console.visible(By.id("tabs:multiRegion:primaryRegion")).getText());
            assertEquals(arn(A), console.visible(By.id("tabs:multiRegion:primaryArn")).getText());
            console.waitForText(By.id("tabs:multiRegion:replicas"), "This key has no replicas yet.");

            // Refusals in the dialog: each names its problem, and the primary records no replica.
            openReplicateDialog(console);
            console.click("replicate:addTag");
            console.type("replicate:tagTable:0:tagValue", "a value without a key");
            console.choose("replicate:replicaRegion", B);
            console.click("replicate:submit");
            String badTag = console.visible(DIALOG_ERRORS).getText();
            assertTrue(badTag.contains("ValidationException") && badTag.contains("tags.member.tagKey"), badTag);
            console.click("replicate:tagTable:0:removeTag");
            console.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("replicate:tagTable:0:tagValue")));

            console.type("replicate:policy", "{ \"Statement\": ");
            console.click("replicate:submit");
            console.waitForText(DIALOG_ERRORS, "MalformedPolicyDocumentException");
            console.type("replicate:policy", "");

            console.choose("replicate:replicaRegion", UNREACHABLE);
            console.click("replicate:submit");
            String unreachable = console.waitForText(DIALOG_ERRORS, "KMSInternalException").getText();
            assertTrue(unreachable.contains(UNREACHABLE), unreachable);
            assertEquals(List.of(), replicaRegionsIn(kmsA), "a refused replica is not recorded");

            // From here the replica's Region cannot reach the primary's: the replica waits in Creating.
            relay.route(A, URI.create("http://localhost:" + PeerRegions.closedPort()));
            console.choose("replicate:replicaRegion", B);
            console.type("replicate:description", "replica from the console");
            console.click("replicate:addTag");
            console.type("replicate:tagTable:0:tagKey", "team");
            console.type("replicate:tagTable:0:tagValue", "vault");
            console.click("replicate:submit");
            console.waitForText(By.cssSelector(".ui-growl-message"), "Replica ordered");
            console.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("replicateDialog")));
            assertEquals(B, console.visible(By.id("tabs:multiRegion:replicas:0:region")).getText());
            assertEquals(arn(B), console.visible(By.id("tabs:multiRegion:replicas:0:arn")).getText());
            assertEquals("Creating", console.visible(By.id("tabs:multiRegion:replicas:0:state")).getText());
            console.waitForText(By.id("tabs:multiRegion:creatingNote"), "being created");
            assertEquals(List.of(B), replicaRegionsIn(kmsA));
            KeyMetadata replica = kmsB.describeKey(r -> r.keyId(keyId)).keyMetadata();
            assertEquals(KeyState.CREATING, replica.keyState());
            assertEquals("replica from the console", replica.description());
            assertEquals(Map.of("team", "vault"), kmsB.listResourceTags(r -> r.keyId(keyId)).tags().stream()
                    .collect(Collectors.toMap(tag -> tag.tagKey(), tag -> tag.tagValue())));

            // Update primary Region towards the replica: a disabled primary cannot hand its role over.
            kmsA.disableKey(r -> r.keyId(keyId));
            openMultiRegionTab(console);
            console.choose("tabs:multiRegion:newPrimaryRegion", B);
            console.click("tabs:multiRegion:updatePrimary");
            console.visible(By.id("confirm"));
            console.click("confirmYes");
            console.waitForText(By.cssSelector(".ui-messages-error"), "DisabledException");
            KeyMetadata primary = kmsA.describeKey(r -> r.keyId(keyId)).keyMetadata();
            assertEquals(MultiRegionKeyType.PRIMARY, primary.multiRegionConfiguration().multiRegionKeyType());
            assertEquals(KeyState.DISABLED, primary.keyState());
            kmsA.enableKey(r -> r.keyId(keyId));
        }
    }

    @Test
    @Order(2)
    void theReplicasTabShowsItCreatingUntilThePrimaryRegionIsReachableAgainThenThePrimarysTabShowsItEnabled()
            throws Exception {
        try (ConsoleBrowser console = ConsoleBrowser.signedInAsAdmin(uriB, "multi-region-replica")) {
            openMultiRegionTab(console);
            assertEquals("Creating", console.visible(By.id("keyState")).getText());
            assertEquals("REPLICA", console.visible(By.id("tabs:multiRegion:role")).getText());
            assertEquals(A, console.visible(By.id("tabs:multiRegion:primaryRegion")).getText());
            assertEquals(arn(A), console.visible(By.id("tabs:multiRegion:primaryArn")).getText());
            assertEquals(B, console.visible(By.id("tabs:multiRegion:replicas:0:region")).getText());
            console.waitForText(By.id("tabs:multiRegion:replicas"), "(this Region)");
            assertEquals("Creating", console.visible(By.id("tabs:multiRegion:replicas:0:state")).getText());
            console.waitForText(By.id("tabs:multiRegion:creatingNote"), "retries");
            // The fetch from the unreachable primary's Region is listed with its backoff and its reason.
            new WebDriverWait(console.driver(), PATIENCE, Duration.ofSeconds(2)).until(driver -> {
                openMultiRegionTab(console);
                List<WebElement> attempts = driver.findElements(By.id("tabs:multiRegion:retries:0:attempts"));
                return !attempts.isEmpty() && Integer.parseInt(attempts.get(0).getText()) >= 1;
            });
            assertEquals("Fetch key material", console.visible(By.id("tabs:multiRegion:retries:0:task")).getText());
            assertEquals(A, console.visible(By.id("tabs:multiRegion:retries:0:peerRegion")).getText());
            assertFalse(console.visible(By.id("tabs:multiRegion:retries:0:lastFailure")).getText().isBlank());
            assertTrue(console.driver().findElements(By.id("tabs:multiRegion:replicate")).isEmpty(),
                    "a replica is not replicated; only its primary is");

            relay.route(A, PeerRegions.withoutSlash(uriA));
            new WebDriverWait(console.driver(), PATIENCE, Duration.ofSeconds(2)).until(driver ->
                    kmsB.describeKey(r -> r.keyId(keyId)).keyMetadata().keyState() == KeyState.ENABLED);
            openMultiRegionTab(console);
            assertEquals("Enabled", console.visible(By.id("keyState")).getText());
            assertEquals("Enabled", console.visible(By.id("tabs:multiRegion:replicas:0:state")).getText());
            assertTrue(console.driver().findElements(By.id("tabs:multiRegion:creatingNote")).isEmpty());
            assertTrue(console.driver().findElements(By.xpath(
                    "//*[@id='tabs:multiRegion:retries']//td[normalize-space(.)='Fetch key material']")).isEmpty(),
                    "the completed fetch is no longer listed");
        }
        // The replica reported its new state to the primary's Region, whose tab shows it.
        PeerRegions.awaitReplicaKnownEnabled(regions.regionA(), keyId, B);
        try (ConsoleBrowser console = ConsoleBrowser.signedInAsAdmin(uriA, "multi-region-primary-reported")) {
            openMultiRegionTab(console);
            assertEquals("Enabled", console.visible(By.id("tabs:multiRegion:replicas:0:state")).getText());
            assertTrue(console.driver().findElements(By.id("tabs:multiRegion:creatingNote")).isEmpty());
        }
    }

    private void openMultiRegionTab(ConsoleBrowser console) {
        console.go("key.xhtml?keyId=" + keyId);
        console.waitForText(By.id("keyId"), keyId);
        console.clickable(By.xpath("//*[@id='tabs']//ul[@role='tablist']//a[normalize-space(.)='Multi-Region']")).click();
        console.visible(By.id("tabs:multiRegion:role"));
    }

    private static void openReplicateDialog(ConsoleBrowser console) {
        console.click("tabs:multiRegion:replicate");
        console.visible(By.id("replicate:description"));
    }

    private List<String> replicaRegionsIn(KmsClient kms) {
        return kms.describeKey(r -> r.keyId(keyId)).keyMetadata().multiRegionConfiguration().replicaKeys().stream()
                .map(key -> key.region()).toList();
    }

    private String arn(String region) {
        return "arn:aws:kms:" + region + ":111122223333:key/" + keyId;
    }
}
