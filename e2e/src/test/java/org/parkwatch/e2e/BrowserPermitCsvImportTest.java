package org.parkwatch.e2e;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.parkwatch.backend.security.Role;

/**
 * The enterprise portal's CSV import of special work permits in a real headless Chromium (issue
 * 15): E04's user picks a file with a bad third line in the permits panel's filing tab and is told
 * which row and why, with nothing imported; the corrected file imports and the permit is in the
 * API's list.
 */
class BrowserPermitCsvImportTest {
    private static final String HEADER =
            "externalId,kind,level,placeZh,lon,lat,start,end,leader,guardian\n";

    @Test
    void aBadRowIsNamedAndNothingImportedThenTheGoodFileImports(@TempDir Path dir)
            throws Exception {
        String day = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1).toString();
        String good =
                "T-WEB-1,WORK_AT_HEIGHT,II,框架平台,113.9400,35.2500,"
                        + day
                        + " 08:00,"
                        + day
                        + " 12:00,甲,乙\n";
        // level 9 does not exist for lifting (GB 30871-2022: 一/二/三级)
        String bad =
                "T-WEB-2,LIFTING,9,吊装,113.9401,35.2501," + day + " 08:00," + day + " 12:00,甲,乙\n";
        Path badFile =
                Files.writeString(
                        dir.resolve("bad.csv"), HEADER + good + bad, StandardCharsets.UTF_8);
        Path goodFile =
                Files.writeString(dir.resolve("good.csv"), HEADER + good, StandardCharsets.UTF_8);
        try (InProcessBackend backend =
                InProcessBackend.start(
                        dir.resolve("data"), Map.of("risk.qra.autoStart", "false"))) {
            String password = "pw-" + Long.toHexString(new SecureRandom().nextLong()) + "-wp";
            backend.app()
                    .security()
                    .users()
                    .create("e04-permits", Role.ENTERPRISE, "E04", "E04 permits", password);
            String admin = backend.adminToken();
            ChromeDriver b =
                    Browser.start(Files.createDirectories(dir.resolve("chrome")), 1600, 1000);
            try {
                Browser.login(
                        b,
                        backend.base() + "/#view=work-permits&tab=file",
                        "e04-permits",
                        password);
                await().atMost(Duration.ofSeconds(60))
                        .until(() -> !b.findElements(By.id("wp-csv-file")).isEmpty());

                b.findElement(By.id("wp-csv-file")).sendKeys(badFile.toAbsolutePath().toString());
                b.findElement(By.id("wp-csv-import")).click();
                await().atMost(Duration.ofSeconds(30)).until(() -> "refused".equals(outcome(b)));
                assertEquals("3", b.findElement(By.id("wp-csv-result")).getAttribute("data-line"));
                String refusal = b.findElement(By.id("wp-csv-result")).getText();
                assertTrue(refusal.contains("第 3 行") && refusal.contains("未导入任何作业票"), refusal);
                assertFalse(externalIds(backend, admin).contains("T-WEB-1"), "nothing imported");
                Browser.screenshot(b, "work-permits-csv-refused-zh-CN");

                b.findElement(By.id("wp-csv-file")).sendKeys(goodFile.toAbsolutePath().toString());
                b.findElement(By.id("wp-csv-import")).click();
                await().atMost(Duration.ofSeconds(30)).until(() -> "ok".equals(outcome(b)));
                String done = b.findElement(By.id("wp-csv-result")).getText();
                assertTrue(done.contains("已导入 1 张"), done);
                assertTrue(externalIds(backend, admin).contains("T-WEB-1"));
            } finally {
                b.quit();
            }
        }
    }

    private static String outcome(ChromeDriver b) {
        return b.findElement(By.id("wp-csv-result")).getAttribute("data-outcome");
    }

    private static String externalIds(InProcessBackend backend, String token) throws Exception {
        StringBuilder ids = new StringBuilder();
        JsonNode list = Http.getJson(backend.base() + "/api/work-permits?enterprise=E04", token);
        for (JsonNode p : list.path("permits"))
            ids.append(p.path("externalId").asText()).append(' ');
        return ids.toString();
    }
}
