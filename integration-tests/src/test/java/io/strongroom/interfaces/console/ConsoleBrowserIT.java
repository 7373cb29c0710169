package io.strongroom.interfaces.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strongroom.it.ConsoleBrowser;
import io.strongroom.it.RegionTest;
import io.strongroom.it.TestRegion;
import java.net.URI;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The console as an operator uses it, in headless Chromium (Debian's chromium and chromedriver):
 * the login redirect, logging in as the bootstrap admin, creating a key in the dialog, finding it in
 * the filtered key list and opening its detail page.
 */
@RegionTest
@Order(5)
class ConsoleBrowserIT {

    private static final Pattern KEY_ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private ConsoleBrowser console;
    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void openBrowser(URI region) {
        console = ConsoleBrowser.open(region, "login-and-create");
        browser = console.driver();
        wait = console.waiting();
    }

    @AfterEach
    void closeBrowser() {
        console.close();
    }

    @Test
    void logInCreateKeyFindItAndOpenItsDetailPage(URI region) {
        browser.get(region.resolve("console/").toString());
        WebElement username = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:username")));
        assertTrue(browser.getCurrentUrl().contains("/console/"), browser.getCurrentUrl());

        username.sendKeys("admin");
        browser.findElement(By.id("login:password")).sendKeys(TestRegion.ADMIN_PASSWORD);
        browser.findElement(By.id("login:submit")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("keys:create"))).click();

        String description = "it-console-" + UUID.randomUUID();
        WebElement descriptionField = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("createKey:description")));
        descriptionField.sendKeys(description);
        browser.findElement(By.id("createKey:submit")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("createDialog")));

        // The confirmation names the new key's id.
        WebElement growl = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-growl-message")));
        Matcher matcher = KEY_ID.matcher(growl.getText());
        assertTrue(matcher.find(), "no key id in the confirmation: " + growl.getText());
        String keyId = matcher.group();

        WebElement filter = browser.findElement(By.cssSelector("[id='keys:table:keyId:filter'], [id='keys:table:keyId_filter']"));
        filter.sendKeys(keyId);
        By row = By.xpath("//*[@id='keys:table']//a[normalize-space(.)='" + keyId + "']");
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("[id='keys:table_data'] > tr"), 1));
        wait.until(ExpectedConditions.elementToBeClickable(row)).click();

        WebElement shownKeyId = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("keyId")));
        assertEquals(keyId, shownKeyId.getText().strip());
        assertTrue(browser.getPageSource().contains(description), "description not on the detail page");
        assertEquals("Enabled", browser.findElement(By.id("keyState")).getText().strip());
    }
}
