package io.strongroom.interfaces.console;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strongroom.it.ConsoleBrowser;
import io.strongroom.it.RegionTest;
import io.strongroom.it.TestRegion;
import java.net.URI;
import java.util.UUID;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The key stores screens as an administrator uses them, in headless Chromium: the create dialog
 * refuses bad input and an unreachable proxy with the AWS error code and message, and the typed
 * proxy secret never comes back in any page.
 */
@RegionTest
@Order(5)
class ConsoleKeyStoresBrowserIT {

    /** A well-formed proxy secret (43..64 of [A-Za-z0-9/+=]) that only this test knows. */
    private static final String SECRET = "ConsoleIt/" + UUID.randomUUID().toString().replace("-", "") + "+SecretAbc=";
    private static final String ACCESS_KEY_ID = "AKIACONSOLEITXKS2345";
    private static final By DIALOG_ERRORS = By.cssSelector("#createStore .ui-messages-error");

    @Test
    void theCreateDialogShowsTheServicesRefusalAndNeverTheSecret(URI region) {
        String name = "console-it-refused-" + UUID.randomUUID().toString().substring(0, 8);
        try (ConsoleBrowser console = ConsoleBrowser.signedInAsAdmin(region, "key-stores-refused")) {
            console.click("navKeyStores");
            console.visible(By.id("stores:table"));

            console.click("stores:create");
            console.type("createStore:name", name);
            console.type("createStore:endpoint", "https://localhost:" + TestRegion.freePort());
            console.type("createStore:path", "/no-version/kms/xks");
            console.type("createStore:accessKeyId", ACCESS_KEY_ID);
            console.type("createStore:secret", SECRET);
            console.click("createStore:submit");
            String error = console.waitForText(DIALOG_ERRORS, "ValidationException").getText();
            assertTrue(error.contains("xksProxyUriPath"), error);
            assertFalse(console.driver().getPageSource().contains(SECRET), "the secret is not sent back");
            assertTrue(console.driver().findElement(By.id("createStore:secret")).getAttribute("value").isEmpty(),
                    "the secret field is empty after the attempt");

            // Well-formed, but nothing listens on the port: the health check of CreateCustomKeyStore fails.
            console.type("createStore:path", "/console-it/kms/xks/v1");
            console.type("createStore:secret", SECRET);
            console.click("createStore:submit");
            error = console.waitForText(DIALOG_ERRORS, "XksProxyUriUnreachableException").getText();
            assertFalse(error.contains(SECRET), error);
            assertFalse(console.driver().getPageSource().contains(SECRET), "the secret is not sent back");

            console.click("createStore:cancel");
            console.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("createStoreDialog")));
            console.driver().navigate().refresh();
            console.visible(By.id("stores:table"));
            assertFalse(console.driver().getPageSource().contains(name), "a refused store is not created");
        }
    }
}
