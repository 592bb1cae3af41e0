package org.parkwatch.e2e;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.parkwatch.backend.security.Role;
import org.parkwatch.model.park.ParkCatalog;

/**
 * The enterprise portal in a real headless Chromium (issue 7): an E01 user logs in through the page
 * and gets the portal header with E01's name, a map whose tank layer holds only E01's tanks
 * (counted through the layer switcher's {@code data-layer-count} hook), and the mapping view
 * listing E01's tags with their OPC UA node ids.
 */
class BrowserEnterprisePortalTest {
    @Test
    void enterpriseUserSeesItsPortalAndOnlyItsOwnTanks(@TempDir Path dir) throws Exception {
        ParkCatalog park = ParkCatalog.loadDemo();
        long e01Tanks = 0;
        long allTanks = 0;
        for (JsonNode f : park.layer("tanks").path("features")) {
            allTanks++;
            if ("E01".equals(f.path("properties").path("enterpriseId").asText())) e01Tanks++;
        }
        assertTrue(e01Tanks > 0 && e01Tanks < allTanks, "the demo park has E01 tanks and others'");
        int e01TagCount = park.tagsOf("E01").orElseThrow().tags().size();
        String password = "pw-" + Long.toHexString(new SecureRandom().nextLong()) + "-portal";
        try (DemoStack stack = DemoStack.start(dir, Set.of("E01", "E02"), Map.of(), 250)) {
            stack.backend()
                    .security()
                    .users()
                    .create("e01-portal", Role.ENTERPRISE, "E01", "E01 portal", password);
            ChromeDriver browser =
                    Browser.start(Files.createDirectories(dir.resolve("chrome")), 1600, 1000);
            try {
                Browser.login(browser, stack.httpBase() + "/", "e01-portal", password);
                await().atMost(Duration.ofSeconds(30))
                        .until(
                                () ->
                                        "loaded"
                                                .equals(
                                                        browser.executeScript(
                                                                "return document.body.dataset.layers")));
                await().atMost(Duration.ofSeconds(30))
                        .until(
                                () ->
                                        "E01"
                                                .equals(
                                                        browser.executeScript(
                                                                "return document.body.dataset.portal")));
                String tanks =
                        browser.findElement(By.cssSelector("[data-layer-id='tanks']"))
                                .getAttribute("data-layer-count");
                assertEquals(Long.toString(e01Tanks), tanks, "only E01's tanks are on the map");
                String nameZh =
                        park.enterprises().stream()
                                .filter(e -> e.id().equals("E01"))
                                .findFirst()
                                .orElseThrow()
                                .nameZh();
                await().atMost(Duration.ofSeconds(10))
                        .until(
                                () ->
                                        browser.findElement(By.id("portal-name"))
                                                .getText()
                                                .equals(nameZh));
                assertTrue(browser.findElement(By.id("portal-badge")).getText().contains("企业门户"));

                browser.findElement(By.id("portal-mapping-button")).click();
                await().atMost(Duration.ofSeconds(10))
                        .until(
                                () ->
                                        !browser.findElements(
                                                        By.cssSelector(
                                                                "#portal-mapping tr[data-mapping-tag]"))
                                                .isEmpty());
                List<WebElement> rows =
                        browser.findElements(
                                By.cssSelector("#portal-mapping tr[data-mapping-tag]"));
                assertEquals(e01TagCount, rows.size());
                assertTrue(
                        rows.stream()
                                .allMatch(
                                        r ->
                                                r.getAttribute("data-mapping-tag")
                                                        .startsWith("E01.")));
                assertTrue(
                        browser.findElement(By.id("portal-mapping"))
                                .getText()
                                .contains("nsu=urn:parkwatch:sim:E01"),
                        "OPC UA node ids are listed");
                // the feed strip holds no other enterprise
                assertTrue(
                        browser.findElement(By.id("feeds"))
                                        .getText()
                                        .indexOf(
                                                park.enterprises().stream()
                                                        .filter(e -> e.id().equals("E02"))
                                                        .findFirst()
                                                        .orElseThrow()
                                                        .nameZh())
                                < 0);
                Browser.screenshot(browser, "enterprise-portal-E01");
                browser.findElement(By.id("lang-switch"))
                        .click(); // English: the portal's own strings follow
                await().atMost(Duration.ofSeconds(10))
                        .until(
                                () ->
                                        browser.findElement(By.id("portal-badge"))
                                                .getText()
                                                .contains("Enterprise portal"));
                assertTrue(
                        browser.findElement(By.id("portal-mapping"))
                                .getText()
                                .contains("OPC UA node"));
            } finally {
                browser.quit();
            }
        }
    }
}
