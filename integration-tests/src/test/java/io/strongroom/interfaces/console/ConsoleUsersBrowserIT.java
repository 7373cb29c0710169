package io.strongroom.interfaces.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strongroom.it.ConsoleBrowser;
import io.strongroom.it.KmsClients;
import io.strongroom.it.RegionTest;
import java.net.URI;
import java.util.UUID;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.KmsException;

/**
 * The users screen as an administrator uses it, in headless Chromium: create a user, attach a
 * policy (a malformed one is refused naming the problem), create an access key whose secret is shown
 * once and works with the AWS SDK, deactivate and reactivate it, and give the user a console password
 * it then signs in with.
 */
@RegionTest
@Order(5)
class ConsoleUsersBrowserIT {

    private static final String ALL_KMS = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
            + "\"Action\":\"kms:*\",\"Resource\":\"*\"}]}";
    private static final By ERRORS = By.cssSelector(".ui-messages-error");
    private static final String PASSWORD = "users-it-Passw0rd-" + UUID.randomUUID().toString().substring(0, 6);

    @Test
    void createUserWithPolicyAndAccessKeyThenDeactivateTheKeyAndSignInAsTheUser(URI region) {
        String user = "console-it-" + UUID.randomUUID().toString().substring(0, 8);
        try (ConsoleBrowser console = ConsoleBrowser.signedInAsAdmin(region, "users-admin")) {
            WebDriver browser = console.driver();
            console.go("users.xhtml");
            console.click("users:create");
            console.type("createUser:userName", user);
            console.click("createUser:submit");
            console.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("createUserDialog")));
            assertTrue(console.growl().contains(user), console.growl());

            // Users are listed by name; the new one (c…) comes right after the bootstrap admin.
            console.clickable(By.xpath("//*[@id='users:table']//a[normalize-space(.)='" + user + "']")).click();
            console.waitForText(By.id("user:userName"), user);

            // A malformed policy is refused with the problem named, and nothing is attached.
            console.click("policies:add");
            console.type("policies:name", "all-kms");
            console.type("policies:document", "{\"Statement\":[{\"Effect\":\"Perhaps\",\"Action\":\"kms:*\",\"Resource\":\"*\"}]}");
            console.click("policies:save");
            String error = console.errorMessages();
            assertTrue(error.contains("MalformedPolicyDocumentException") && error.contains("Effect"), error);
            assertTrue(browser.findElement(By.id("policies:policyTable")).getText().contains("no inline policies"));
            console.type("policies:document", ALL_KMS);
            console.click("policies:save");
            console.waitForText(By.id("policies:policyTable"), "all-kms");

            console.click("accessKeys:create");
            String accessKeyId = console.visible(By.id("newAccessKeyId")).getAttribute("value");
            String secret = console.visible(By.id("newSecretAccessKey")).getAttribute("value");
            assertTrue(accessKeyId.startsWith("AKIA"), accessKeyId);
            assertEquals(40, secret.length(), "secret shown in the dialog");
            assertTrue(browser.findElement(By.id("secretDialog")).getText().contains("only time"));
            console.click("closeSecret");
            console.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("secretDialog")));
            assertTrue(browser.findElements(By.id("newSecretAccessKey")).isEmpty(), "closing the dialog wipes the secret");

            try (KmsClient sdk = KmsClients.sdk(region, accessKeyId, secret)) {
                sdk.listKeys();

                browser.navigate().refresh();
                console.waitForText(By.id("accessKeys:keyTable"), accessKeyId);
                assertFalse(browser.getPageSource().contains(secret), "the secret is never shown again");

                console.click("accessKeys:keyTable:0:deactivate");
                console.click("confirmYes");
                console.waiting().until(ExpectedConditions.textToBe(By.id("accessKeys:keyTable:0:status"), "Inactive"));
                KmsException refused = assertThrows(KmsException.class, sdk::listKeys);
                assertEquals("UnrecognizedClientException", refused.awsErrorDetails().errorCode());

                console.click("accessKeys:keyTable:0:activate");
                console.click("confirmYes");
                console.waiting().until(ExpectedConditions.textToBe(By.id("accessKeys:keyTable:0:status"), "Active"));
                sdk.listKeys();
            }

            // A user that still has access keys (and a policy) cannot be deleted.
            console.click("user:delete");
            console.click("confirmYes");
            error = console.waitForText(ERRORS, "DeleteConflictException").getText();
            assertTrue(error.contains("must delete access keys first"), error);

            console.type("console:password", "too-short");
            console.click("console:setPassword");
            error = console.waitForText(ERRORS, "Password must be at least 12 characters").getText();
            assertTrue(error.contains("ValidationException"), error);
            console.type("console:password", PASSWORD);
            console.click("console:setPassword");
            console.waiting().until(ExpectedConditions.textToBe(By.id("console:consoleStatus"), "Enabled"));
            assertFalse(browser.getPageSource().contains(PASSWORD), "the password is not sent back");
        }

        try (ConsoleBrowser asUser = ConsoleBrowser.open(region, "users-signed-in-user")) {
            asUser.signIn(user, PASSWORD);
            asUser.waitForText(By.id("session:user"), user);
            // The user acts under its own policies: keys yes (kms:*), the user list no (no iam:ListUsers).
            asUser.go("keys.xhtml");
            asUser.visible(By.id("keys:table"));
            asUser.go("users.xhtml");
            String denied = asUser.errorMessages();
            assertTrue(denied.contains("AccessDeniedException") && denied.contains("iam:ListUsers"), denied);
        }
    }
}
