package org.parkwatch.e2e;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.parkwatch.backend.onboarding.EnterpriseCli;
import org.parkwatch.backend.platform.config.ConfigLoader;
import org.parkwatch.bridge.Bridge;
import org.parkwatch.bridge.browse.BrowseCommand;
import org.parkwatch.bridge.config.BridgeConfig;
import org.parkwatch.bridge.sim.ParkSimulator;
import org.parkwatch.bridge.sim.SimulatorOptions;
import org.parkwatch.model.park.ParkCatalog;
import org.parkwatch.model.park.TagDefinition;

/**
 * The README's onboarding section as a test: a second simulator instance plays a new enterprise E09
 * (a copy of demo E01's V101 tank instruments); the test runs the README's commands through their
 * Java entry points — {@code browse} (BrowseCommand), {@code enterprise add} (EnterpriseCli), the
 * backend restart, {@code bridge --config} (the same BridgeConfig and Bridge as BridgeMain) — and
 * ends with E09's live values in the one-map's popup in Chromium.
 */
class OnboardingE2ETest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TAG = "E09.V101.LT";

    @Test
    void theReadmesOnboardingCommandsBringE09LiveOntoTheMap(@TempDir Path dir) throws Exception {
        Path e09Park = e09SimulatorPark(dir.resolve("e09-sim-park"));
        try (DemoStack stack = DemoStack.start(dir, Set.of("E01"), Map.of(), 250);
                ParkSimulator e09 =
                        ParkSimulator.start(
                                SimulatorOptions.builder()
                                        .basePort(0)
                                        .controlPort(0)
                                        .tickMs(250)
                                        .parkFolder(e09Park)
                                        .pkiDir(dir.resolve("e09-sim-pki"))
                                        .build())) {
            Path work = Files.createDirectories(dir.resolve("engineer"));
            // 1. ./parkwatch browse <url> --enterprise E09 --out bridge-E09.json --tags-out
            // tags-E09.json
            assertEquals(
                    0,
                    BrowseCommand.run(
                            new String[] {
                                e09.endpointUrl("E09"),
                                "--enterprise",
                                "E09",
                                "--out",
                                work.resolve("bridge-E09.json").toString(),
                                "--tags-out",
                                work.resolve("tags-E09.json").toString()
                            },
                            quiet(),
                            System.err));
            // 2. the site outline (one Polygon, EPSG:4326) in the park's south, clear of the demo
            // plots
            Files.writeString(
                    work.resolve("site-E09.geojson"),
                    """
                    {"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[[[113.9500,35.2415],
                    [113.9530,35.2415],[113.9530,35.2435],[113.9500,35.2435],[113.9500,35.2415]]]}}""");
            // 3. ./parkwatch enterprise add E09 ... --out-dir e09, then restart the backend
            var config =
                    new ConfigLoader()
                            .load(
                                    Map.of(
                                            "data.dir",
                                            dir.resolve("backend-data").toString(),
                                            "mqtt.embedded.port",
                                            Integer.toString(stack.mqttPort())));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int rc =
                    new EnterpriseCli(config, new PrintStream(out, true, StandardCharsets.UTF_8))
                            .run(
                                    List.of(
                                            "add",
                                            "E09",
                                            "--name-zh",
                                            "滨河新材料有限公司",
                                            "--name-en",
                                            "Binhe New Materials",
                                            "--site",
                                            work.resolve("site-E09.geojson").toString(),
                                            "--tags",
                                            work.resolve("tags-E09.json").toString(),
                                            "--bridge",
                                            work.resolve("bridge-E09.json").toString(),
                                            "--out-dir",
                                            work.resolve("e09").toString()));
            assertEquals(0, rc, out.toString(StandardCharsets.UTF_8));
            stack.stopBackend();
            stack.restartBackend();
            // 4. ./parkwatch bridge --config e09/E09-B1-bridge.json
            try (Bridge bridge =
                    new Bridge(
                            BridgeConfig.load(work.resolve("e09").resolve("E09-B1-bridge.json")))) {
                bridge.start();
                e09.setValue(TAG, 1.75);
                ChromeDriver browser =
                        Browser.start(Files.createDirectories(dir.resolve("chrome")), 1920, 1080);
                try {
                    Browser.login(browser, stack, stack.httpBase() + "/#feature=E09-PLOT");
                    await().atMost(Duration.ofSeconds(40))
                            .until(() -> shownValue(browser).contains("1.75"));
                    e09.setValue(TAG, 2.25);
                    await().atMost(Duration.ofSeconds(20))
                            .until(() -> shownValue(browser).contains("2.25"));
                    Browser.screenshot(browser, "onboarding-e09-live");
                    assertTrue(
                            browser.findElement(By.cssSelector(".popup-card h2"))
                                    .getText()
                                    .contains("滨河新材料有限公司"));
                } finally {
                    browser.quit();
                }
            }
        }
    }

    /**
     * A park folder for the second simulator: E09 only, with demo E01's V101 instruments renamed.
     */
    private static Path e09SimulatorPark(Path folder) throws Exception {
        Files.createDirectories(folder.resolve("tags"));
        ObjectNode park =
                JSON.createObjectNode()
                        .put("id", "e09-sim")
                        .put("nameZh", "E09 模拟")
                        .put("nameEn", "E09 sim");
        park.putArray("layers");
        park.putArray("enterprises")
                .addObject()
                .put("id", "E09")
                .put("nameZh", "E09")
                .put("tagsFile", "tags/E09.json");
        Files.writeString(folder.resolve("park.json"), park.toString());
        ObjectNode tags =
                JSON.createObjectNode()
                        .put("enterpriseId", "E09")
                        .put("namespaceUri", "urn:parkwatch:sim:E09");
        ArrayNode list = tags.putArray("tags");
        for (TagDefinition t : ParkCatalog.loadDemo().tagsOf("E01").orElseThrow().tags()) {
            if (!t.id().startsWith("E01.V101.")) continue;
            ObjectNode n =
                    list.addObject()
                            .put("id", t.id().replace("E01.", "E09."))
                            .put("node", t.node().replace("sim:E01", "sim:E09"))
                            .put("kind", t.kind().id())
                            .put("unit", t.unit())
                            .put("min", t.min())
                            .put("max", t.max())
                            .put("featureId", t.featureId().replace("E01-", "E09-"))
                            .put("nameZh", t.nameZh())
                            .put("nameEn", t.nameEn())
                            .put("samplingMs", 250)
                            .put("deadband", 0.0);
            n.putObject("limits");
        }
        Files.writeString(folder.resolve("tags").resolve("E09.json"), tags.toString());
        return folder;
    }

    private static PrintStream quiet() {
        return new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    }

    private static String shownValue(ChromeDriver browser) {
        List<WebElement> els = browser.findElements(By.cssSelector("[data-tag-id='" + TAG + "']"));
        return els.isEmpty() ? "" : els.get(0).getText();
    }
}
