package io.strongroom.interfaces.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strongroom.it.ConsoleBrowser;
import io.strongroom.it.ExpiringKeyRows;
import io.strongroom.it.ExpiringKeyRows.Band;
import io.strongroom.it.RegionTest;
import java.net.URI;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.Color;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The "Expiring material" screen in headless Chromium: keys with imported material listed soonest
 * first, each row coloured by urgency, the effective state of expired material, filtering by alias
 * and urgency, and the summary counts equal to what the database holds. Keys are written straight
 * into the database; the expired one is held so that the sweep cannot delete it mid-test.
 */
@RegionTest
@Order(5)
class ConsoleExpiringBrowserIT {

    private static final By ROWS = By.cssSelector("[id='expiring:table_data'] > tr");

    @Test
    void rowsAreColouredByUrgencyFilterableAndCounted(URI region) throws Exception {
        String tag = "it-expiring-" + UUID.randomUUID().toString().substring(0, 8);
        try (ExpiringKeyRows rows = ExpiringKeyRows.open();
             ConsoleBrowser console = ConsoleBrowser.signedInAsAdmin(region, "expiring-material")) {
            String past = rows.insert(Duration.ofSeconds(-90), "Enabled", tag, "alias/" + tag + "-past");
            String soon = rows.insert(Duration.ofHours(1), "Enabled", tag, "alias/" + tag + "-soon");
            String week = rows.insert(Duration.ofDays(3), "Disabled", tag, "alias/" + tag + "-week");
            String later = rows.insert(Duration.ofDays(30), "Enabled", tag, "alias/" + tag + "-later");

            console.click("navExpiring");
            filterText(console, "aliases", tag);
            // Soonest deadline first.
            waitForKeyIds(console, List.of(past, soon, week, later));
            settled(() -> {
                assertRow(console, past, "sr-expiry-expired", "PendingImport", "expired 1 minute ago");
                assertRow(console, soon, "sr-expiry-under_24_hours", "Enabled", "in 59 minutes");
                assertRow(console, week, "sr-expiry-under_7_days", "Disabled", "in 2 days 23 hours");
                assertRow(console, later, "sr-expiry-later", "Enabled", "in 29 days 23 hours");
                assertEquals(Color.fromString("#fde8e8"), background(console, past));
                assertEquals(Color.fromString("#fff1e0"), background(console, soon));
                assertEquals(Color.fromString("#fffbe0"), background(console, week));
                assertTrue(row(console, soon).findElement(By.tagName("a")).getAttribute("href")
                        .contains("key.xhtml?keyId=" + soon), "the key id links to its page");
            });

            console.choose("expiring:table:urgencyFilter", "Within 24 hours");
            console.waiting().until(ExpectedConditions.numberOfElementsToBe(ROWS, 1));
            console.waitForText(By.id("expiring:table_data"), soon);

            console.choose("expiring:table:stateFilter", "PendingImport");
            console.waitForText(By.id("expiring:table_data"), "No imported key material with an expiry matches.");
            console.choose("expiring:table:urgencyFilter", "Expired");
            console.waitForText(By.id("expiring:table_data"), past);
            assertEquals(1, console.driver().findElements(ROWS).size());

            // Sorted by the state shown (expired material reads PendingImport), ties soonest first.
            console.choose("expiring:table:stateFilter", "Any");
            console.choose("expiring:table:urgencyFilter", "Any");
            waitForKeyIds(console, List.of(past, soon, week, later));
            console.clickable(By.cssSelector("[id='expiring:table:keyState'] .ui-column-title")).click();
            waitForKeyIds(console, List.of(week, soon, later, past));

            assertSummaryMatchesTheDatabase(console, rows);
        }
    }

    /** Other tests' keys count too: the widget must show what the database holds, within a reload for a sweep in between. */
    @Test
    void deletingMaterialNeedsConfirmationAndLeavesTheKeyPendingImport(URI region) throws Exception {
        String tag = "it-expiring-" + UUID.randomUUID().toString().substring(0, 8);
        try (ExpiringKeyRows rows = ExpiringKeyRows.open();
             ConsoleBrowser console = ConsoleBrowser.signedInAsAdmin(region, "expiring-delete")) {
            String keyId = rows.insert(Duration.ofDays(3), "Enabled", tag, "alias/" + tag);
            console.go("expiring.xhtml");
            filterText(console, "aliases", tag);
            waitForKeyIds(console, List.of(keyId));

            console.click("expiring:table:0:deleteMaterial");
            console.click("confirmNo");
            console.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("confirm")));
            assertEquals("Enabled/1", rows.stateAndVersion(keyId), "declining changes nothing");

            console.click("expiring:table:0:deleteMaterial");
            console.click("confirmYes");
            assertTrue(console.waitForText(By.cssSelector(".ui-growl"), "Imported key material deleted").getText()
                    .contains(keyId), "the notice names the key");
            console.waitForText(By.id("expiring:table_data"), "No imported key material with an expiry matches.");
            assertEquals("PendingImport/null", rows.stateAndVersion(keyId));
        }
    }

    /** Runs the checks again when a late table update replaced the rows they were reading. */
    private static void settled(Runnable checks) throws InterruptedException {
        for (int attempt = 1; ; attempt++) {
            try {
                checks.run();
                return;
            } catch (StaleElementReferenceException e) {
                if (attempt == 3) {
                    throw e;
                }
                Thread.sleep(500);
            }
        }
    }

    private static void assertSummaryMatchesTheDatabase(ConsoleBrowser console, ExpiringKeyRows rows) throws Exception {
        Map<Band, Long> shown = Map.of();
        Map<Band, Long> held = Map.of();
        for (int attempt = 0; attempt < 5; attempt++) {
            console.go("expiring.xhtml");
            shown = summary(console);
            held = rows.countsNow();
            if (shown.equals(held)) {
                break;
            }
        }
        assertEquals(held, shown);
        assertTrue(shown.get(Band.EXPIRED) >= 1 && shown.get(Band.UNDER_24_HOURS) >= 1
                && shown.get(Band.UNDER_7_DAYS) >= 1 && shown.get(Band.LATER) >= 1, shown.toString());
    }

    private static Map<Band, Long> summary(ConsoleBrowser console) {
        Map<Band, Long> counts = new EnumMap<>(Band.class);
        counts.put(Band.EXPIRED, number(console, "expiryExpired"));
        counts.put(Band.UNDER_24_HOURS, number(console, "expiryUnder24Hours"));
        counts.put(Band.UNDER_7_DAYS, number(console, "expiryUnder7Days"));
        counts.put(Band.LATER, number(console, "expiryLater"));
        return counts;
    }

    private static long number(ConsoleBrowser console, String id) {
        return Long.parseLong(console.visible(By.id(id)).getText().strip());
    }

    private static void assertRow(ConsoleBrowser console, String keyId, String styleClass, String state, String timeLeft) {
        WebElement row = row(console, keyId);
        assertTrue(List.of(row.getAttribute("class").split("\\s+")).contains(styleClass), row.getAttribute("class"));
        List<WebElement> cells = row.findElements(By.tagName("td"));
        assertEquals(state, cells.get(2).getText().strip());
        assertEquals(timeLeft, cells.get(4).getText().strip());
    }

    private static Color background(ConsoleBrowser console, String keyId) {
        return Color.fromString(row(console, keyId).getCssValue("background-color"));
    }

    private static WebElement row(ConsoleBrowser console, String keyId) {
        return console.visible(By.xpath("//tbody[@id='expiring:table_data']/tr[.//a[normalize-space(.)='" + keyId + "']]"));
    }

    private static void waitForKeyIds(ConsoleBrowser console, List<String> expected) {
        try {
            console.waiting().ignoring(StaleElementReferenceException.class).until(driver -> expected.equals(
                    driver.findElements(By.cssSelector("[id='expiring:table_data'] > tr a.sr-mono")).stream()
                            .map(link -> link.getText().strip()).toList()));
        } catch (TimeoutException e) {
            throw new AssertionError("expected rows " + expected + ", shown: "
                    + console.driver().findElement(By.id("expiring:table_data")).getText(), e);
        }
    }

    private static void filterText(ConsoleBrowser console, String column, String text) {
        WebElement field = console.visible(By.cssSelector(
                "[id='expiring:table:" + column + ":filter'], [id='expiring:table:" + column + "_filter']"));
        field.clear();
        field.sendKeys(text);
    }
}
