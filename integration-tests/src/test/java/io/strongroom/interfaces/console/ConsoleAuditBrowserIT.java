package io.strongroom.interfaces.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strongroom.it.ConsoleBrowser;
import io.strongroom.it.KmsClients;
import io.strongroom.it.RegionTest;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.DataKeySpec;
import software.amazon.awssdk.services.kms.model.InvalidCiphertextException;

/**
 * The audit log screen in headless Chromium: calls made through the AWS SDK on a fresh key (one of
 * them failing) must appear, and only they, when the log is filtered by that key; the outcome,
 * operation and time filters narrow it further; and {@code audit.xhtml?keyId=…} opens it filtered.
 */
@RegionTest
@Order(5)
class ConsoleAuditBrowserIT {

    private static final By TABLE = By.id("audit:table_data");

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
    void filterTheLogByKeyOutcomeOperationAndTime(URI region) {
        String keyId = kms.createKey(r -> r.description("it-audit-console")).keyMetadata().keyId();
        kms.encrypt(r -> r.keyId(keyId).plaintext(SdkBytes.fromUtf8String("audited")));
        kms.generateDataKey(r -> r.keyId(keyId).keySpec(DataKeySpec.AES_256));
        assertThrows(InvalidCiphertextException.class, () -> kms.decrypt(r -> r.keyId(keyId)
                .ciphertextBlob(SdkBytes.fromUtf8String("garbage, not a ciphertext"))));
        List<String> newestFirst = List.of("Decrypt", "GenerateDataKey", "Encrypt", "CreateKey");

        try (ConsoleBrowser console = ConsoleBrowser.signedInAsAdmin(region, "audit")) {
            console.click("navAudit");
            console.visible(By.id("audit:key"));

            // By key: exactly this key's calls, newest first, the failure tagged with its error.
            console.type("audit:key", keyId);
            console.click("audit:search");
            waitForOperations(console, newestFirst);
            assertEquals("InvalidCiphertextException", text(console, "audit:table:0:outcome"));
            assertTrue(attribute(console, "audit:table:0:outcome", "class").contains("ui-tag-danger"));
            assertEquals("Success", text(console, "audit:table:1:outcome"));
            assertTrue(attribute(console, "audit:table:1:outcome", "class").contains("ui-tag-success"));
            assertEquals("api", text(console, "audit:table:0:channel"));
            assertTrue(text(console, "audit:table:0:principal").endsWith(":user/admin"));
            assertEquals(keyId, text(console, "audit:table:3:key"));
            String href = attribute(console, "audit:table:3:key", "href");
            assertTrue(href.contains("key.xhtml?keyId=" + keyId), href);

            // Failures only: the one failed call with its error name.
            console.choose("audit:outcome", "Any failure");
            console.click("audit:search");
            waitForOperations(console, List.of("Decrypt"));
            assertEquals("InvalidCiphertextException", text(console, "audit:table:0:outcome"));

            // One operation, any outcome.
            console.choose("audit:outcome", "Any");
            console.choose("audit:operation", "Encrypt");
            console.click("audit:search");
            waitForOperations(console, List.of("Encrypt"));
            console.choose("audit:operation", "Any");

            // A time range after the calls holds none of them.
            console.type("audit:from_input", "2099-01-01 00:00");
            console.click("audit:search");
            console.waitForText(TABLE, "No events match.");

            // Clear empties the form and shows the whole log, newest first.
            console.click("audit:clear");
            console.waiting().ignoring(StaleElementReferenceException.class)
                    .until(driver -> driver.findElement(By.id("audit:key")).getDomProperty("value").isEmpty()
                            && operations(driver).size() > newestFirst.size());

            // Opened from a key's page: already filtered by that key.
            console.go("audit.xhtml?keyId=" + keyId);
            assertEquals(keyId, attribute(console, "audit:key", "value"));
            waitForOperations(console, newestFirst);
        }
    }

    /** Waits until the table lists exactly these operations, top to bottom. */
    private static void waitForOperations(ConsoleBrowser console, List<String> expected) {
        try {
            // The table is re-rendered by each search: a cell read mid-update is stale, read again.
            console.waiting().ignoring(StaleElementReferenceException.class)
                    .until(driver -> operations(driver).equals(expected));
        } catch (TimeoutException e) {
            assertEquals(expected, operations(console.driver()), "operations listed");
        }
    }

    /** An element's text, read again if an update of the table replaced the element meanwhile. */
    private static String text(ConsoleBrowser console, String id) {
        return console.waiting().ignoring(StaleElementReferenceException.class)
                .until(driver -> driver.findElement(By.id(id)).getText().strip());
    }

    private static String attribute(ConsoleBrowser console, String id, String name) {
        return console.waiting().ignoring(StaleElementReferenceException.class)
                .until(driver -> driver.findElement(By.id(id)).getAttribute(name));
    }

    private static List<String> operations(WebDriver driver) {
        return driver.findElements(By.cssSelector("[id='audit:table_data'] > tr [id$=':operation']")).stream()
                .map(cell -> cell.getText().strip()).toList();
    }
}
