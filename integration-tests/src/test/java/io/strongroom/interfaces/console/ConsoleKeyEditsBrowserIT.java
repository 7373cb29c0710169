package io.strongroom.interfaces.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.strongroom.it.ConsoleBrowser;
import io.strongroom.it.KmsClients;
import io.strongroom.it.RegionTest;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.RotationsListEntry;

/**
 * The key page's remaining administrator actions: editing the description (UpdateKeyDescription),
 * rotating on demand (RotateKeyOnDemand, behind a confirmation), and the link to the key's audit log,
 * each checked through the AWS SDK or the audit screen rather than only on the page.
 */
@RegionTest
@Order(5)
class ConsoleKeyEditsBrowserIT {

    private ConsoleBrowser console;
    private KmsClient kms;

    @BeforeEach
    void open(URI region) {
        console = ConsoleBrowser.signedInAsAdmin(region, "key-edits");
        kms = KmsClients.sdk(region);
    }

    @AfterEach
    void close() {
        kms.close();
        console.close();
    }

    @Test
    void editDescriptionRotateNowAndOpenTheKeysAuditLog() {
        String keyId = kms.createKey(r -> r.description("it-console-edits")).keyMetadata().keyId();
        console.go("key.xhtml?keyId=" + keyId);
        console.waitForText(By.id("keyState"), "Enabled");

        String description = "edited in the console " + UUID.randomUUID();
        console.type("tabs:description:text", description);
        console.click("tabs:description:save");
        console.waitForText(By.cssSelector(".ui-growl-message"), "Description updated");
        assertEquals(description, kms.describeKey(r -> r.keyId(keyId)).keyMetadata().description());

        // The growl covers the lower right of the page until it fades, as an operator would wait.
        console.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".ui-growl-message")));
        console.clickable(By.xpath("//*[@id='tabs']//ul[@role='tablist']//a[normalize-space(.)='Cryptographic configuration']")).click();
        console.click("tabs:rotation:rotateNow");
        console.visible(By.id("confirm"));
        console.click("confirmNo");
        assertEquals(List.of(), kms.listKeyRotations(r -> r.keyId(keyId)).rotations(), "No rotates nothing");
        console.click("tabs:rotation:rotateNow");
        console.visible(By.id("confirm"));
        console.click("confirmYes");
        console.waitForText(By.cssSelector(".ui-growl-message"), "Key material rotated");
        List<RotationsListEntry> rotations = kms.listKeyRotations(r -> r.keyId(keyId)).rotations();
        assertEquals(1, rotations.size());
        assertEquals("ON_DEMAND", rotations.get(0).rotationTypeAsString());

        console.click("auditLog");
        console.waitForText(By.tagName("body"), "UpdateKeyDescription");
        console.waitForText(By.tagName("body"), "RotateKeyOnDemand");
    }
}
