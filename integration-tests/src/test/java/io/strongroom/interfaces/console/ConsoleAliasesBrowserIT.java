package io.strongroom.interfaces.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strongroom.it.ConsoleBrowser;
import io.strongroom.it.KmsClients;
import io.strongroom.it.RegionTest;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.AliasListEntry;
import software.amazon.awssdk.services.kms.model.KeySpec;
import software.amazon.awssdk.services.kms.model.KeyUsageType;

/**
 * The aliases screen in headless Chromium: creating an alias with the key picker, the service's
 * refusals shown in the dialogs (invalid names, re-pointing to a key of another type and usage),
 * re-pointing, filtering the table, and deleting behind the confirmation. Keys are made and every
 * outcome is checked through the AWS SDK, so the screen is judged by what the region holds.
 */
@RegionTest
@Order(5)
class ConsoleAliasesBrowserIT {

    private static final By ROWS = By.cssSelector("[id='aliases:table_data'] > tr");
    private static final By GROWL = By.cssSelector(".ui-growl");

    private static KmsClient kms;

    @BeforeAll
    static void connect(URI region) {
        kms = KmsClients.sdk(region);
    }

    @AfterAll
    static void close() {
        kms.close();
    }

    @Test
    void createRefuseUpdateFilterAndDeleteAnAlias(URI region) {
        String first = kms.createKey(r -> r.description("it-aliases-first")).keyMetadata().keyId();
        String second = kms.createKey(r -> r.description("it-aliases-second")).keyMetadata().keyId();
        String hmac = kms.createKey(r -> r.keySpec(KeySpec.HMAC_256).keyUsage(KeyUsageType.GENERATE_VERIFY_MAC)
                .description("it-aliases-hmac")).keyMetadata().keyId();
        String alias = "alias/it-console-" + UUID.randomUUID();

        try (ConsoleBrowser console = ConsoleBrowser.signedInAsAdmin(region, "aliases")) {
            console.go("aliases.xhtml");

            // Create, picking the target from the key picker's suggestions.
            console.click("aliases:create");
            assertEquals("alias/", console.visible(By.id("createAlias:aliasName")).getAttribute("value"));
            console.type("createAlias:aliasName", alias);
            pickKey(console, "createAlias", first);
            console.click("createAlias:submit");
            console.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("createDialog")));
            console.waitForText(GROWL, "Alias created");
            assertEquals(List.of(alias), aliasNames(first));

            // Invalid names: the service's error in the dialog, which stays open, and nothing created.
            console.click("aliases:create");
            console.type("createAlias:aliasName", "alias/aws/it-" + UUID.randomUUID());
            pickKey(console, "createAlias", first);
            console.click("createAlias:submit");
            WebElement createErrors = console.waitForText(By.id("createAlias:messages"), "InvalidAliasNameException");
            assertTrue(createErrors.getText().contains("alias/aws/"), createErrors.getText());
            console.type("createAlias:aliasName", "it-no-prefix-" + UUID.randomUUID());
            console.click("createAlias:submit");
            console.waitForText(By.id("createAlias:messages"), "must begin with 'alias/'");
            assertTrue(console.driver().findElement(By.id("createDialog")).isDisplayed());
            console.click("createAlias:cancel");
            console.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("createDialog")));
            assertEquals(List.of(alias), aliasNames(first));

            // The new alias in the table, found by name, linking to its key's page.
            filter(console, "aliasName", alias);
            waitForSingleRow(console, alias);
            WebElement keyLink = console.visible(By.id("aliases:table:0:key"));
            assertEquals(first, keyLink.getText().strip());
            assertTrue(keyLink.getAttribute("href").contains("key.xhtml?keyId=" + first), keyLink.getAttribute("href"));

            // Point it at another symmetric key.
            console.click("aliases:table:0:update");
            console.waitForText(By.id("updateAlias:aliasName"), alias);
            assertEquals(first, console.visible(By.id("updateAlias:currentKey")).getText().strip());
            pickKey(console, "updateAlias", second);
            console.click("updateAlias:submit");
            console.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("updateDialog")));
            console.waitForText(GROWL, "Alias updated");
            assertEquals(List.of(), aliasNames(first));
            assertEquals(List.of(alias), aliasNames(second));
            console.waitForText(By.id("aliases:table:0:key"), second);

            // An HMAC key has another type and usage: refused, shown, alias unchanged.
            console.click("aliases:table:0:update");
            console.waitForText(By.id("updateAlias:currentKey"), second);
            pickKey(console, "updateAlias", hmac);
            console.click("updateAlias:submit");
            WebElement updateErrors = console.waitForText(By.id("updateAlias:messages"), "ValidationException");
            assertTrue(updateErrors.getText().contains(hmac), updateErrors.getText());
            console.click("updateAlias:cancel");
            console.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("updateDialog")));
            assertEquals(List.of(alias), aliasNames(second));
            assertEquals(List.of(), aliasNames(hmac));

            // Filtering by target key: the old key no longer matches, the new one does.
            filter(console, "targetKeyId", first);
            console.waitForText(By.id("aliases:table_data"), "No aliases match.");
            filter(console, "targetKeyId", second.substring(0, 13).toUpperCase());
            waitForSingleRow(console, alias);

            // Delete: "No" keeps it, "Yes" deletes it.
            console.click("aliases:table:0:delete");
            console.waitForText(By.id("confirm"), alias);
            console.click("confirmNo");
            console.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("confirm")));
            assertEquals(List.of(alias), aliasNames(second));
            waitForSingleRow(console, alias);

            console.click("aliases:table:0:delete");
            console.click("confirmYes");
            console.waitForText(GROWL, "Alias deleted");
            console.waitForText(By.id("aliases:table_data"), "No aliases match.");
            assertEquals(List.of(), aliasNames(second));
        }
    }

    /** Types the start of the key id into the dialog's key picker and clicks the key's suggestion. */
    private static void pickKey(ConsoleBrowser console, String form, String keyId) {
        console.type(form + ":target_input", keyId.substring(0, 8));
        console.clickable(By.cssSelector("[id='" + form + ":target_panel'] [data-item-value='" + keyId + "']")).click();
        console.waiting().until(ExpectedConditions.attributeToBe(By.id(form + ":target_input"), "value", keyId));
    }

    /** Replaces one column filter; the other column's filter is cleared. */
    private static void filter(ConsoleBrowser console, String column, String text) {
        for (String other : List.of("aliasName", "targetKeyId")) {
            WebElement field = filterField(console, other);
            if (!other.equals(column) && !field.getAttribute("value").isEmpty()) {
                field.clear();
            }
        }
        WebElement field = filterField(console, column);
        field.clear();
        field.sendKeys(text);
    }

    private static WebElement filterField(ConsoleBrowser console, String column) {
        return console.visible(By.cssSelector(
                "[id='aliases:table:" + column + ":filter'], [id='aliases:table:" + column + "_filter']"));
    }

    private static void waitForSingleRow(ConsoleBrowser console, String alias) {
        console.waiting().until(ExpectedConditions.numberOfElementsToBe(ROWS, 1));
        console.waitForText(By.id("aliases:table_data"), alias);
    }

    private static List<String> aliasNames(String keyId) {
        return kms.listAliases(r -> r.keyId(keyId)).aliases().stream().map(AliasListEntry::aliasName).toList();
    }
}
