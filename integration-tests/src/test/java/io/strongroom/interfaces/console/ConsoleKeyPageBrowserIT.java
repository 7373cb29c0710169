package io.strongroom.interfaces.console;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strongroom.it.ConsoleBrowser;
import io.strongroom.it.KmsClients;
import io.strongroom.it.RegionTest;
import io.strongroom.it.TestRegion;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.AliasListEntry;
import software.amazon.awssdk.services.kms.model.KeyMetadata;
import software.amazon.awssdk.services.kms.model.KeyState;
import software.amazon.awssdk.services.kms.model.Tag;

/**
 * The key page as an operator uses it, in headless Chromium: creating an RSA signing key in the
 * create dialog (whose usage select follows the chosen spec), then on its page disabling and
 * enabling it behind confirmations, scheduling and cancelling its deletion, editing its key policy,
 * adding an alias and a tag, and downloading its public key. Every change is checked through the
 * AWS SDK as well, so the page cannot claim what the region did not do.
 */
@RegionTest
@Order(5)
class ConsoleKeyPageBrowserIT {

    private static final Pattern KEY_ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    /** How the console shows instants (InstantConverter). */
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    private static final List<String> CREATABLE_SPECS = List.of("SYMMETRIC_DEFAULT", "RSA_2048", "RSA_3072",
            "RSA_4096", "ECC_NIST_P256", "ECC_NIST_P384", "ECC_NIST_P521", "ECC_SECG_P256K1", "HMAC_224", "HMAC_256",
            "HMAC_384", "HMAC_512");

    private ConsoleBrowser console;
    private KmsClient kms;

    @BeforeEach
    void open(URI region) {
        console = ConsoleBrowser.signedInAsAdmin(region, "key-page");
        kms = KmsClients.sdk(region);
    }

    @AfterEach
    void close() {
        kms.close();
        console.close();
    }

    @Test
    void operatorCreatesAnRsaSigningKeyAndManagesItOnItsPage() throws IOException {
        String keyId = createRsaSigningKeyInTheDialog();
        console.go("key.xhtml?keyId=" + keyId);
        console.waitForText(By.id("keyState"), "Enabled");

        disableAfterSayingNoOnce(keyId);
        changeState("actions:enable", "Enabled");
        assertEquals(KeyState.ENABLED, describe(keyId).keyState());

        scheduleAndCancelDeletion(keyId);
        editPolicy(keyId);
        createAlias(keyId);
        addTag(keyId);
        downloadPublicKey(keyId);
    }

    /** The dialog offers every creatable spec, and for each spec only the usages it allows. */
    private String createRsaSigningKeyInTheDialog() {
        console.click("keys:create");
        console.visible(By.id("createKey:description"));
        assertEquals(CREATABLE_SPECS, menuItems("createKey:keySpec"));
        assertEquals(List.of("ENCRYPT_DECRYPT"), menuItems("createKey:keyUsage"));

        console.choose("createKey:keySpec", "HMAC_256");
        waitForUsages(List.of("GENERATE_VERIFY_MAC"));
        console.choose("createKey:keySpec", "ECC_NIST_P384");
        waitForUsages(List.of("SIGN_VERIFY", "KEY_AGREEMENT"));
        console.choose("createKey:keySpec", "ECC_SECG_P256K1");
        waitForUsages(List.of("SIGN_VERIFY"));
        console.choose("createKey:keySpec", "RSA_2048");
        waitForUsages(List.of("ENCRYPT_DECRYPT", "SIGN_VERIFY"));
        console.choose("createKey:keyUsage", "SIGN_VERIFY");

        String description = "it-key-page-" + UUID.randomUUID();
        console.type("createKey:description", description);
        console.click("createKey:submit");
        console.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("createDialog")));
        Matcher matcher = KEY_ID.matcher(console.waitForText(By.cssSelector(".ui-growl-message"), "Key created").getText());
        assertTrue(matcher.find(), "no key id in the confirmation");
        String keyId = matcher.group();

        KeyMetadata key = describe(keyId);
        assertEquals("RSA_2048", key.keySpecAsString());
        assertEquals("SIGN_VERIFY", key.keyUsageAsString());
        assertEquals(description, key.description());
        assertTrue(key.signingAlgorithmsAsStrings().contains("RSASSA_PSS_SHA_256"), key.signingAlgorithmsAsStrings().toString());
        assertTrue(key.encryptionAlgorithms().isEmpty());
        return keyId;
    }

    private void disableAfterSayingNoOnce(String keyId) {
        console.click("actions:disable");
        console.visible(By.id("confirm"));
        console.click("confirmNo");
        console.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("confirm")));
        assertEquals("Enabled", console.driver().findElement(By.id("keyState")).getText().strip());
        assertEquals(KeyState.ENABLED, describe(keyId).keyState());

        changeState("actions:disable", "Disabled");
        KeyMetadata disabled = describe(keyId);
        assertEquals(KeyState.DISABLED, disabled.keyState());
        assertFalse(disabled.enabled());
    }

    private void scheduleAndCancelDeletion(String keyId) {
        Instant before = Instant.now();
        console.click("actions:scheduleDeletion");
        WebElement window = console.visible(By.id("deletion:window_input"));
        // The spinner clamps each keystroke to 7..30, so typing "7" over "30" would pass through 307:
        // step down with the arrow key as far as it goes instead.
        window.sendKeys(Keys.ARROW_DOWN.toString().repeat(30));
        assertEquals("7", window.getAttribute("value"));
        console.click("deletion:submit");
        console.waitForText(By.id("keyState"), "PendingDeletion");

        KeyMetadata pending = describe(keyId);
        assertEquals(KeyState.PENDING_DELETION, pending.keyState());
        Instant deletionDate = pending.deletionDate();
        assertTrue(!deletionDate.isBefore(before.plus(Duration.ofDays(7)).minusSeconds(5))
                && deletionDate.isBefore(Instant.now().plus(Duration.ofDays(7)).plusSeconds(5)),
                "deletion date " + deletionDate + " is not 7 days ahead");
        assertEquals(SHOWN.format(deletionDate), console.visible(By.id("tabs:deletionDate")).getText().strip());

        changeState("actions:cancelDeletion", "Disabled");
        KeyMetadata cancelled = describe(keyId);
        assertEquals(KeyState.DISABLED, cancelled.keyState());
        assertNull(cancelled.deletionDate());
        assertTrue(console.driver().findElements(By.id("tabs:deletionDate")).isEmpty(), "deletion date still shown");
    }

    private void editPolicy(String keyId) {
        String stored = policy(keyId);
        openTab("Key policy");
        console.type("tabs:policy:document", "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"Broken\","
                + "\"Effect\":\"Permit\",\"Principal\":{\"AWS\":\"arn:aws:iam::" + TestRegion.ACCOUNT_ID + ":root\"},"
                + "\"Action\":\"kms:*\",\"Resource\":\"*\"}]}");
        clickPastGrowl("tabs:policy:save");
        String error = console.errorMessages();
        assertTrue(error.contains("MalformedPolicyDocumentException") && error.contains("Effect"), error);
        assertEquals(stored, policy(keyId));

        // Typed with line breaks, which the browser submits as CR LF: the region keeps them as LF.
        String edited = "{\n  \"Version\" : \"2012-10-17\",\n  \"Id\" : \"console-edited\",\n  \"Statement\" : [ {\n"
                + "    \"Sid\" : \"Account root may do everything\",\n    \"Effect\" : \"Allow\",\n"
                + "    \"Principal\" : {\n      \"AWS\" : \"arn:aws:iam::" + TestRegion.ACCOUNT_ID + ":root\"\n    },\n"
                + "    \"Action\" : \"kms:*\",\n    \"Resource\" : \"*\"\n  } ]\n}";
        console.type("tabs:policy:document", edited);
        clickPastGrowl("tabs:policy:save");
        console.waitForText(By.cssSelector(".ui-growl-message"), "Key policy saved");
        assertTrue(console.driver().findElements(By.cssSelector(".ui-messages-error")).isEmpty(), "error still shown");
        assertEquals(edited, policy(keyId));
    }

    private void createAlias(String keyId) {
        String alias = "alias/console-it-" + UUID.randomUUID().toString().substring(0, 8);
        openTab("Aliases");
        console.type("tabs:aliases:aliasName", alias);
        clickPastGrowl("tabs:aliases:create");
        console.waitForText(By.cssSelector(".ui-growl-message"), "Alias created");
        console.waitForText(By.id("tabs:aliases:aliasTable"), alias);
        List<String> aliases = kms.listAliases(r -> r.keyId(keyId)).aliases().stream()
                .map(AliasListEntry::aliasName).toList();
        assertEquals(List.of(alias), aliases);
    }

    private void addTag(String keyId) {
        openTab("Tags");
        console.type("tabs:tags:tagKey", "team");
        console.type("tabs:tags:tagValue", "console-it");
        clickPastGrowl("tabs:tags:add");
        console.waitForText(By.cssSelector(".ui-growl-message"), "Tag saved");
        console.waitForText(By.id("tabs:tags:tagTable"), "console-it");
        assertEquals(List.of(Tag.builder().tagKey("team").tagValue("console-it").build()),
                kms.listResourceTags(r -> r.keyId(keyId)).tags());
    }

    /** GetPublicKey needs an enabled key: the button is off until the key is enabled again. */
    private void downloadPublicKey(String keyId) throws IOException {
        openTab("Public key");
        assertFalse(console.visible(By.id("tabs:publicKey:download")).isEnabled(), "download offered for a disabled key");

        changeState("actions:enable", "Enabled");
        openTab("Public key");
        clickPastGrowl("tabs:publicKey:download");
        Path pem = console.downloads().resolve(keyId + ".pem");
        // Chromium writes to a .crdownload file and renames it when complete.
        console.waiting().until(driver -> pem.toFile().length() > 0);

        String text = Files.readString(pem, StandardCharsets.US_ASCII);
        assertTrue(text.startsWith("-----BEGIN PUBLIC KEY-----\n") && text.endsWith("-----END PUBLIC KEY-----\n"), text);
        String base64 = text.replace("-----BEGIN PUBLIC KEY-----", "").replace("-----END PUBLIC KEY-----", "")
                .replace("\n", "");
        byte[] der = kms.getPublicKey(r -> r.keyId(keyId)).publicKey().asByteArray();
        assertArrayEquals(der, Base64.getDecoder().decode(base64));
    }

    /** Clicks a state button, answers its confirmation with Yes and waits for the new state. */
    private void changeState(String button, String expectedState) {
        console.click(button);
        console.visible(By.id("confirm"));
        console.click("confirmYes");
        console.waitForText(By.id("keyState"), expectedState);
    }

    /** The growl sits at the bottom right, over the buttons there, until it fades: as for an operator, wait. */
    private void clickPastGrowl(String facesId) {
        try {
            console.click(facesId);
        } catch (ElementClickInterceptedException covered) {
            console.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".ui-growl-message")));
            console.click(facesId);
        }
    }

    private void openTab(String title) {
        console.clickable(By.xpath("//*[@id='tabs']//ul[@role='tablist']//a[normalize-space(.)='" + title + "']")).click();
    }

    /**
     * The values a PrimeFaces select offers: the options of its hidden native select, which the page
     * always renders (the drop-down list itself is built in the browser when it first opens).
     */
    private List<String> menuItems(String menuId) {
        return console.driver().findElements(By.cssSelector("[id='" + menuId + "_input'] option")).stream()
                .map(option -> option.getAttribute("value")).toList();
    }

    /** Waits for the ajax update of the usage select (its old items go stale meanwhile). */
    private void waitForUsages(List<String> expected) {
        console.waiting().until(driver -> {
            try {
                return expected.equals(menuItems("createKey:keyUsage"));
            } catch (StaleElementReferenceException replaced) {
                return false;
            }
        });
    }

    private KeyMetadata describe(String keyId) {
        return kms.describeKey(r -> r.keyId(keyId)).keyMetadata();
    }

    private String policy(String keyId) {
        return kms.getKeyPolicy(r -> r.keyId(keyId).policyName("default")).policy();
    }
}
