package org.parkwatch.e2e;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
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
import org.parkwatch.backend.security.Role;

/**
 * The regulator's tracker (issue 15) in a real headless Chromium over the demo stack, logged in as
 * a regulator: the page shows the plan's tasks with the API's platform figures, overdue tasks
 * marked, "no figure on the platform" where there is none, a progress entry filed in the form, the
 * quarterly DOCX link answering a Word file; screenshots at 1920×1080 in zh and en with nothing
 * cut.
 */
class BrowserTrackerTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void trackerPageShowsTheApisFiguresAndFilesProgress(@TempDir Path dir) throws Exception {
        String password = "pw-" + Long.toHexString(new SecureRandom().nextLong()) + "-reg";
        try (DemoStack stack = DemoStack.start(dir, Set.of("E01"), Map.of(), 250)) {
            stack.backend()
                    .security()
                    .users()
                    .create("e2e-regulator", Role.REGULATOR, null, "监管人员", password);
            JsonNode api = JSON.readTree(get(stack, "/api/tracker/tasks").body());
            JsonNode t2 = task(api, "2");
            String majors = figure(t2, "majorHazards").path("textZh").asText();
            assertTrue(figure(t2, "majorHazards").path("available").asBoolean(), t2.toString());
            ChromeDriver b =
                    Browser.start(Files.createDirectories(dir.resolve("chrome")), 1920, 1080);
            try {
                ScreenshotFiles.setViewport(b, 1920, 1080);
                b.get(stack.httpBase() + "/");
                b.executeScript("localStorage.setItem('parkwatch.alarms.muted', '1');");
                Browser.login(b, stack.httpBase() + "/", "e2e-regulator", password);
                waitFor(b, "!!document.querySelector(\"[data-menu='tracker']\")");
                b.findElement(By.cssSelector("[data-menu='tracker']")).click();
                waitFor(b, "document.body.dataset.tracker === 'loaded'");
                assertEquals(
                        api.path("tasks").size(),
                        b.findElements(By.cssSelector("#tracker-page tr[data-task-id]")).size());
                String shown =
                        b.findElement(
                                        By.cssSelector(
                                                "#tracker-page tr[data-task-id='2'] [data-figure-key='majorHazards'] .trk-fig-value"))
                                .getText();
                assertEquals(majors, shown, "the page shows the API's figure");
                assertTrue(task(api, "34").path("overdue").asBoolean());
                assertTrue(
                        b.findElement(By.cssSelector("#tracker-page tr[data-task-id='34']"))
                                .getAttribute("class")
                                .contains("trk-overdue"),
                        "overdue task highlighted");
                assertEquals(
                        "平台无此数据",
                        b.findElement(
                                        By.cssSelector(
                                                "#tracker-page tr[data-task-id='12-14'] .trk-nofigure"))
                                .getText());
                String docx =
                        b.findElement(By.cssSelector("#tracker-page a[data-export='docx']"))
                                .getAttribute("href");
                assertTrue(docx.contains("api/export/tracker-report.docx?quarter="), docx);
                HttpResponse<byte[]> file =
                        Http.CLIENT.send(
                                HttpRequest.newBuilder(URI.create(docx))
                                        .header("Authorization", "Bearer " + stack.adminToken())
                                        .build(),
                                HttpResponse.BodyHandlers.ofByteArray());
                assertEquals(200, file.statusCode());
                assertEquals('P', (char) file.body()[0], "a DOCX is a zip");

                b.findElement(By.cssSelector("#tracker-page tr[data-task-id='6'] .trk-toggle"))
                        .click();
                WebElement form =
                        b.findElement(By.cssSelector("#tracker-page form[data-action='progress']"));
                form.findElement(By.name("text")).sendKeys("两家企业纳入搬迁名单");
                WebElement pct = form.findElement(By.name("percent"));
                pct.clear();
                pct.sendKeys("55");
                form.findElement(By.cssSelector("button[type='submit']")).click();
                waitFor(
                        b,
                        "document.querySelector(\"#tracker-page tr[data-task-id='6'] .trk-pct\")?.innerText === '55%'");
                waitFor(
                        b,
                        "(document.querySelector('#tracker-page')?.innerText || '').includes('两家企业纳入搬迁名单')");
                assertEquals(
                        55,
                        task(JSON.readTree(get(stack, "/api/tracker/tasks").body()), "6")
                                .path("percent")
                                .asInt());
                assertLaidOut(b, "zh");
                Browser.screenshot(b, "tracker-zh");

                b.findElement(By.id("lang-switch")).click();
                waitFor(
                        b,
                        "(document.querySelector('#tracker-page h2')?.innerText || '').includes('task tracker')");
                assertEquals(
                        "No figure on the platform",
                        b.findElement(
                                        By.cssSelector(
                                                "#tracker-page tr[data-task-id='12-14'] .trk-nofigure"))
                                .getText());
                assertEquals(
                        figure(t2, "majorHazards").path("textEn").asText(),
                        b.findElement(
                                        By.cssSelector(
                                                "#tracker-page tr[data-task-id='2'] [data-figure-key='majorHazards'] .trk-fig-value"))
                                .getText());
                assertLaidOut(b, "en");
                Browser.screenshot(b, "tracker-en");
            } finally {
                b.quit();
            }
        }
    }

    private static void assertLaidOut(ChromeDriver b, String lang) {
        List<String> problems = new ArrayList<>();
        for (String p : LayoutCheck.problems(b))
            if (p.contains("trk-") || p.contains("tracker")) problems.add(p);
        assertEquals(List.of(), problems, lang);
    }

    private static HttpResponse<String> get(DemoStack stack, String path) throws Exception {
        return Http.CLIENT.send(
                HttpRequest.newBuilder(URI.create(stack.httpBase() + path))
                        .header("Authorization", "Bearer " + stack.adminToken())
                        .timeout(Duration.ofSeconds(30))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode task(JsonNode api, String id) {
        for (JsonNode t : api.path("tasks")) if (t.path("id").asText().equals(id)) return t;
        throw new AssertionError("no task " + id);
    }

    private static JsonNode figure(JsonNode task, String key) {
        for (JsonNode f : task.path("figures")) if (f.path("key").asText().equals(key)) return f;
        throw new AssertionError("task " + task.path("id").asText() + " has no figure " + key);
    }

    private static void waitFor(ChromeDriver b, String condition) {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> Boolean.TRUE.equals(b.executeScript("return " + condition)));
    }
}
