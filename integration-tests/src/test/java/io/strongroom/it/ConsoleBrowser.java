package io.strongroom.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium (Debian's chromium and chromedriver) signed in to the console of the shared
 * region, for the console's browser tests. Closing it saves a screenshot of the last page under
 * {@code target/it}, named after the test, for diagnosing failures.
 */
public final class ConsoleBrowser implements AutoCloseable {

    private final URI region;
    private final String screenshotName;
    private final Path downloads;
    private final WebDriver driver;
    private final WebDriverWait wait;

    private ConsoleBrowser(URI region, String screenshotName) {
        this.region = region;
        this.screenshotName = screenshotName;
        Path profile;
        try {
            profile = Files.createTempDirectory(TestRegion.workDirectory(), "chromium-profile-");
            downloads = Files.createTempDirectory(TestRegion.workDirectory(), "chromium-downloads-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions()
                .setBinary(System.getProperty("strongroom.it.chromium", "/usr/bin/chromium"))
                .addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run",
                        "--disable-dev-shm-usage", "--window-size=1400,1000", "--user-data-dir=" + profile);
        // Downloads (the public key PEM) land in a directory of this browser's own, without asking.
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        this.driver = new ChromeDriver(options);
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    /** A browser that has not signed in yet. */
    public static ConsoleBrowser open(URI region, String screenshotName) {
        return new ConsoleBrowser(region, screenshotName);
    }

    /** A browser signed in as the bootstrap administrator, on the key list. */
    public static ConsoleBrowser signedInAsAdmin(URI region, String screenshotName) {
        ConsoleBrowser browser = open(region, screenshotName);
        browser.signIn("admin", TestRegion.ADMIN_PASSWORD);
        return browser;
    }

    /** Signs in through the login form; returns once the page behind it has loaded. */
    public void signIn(String username, String password) {
        go("");
        visible(By.id("login:username")).sendKeys(username);
        driver.findElement(By.id("login:password")).sendKeys(password);
        driver.findElement(By.id("login:submit")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("login:submit")));
    }

    /** Opens a console page, e.g. {@code "keys.xhtml"} or {@code "key.xhtml?keyId=..."}. */
    public void go(String consolePath) {
        driver.get(region.resolve("console/" + consolePath).toString());
    }

    public WebElement visible(By locator) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    public WebElement clickable(By locator) {
        return wait.until(ExpectedConditions.elementToBeClickable(locator));
    }

    /** Element ids of Faces contain ':', which CSS selectors would need escaped. */
    public static By id(String facesId) {
        return By.id(facesId);
    }

    public void click(String facesId) {
        clickable(By.id(facesId)).click();
    }

    /** Replaces the text of an input. */
    public void type(String facesId, String text) {
        WebElement field = visible(By.id(facesId));
        field.clear();
        field.sendKeys(text);
    }

    /**
     * Opens a PrimeFaces select and clicks an item, scrolled into the list's view first. A click that
     * lands while the list is still sliding open can miss, so an unchanged label means try again.
     */
    public void choose(String menuId, String label) {
        By panel = By.id(menuId + "_panel");
        By item = By.cssSelector("[id='" + menuId + "_items'] li[data-label='" + label + "']");
        new WebDriverWait(driver, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
                .until(ExpectedConditions.invisibilityOfElementLocated(panel));
        for (int attempt = 1; ; attempt++) {
            List<WebElement> open = driver.findElements(panel);
            if (open.isEmpty() || !open.get(0).isDisplayed()) {
                click(menuId);
            }
            WebElement entry = visible(item);
            ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'nearest'})", entry);
            clickable(item).click();
            try {
                new WebDriverWait(driver, Duration.ofSeconds(3))
                        .until(ExpectedConditions.textToBe(By.id(menuId + "_label"), label));
                wait.until(ExpectedConditions.invisibilityOfElementLocated(panel));
                return;
            } catch (TimeoutException | StaleElementReferenceException missed) {
                if (attempt == 3) {
                    throw missed;
                }
            }
        }
    }

    /** Waits until the element's text contains the expected text; returns the element. */
    public WebElement waitForText(By locator, String expected) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(locator, expected));
        return driver.findElement(locator);
    }

    /** Text of the newest growl message (the console's confirmations). */
    public String growl() {
        return visible(By.cssSelector(".ui-growl-message")).getText();
    }

    /** Text of the page's error messages ({@code p:messages}), waiting for one to appear. */
    public String errorMessages() {
        return visible(By.cssSelector(".ui-messages-error, .ui-messages-warn")).getText();
    }

    /** Where files the console sends as downloads are saved. */
    public Path downloads() {
        return downloads;
    }

    public WebDriver driver() {
        return driver;
    }

    public WebDriverWait waiting() {
        return wait;
    }

    @Override
    public void close() {
        try {
            Files.write(TestRegion.workDirectory().resolve("console-" + screenshotName + ".png"),
                    ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException | RuntimeException e) {
            // A screenshot is only a diagnostic; the browser must be closed regardless.
        } finally {
            driver.quit();
        }
    }
}
