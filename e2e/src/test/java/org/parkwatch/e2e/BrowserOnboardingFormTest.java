package org.parkwatch.e2e;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.parkwatch.backend.ingest.uplink.UplinkCredentialStore;

/**
 * Adding an enterprise in the browser (issue 18, scope 8) in a real headless Chromium: the
 * administrator opens 新增企业 from the menu, enters the registry names, draws the site outline on the
 * small map (OpenLayers Draw: three corners and a double-click), uploads the tag list and the
 * bridge skeleton that {@code browse} wrote, and submits once; the page shows the bridge's MQTT
 * user name and password with the configuration to download, and the park folder and the uplink
 * credentials hold E09 (the bridge owns its tags). Errors a person can act on: a tag list for
 * another enterprise is refused with the server's message and nothing is written; an imported
 * outline with two polygons is refused on the page. The form in zh-CN and English at 1920×1080 is
 * scanned for raw codes ({@link TextScan}) and saved as screenshots.
 */
class BrowserOnboardingFormTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void anAdministratorAddsAnEnterpriseWithADrawnOutlineAndGetsItsBridgeAccess(@TempDir Path dir)
            throws Exception {
        Path tags = dir.resolve("tags-E09.json");
        Files.writeString(tags, tagList("E09"));
        Path wrongTags = dir.resolve("tags-E08.json");
        Files.writeString(wrongTags, tagList("E08"));
        Path skeleton = dir.resolve("bridge-E09.json");
        Files.writeString(
                skeleton,
                "{\"servers\":[{\"endpointUrl\":\"opc.tcp://10.1.2.3:4840/\"}],\"mappings\":["
                        + "{\"tagId\":\"E09.V101.LT\",\"node\":\"ns=2;s=V101.LT\",\"_proposed\":\"level\"},"
                        + "{\"tagId\":\"E09.V101.TT\",\"node\":\"ns=2;s=V101.TT\"},"
                        + "{\"tagId\":\"E09.SPARE\",\"node\":\"ns=2;s=SPARE\"}]}");
        Path twoPolygons = dir.resolve("two.geojson");
        Files.writeString(
                twoPolygons,
                "{\"type\":\"FeatureCollection\",\"features\":["
                        + polygonFeature(113.95)
                        + ","
                        + polygonFeature(113.96)
                        + "]}");
        List<String> problems = new ArrayList<>();
        TextScan scan = new TextScan();
        try (DemoStack stack = DemoStack.start(dir, Set.of("E01"), Map.of(), 250)) {
            ChromeDriver b =
                    Browser.start(Files.createDirectories(dir.resolve("chrome")), 1920, 1080);
            try {
                ScreenshotFiles.setViewport(b, 1920, 1080);
                Browser.login(b, stack, stack.httpBase() + "/");
                await().atMost(Duration.ofSeconds(30))
                        .until(
                                () ->
                                        "loaded"
                                                .equals(
                                                        b.executeScript(
                                                                "return document.body.dataset.layers")));
                b.findElement(By.cssSelector("#app-menu button[data-menu=onboard]")).click();
                await().atMost(Duration.ofSeconds(20))
                        .until(
                                () ->
                                        !b.findElements(By.cssSelector("#onboard-map canvas"))
                                                .isEmpty());
                Path zhShot = Browser.screenshot(b, "onboard-form-1920x1080-zh");
                ScreenshotFiles.assertPng(zhShot, 1920, 1080);
                problems.addAll(scan.problems("zh-CN onboard", pageText(b), true));

                b.findElement(By.id("onboard-id")).sendKeys("E09");
                b.findElement(By.id("onboard-name-zh")).sendKeys("滨河新材料有限公司");
                b.findElement(By.id("onboard-name-en")).sendKeys("Binhe New Materials");
                new org.openqa.selenium.support.ui.Select(b.findElement(By.id("onboard-activity")))
                        .selectByValue("storage");

                // an outline file with two polygons is refused on the page
                b.findElement(By.id("onboard-site-file")).sendKeys(twoPolygons.toString());
                await().atMost(Duration.ofSeconds(10)).until(() -> status(b).contains("应当恰好包含一个面"));

                // the outline drawn on the map: three corners, a double-click on the fourth
                b.findElement(By.cssSelector("[data-action=draw]")).click();
                WebElement map = b.findElement(By.id("onboard-map"));
                new Actions(b)
                        .moveToElement(map, -80, -60)
                        .click()
                        .moveToElement(map, 80, -60)
                        .click()
                        .moveToElement(map, 80, 60)
                        .click()
                        .moveToElement(map, -80, 60)
                        .doubleClick()
                        .perform();
                await().atMost(Duration.ofSeconds(10))
                        .until(() -> "drawn".equals(map.getAttribute("data-outline")));

                // a tag list of another enterprise: the server's message, nothing written
                b.findElement(By.id("onboard-tags-file")).sendKeys(wrongTags.toString());
                await().atMost(Duration.ofSeconds(10))
                        .until(
                                () ->
                                        b.findElement(By.id("onboard-tags"))
                                                .getAttribute("value")
                                                .contains("E08"));
                submit(b);
                await().atMost(Duration.ofSeconds(20))
                        .until(
                                () ->
                                        status(b)
                                                .contains(
                                                        "the tag list is for enterprise E08, not E09"));
                assertTrue(status(b).startsWith("未能新增企业"), status(b));
                Path parkDir = dir.resolve("backend-data").resolve("park");
                assertTrue(!Files.exists(parkDir.resolve("tags").resolve("E09.json")));

                b.findElement(By.id("onboard-tags-file")).sendKeys(tags.toString());
                b.findElement(By.id("onboard-bridge-file")).sendKeys(skeleton.toString());
                await().atMost(Duration.ofSeconds(10))
                        .until(
                                () ->
                                        b.findElement(By.id("onboard-bridge"))
                                                .getAttribute("value")
                                                .contains("SPARE"));
                submit(b);
                await().atMost(Duration.ofSeconds(30))
                        .until(
                                () ->
                                        !b.findElements(
                                                        By.cssSelector(
                                                                "#onboard-result[data-bridge-id='E09-B1']"))
                                                .isEmpty());
                String password = b.findElement(By.id("onboard-password")).getText();
                assertTrue(password.length() >= 16, "a generated password: " + password);
                JsonNode config = JSON.readTree(download(b, "config"));
                assertEquals("E09-B1", config.path("mqtt").path("username").asText());
                assertEquals("E09", config.path("enterpriseId").asText());
                assertEquals(
                        2,
                        config.path("mappings").size(),
                        "the spare variable not in the tag list is left out");
                assertEquals(password, download(b, "password").strip());
                b.executeScript("document.getElementById('onboard-result').scrollIntoView()");
                Browser.screenshot(b, "onboard-result-1920x1080-zh");

                // the park folder has E09 with the drawn outline; the bridge owns its two tags
                assertTrue(Files.readString(parkDir.resolve("park.json")).contains("E09"));
                assertTrue(Files.exists(parkDir.resolve("tags").resolve("E09.json")));
                String plots =
                        Files.readString(parkDir.resolve("layers").resolve("enterprises.geojson"));
                assertTrue(plots.contains("滨河新材料有限公司") && plots.contains("\"storage\""), plots);
                String credentials =
                        Files.readString(
                                dir.resolve("backend-data")
                                        .resolve(UplinkCredentialStore.FILE_NAME));
                assertTrue(
                        credentials.contains("E09-B1") && credentials.contains("E09.V101.LT"),
                        credentials);

                b.findElement(By.id("lang-switch")).click();
                await().atMost(Duration.ofSeconds(10))
                        .until(
                                () ->
                                        b.findElement(By.id("onboard-page"))
                                                .getText()
                                                .contains("Add an enterprise"));
                b.executeScript("document.getElementById('onboard-page').scrollTop = 0");
                Path enShot = Browser.screenshot(b, "onboard-form-1920x1080-en");
                ScreenshotFiles.assertPng(enShot, 1920, 1080);
                problems.addAll(scan.problems("en onboard", pageText(b), false));
                assertEquals(List.of(), Browser.cspViolations(b));
            } finally {
                b.quit();
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    private static void submit(ChromeDriver b) {
        b.executeScript("document.querySelector('#onboard-page [data-action=submit]').click()");
    }

    private static String status(ChromeDriver b) {
        return String.valueOf(
                b.executeScript(
                        "return document.querySelector('#onboard-page .adm-status').textContent"));
    }

    private static String pageText(ChromeDriver b) {
        return String.valueOf(
                b.executeScript("return document.getElementById('onboard-page').innerText"));
    }

    /** The text behind a download link of the result (a data: URL). */
    private static String download(ChromeDriver b, String kind) {
        return String.valueOf(
                b.executeScript(
                        "const href = document.querySelector(\"a[data-download='"
                                + kind
                                + "']\").href;"
                                + "return decodeURIComponent(href.slice(href.indexOf(',') + 1));"));
    }

    private static String polygonFeature(double lon) {
        return "{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[["
                + "["
                + lon
                + ",35.25],["
                + (lon + 0.002)
                + ",35.25],["
                + (lon + 0.002)
                + ",35.252],["
                + lon
                + ",35.25]]]}}";
    }

    private static String tagList(String enterprise) {
        return "{\"enterpriseId\":\""
                + enterprise
                + "\",\"namespaceUri\":\"urn:e09\",\"tags\":["
                + tag(enterprise, "LT", "level", "m", 0, 2.8, "液位")
                + ","
                + tag(enterprise, "TT", "temperature", "degC", -40, 60, "温度")
                + "]}";
    }

    private static String tag(
            String e,
            String signal,
            String kind,
            String unit,
            double min,
            double max,
            String name) {
        return "{\"id\":\""
                + e
                + ".V101."
                + signal
                + "\",\"node\":\"ns=2;s=V101."
                + signal
                + "\",\"kind\":\""
                + kind
                + "\",\"unit\":\""
                + unit
                + "\",\"min\":"
                + min
                + ",\"max\":"
                + max
                + ",\"featureId\":\""
                + e
                + "-V101\",\"nameZh\":\"储罐 V101 "
                + name
                + "\",\"nameEn\":\"tank V101 "
                + signal
                + "\",\"samplingMs\":1000,\"deadband\":0.0,\"limits\":{},\"_proposed\":\""
                + kind
                + "\"}";
    }
}
