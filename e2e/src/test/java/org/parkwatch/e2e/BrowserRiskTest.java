package org.parkwatch.e2e;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The park-risk view in a real headless Chromium: after the start run of the demo park, {@code
 * #view=risk} shows a legend row per contour level the server returned, the F–N chart drawn with
 * the server's points, and the target table's violation count equal to the server's.
 */
class BrowserRiskTest {
    @Test
    void riskViewShowsContoursFnChartAndTargets(@TempDir Path dir) throws Exception {
        InProcessBackend backend =
                InProcessBackend.start(
                        dir.resolve("data"),
                        Map.of("risk.qra.cellM", "50", "risk.qra.startDelayMs", "1"));
        String base = backend.base();
        String adminPassword = backend.adminPassword();
        String token = backend.adminToken();
        try {
            await().atMost(Duration.ofSeconds(120))
                    .until(
                            () ->
                                    !Http.getJson(base + "/api/risk/qra", token)
                                            .path("latest")
                                            .isNull());
            JsonNode contours = Http.getJson(base + "/api/risk/contours.geojson", token);
            JsonNode fn = Http.getJson(base + "/api/risk/fn", token);
            JsonNode targets = Http.getJson(base + "/api/risk/targets", token);
            int violations = 0;
            for (JsonNode t : targets) {
                if (!t.path("acceptable").asBoolean()) violations++;
            }
            assertTrue(contours.path("features").size() > 0 && fn.path("points").size() > 0);

            ChromeDriver browser =
                    Browser.start(Files.createDirectories(dir.resolve("chrome")), 1600, 1000);
            try {
                Browser.login(browser, base + "/#view=risk", "admin", adminPassword);
                await().atMost(Duration.ofSeconds(30))
                        .until(
                                () ->
                                        "loaded"
                                                .equals(
                                                        browser.executeScript(
                                                                "return document.body.dataset.risk")));
                await().atMost(Duration.ofSeconds(30))
                        .until(
                                () ->
                                        browser.executeScript(
                                                        "return document.querySelector('[data-fn-points]')?.dataset.fnPoints")
                                                != null);
                assertEquals(
                        contours.path("features").size(),
                        browser.findElements(By.cssSelector("[data-risk-contour-level]")).size());
                assertEquals(
                        "3.0E-7",
                        browser.findElement(By.cssSelector("[data-risk-contour-level]"))
                                .getAttribute("data-risk-contour-level"));
                assertEquals(
                        String.valueOf(fn.path("points").size()),
                        browser.findElement(By.cssSelector("[data-fn-points]"))
                                .getAttribute("data-fn-points"));
                assertTrue(
                        !browser.findElements(By.cssSelector("#risk-fn-chart canvas")).isEmpty(),
                        "chart drawn");
                assertEquals(
                        String.valueOf(violations),
                        browser.findElement(By.cssSelector("[data-violation-count]"))
                                .getAttribute("data-violation-count"));
                assertEquals(
                        targets.size(),
                        browser.findElements(By.cssSelector(".risk-targets tbody tr")).size());
                // the demo's one target under the limits for new facilities (gis-data
                // facilityStatus)
                assertEquals(
                        "new",
                        browser.findElement(
                                        By.cssSelector(
                                                ".risk-targets tr[data-target-id='V-DONGWANGZHUANG']"))
                                .getAttribute("data-facility-status"));
                assertEquals(
                        "in-service",
                        browser.findElement(
                                        By.cssSelector(
                                                ".risk-targets tr[data-target-id='SCH-BINHE']"))
                                .getAttribute("data-facility-status"));
                // issue 12: the coverage lists the chemicals that contributed (phosgene and HCl
                // among
                // them) by name, and those left out with the reason; nothing is left out silently
                JsonNode status = Http.getJson(base + "/api/risk/qra", token);
                JsonNode coverage =
                        Http.getJson(
                                        base
                                                + "/api/risk/qra/runs/"
                                                + status.path("latest").path("id").asText(),
                                        token)
                                .path("inputs")
                                .path("scenarios")
                                .path("coverage");
                java.util.Set<String> in = new java.util.TreeSet<>();
                coverage.path("contributed").forEach(c -> in.add(c.path("chemical").asText()));
                java.util.Set<String> out = new java.util.TreeSet<>();
                coverage.path("leftOut").forEach(c -> out.add(c.path("chemical").asText()));
                assertTrue(
                        in.contains("phosgene") && in.contains("hydrogen-chloride"), in.toString());
                assertEquals(
                        String.valueOf(in.size()),
                        browser.findElement(By.cssSelector(".risk-coverage"))
                                .getAttribute("data-coverage-in"));
                assertEquals(
                        String.valueOf(out.size()),
                        browser.findElement(By.cssSelector(".risk-coverage"))
                                .getAttribute("data-coverage-out"));
                String phosgene =
                        browser.findElement(
                                        By.cssSelector(
                                                ".risk-coverage tr[data-coverage-chemical='phosgene'] td"))
                                .getText();
                assertEquals("碳酰氯", phosgene, "the catalogue's name, not the id");
                Browser.screenshot(browser, "risk-view");
            } finally {
                browser.quit();
            }
        } finally {
            backend.close();
        }
    }
}
