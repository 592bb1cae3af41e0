package org.parkwatch.e2e;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The toxic-chemical lot panel and the pipeline view of the demo park in a real headless Chromium,
 * in both languages: the ledger's chains are intact, E02's stocktake gap is shown in words, the
 * pipeline classes show their distances with source and status, the coverage table is there; no raw
 * code, dictionary key or English sentence on the Chinese screens (screenshots at 1920×1080).
 */
class BrowserLotsPipelinesTest {
    private static final int W = 1920;
    private static final int H = 1080;

    @Test
    void lotPanelAndPipelineViewInBothLanguages(@TempDir Path dir) throws Exception {
        InProcessBackend backend =
                InProcessBackend.start(dir.resolve("data"), Map.of("risk.qra.autoStart", "false"));
        ChromeDriver b = null;
        try {
            b = Browser.start(Files.createDirectories(dir.resolve("chrome")), W, H);
            ScreenshotFiles.setViewport(b, W, H);
            Browser.login(b, backend.base() + "/", "admin", backend.adminPassword());
            TextScan scan = new TextScan();
            List<String> problems = new ArrayList<>();

            String lots = open(b, backend.base(), "lots", "lots-panel");
            assertTrue(lots.contains("台账哈希链完整"), lots);
            assertTrue(lots.contains("盘点差 -10 千克"), lots);
            assertTrue(lots.contains("CL-E07-2026-0001"), lots);
            problems.addAll(scan.problems("zh-CN lots", lots, true));
            ScreenshotFiles.assertPng(Browser.screenshot(b, "lots-zh-CN-1920x1080"), W, H);

            String pipes = open(b, backend.base(), "pipelines", "pipelines-panel");
            assertTrue(pipes.contains("石油天然气长输管道") && pipes.contains("第三十条"), pipes);
            assertTrue(pipes.contains("未核实") && pipes.contains("巡线覆盖"), pipes);
            problems.addAll(scan.problems("zh-CN pipelines", pipes, true));
            ScreenshotFiles.assertPng(Browser.screenshot(b, "pipelines-zh-CN-1920x1080"), W, H);

            b.executeScript("localStorage.setItem('parkwatch.lang', 'en');");
            String lotsEn = open(b, backend.base(), "lots", "lots-panel");
            assertTrue(lotsEn.contains("count differs by -10 kg"), lotsEn);
            problems.addAll(scan.problems("en lots", lotsEn, false));
            String pipesEn = open(b, backend.base(), "pipelines", "pipelines-panel");
            assertTrue(pipesEn.contains("long-distance oil or gas pipeline"), pipesEn);
            problems.addAll(scan.problems("en pipelines", pipesEn, false));
            ScreenshotFiles.assertPng(Browser.screenshot(b, "pipelines-en-1920x1080"), W, H);

            assertTrue(problems.isEmpty(), String.join("\n", problems));
            List<String> csp = Browser.cspViolations(b);
            assertTrue(csp.isEmpty(), csp.toString());
        } finally {
            if (b != null) b.quit();
            backend.close();
        }
    }

    /** Opens {@code #view=view} afresh and returns the panel's text once it has rendered. */
    private static String open(ChromeDriver b, String base, String view, String panelId) {
        b.get(base + "/#view=" + view);
        b.navigate().refresh();
        String hook = "lots".equals(view) ? "lots" : "pipelines";
        await().atMost(Duration.ofSeconds(60))
                .until(
                        () ->
                                "loaded"
                                        .equals(
                                                b.executeScript(
                                                        "return document.body.dataset." + hook)));
        return b.findElement(By.id(panelId)).getText();
    }
}
