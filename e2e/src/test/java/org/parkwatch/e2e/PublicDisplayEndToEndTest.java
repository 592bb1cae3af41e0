package org.parkwatch.e2e;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpMethod;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.parkwatch.backend.hazard.registry.DutyContact;
import org.parkwatch.backend.hazard.registry.Licence;
import org.parkwatch.backend.platform.http.RouteSpec;
import org.parkwatch.backend.publicdisplay.PublicRoutes;
import org.parkwatch.model.park.EnterpriseInfo;

/**
 * The public display end to end (simulator → bridge → MQTT → backend → /api/public/* → headless
 * Chromium) with a short configured delay: (a) no public payload or rendered page text holds a
 * chemical name or CAS number, a tag id, an installation id or name, a contact, an inventory-type
 * field, or a position near a toxic installation; (b) a value changed now is not visible before the
 * delay; the page survives a backend restart and its screenshot at 1920×1080 is kept as a test
 * artefact; (c) the environmental disclosure page shows the AQI the API publishes, the day's and
 * month's exceedances (characteristic pollutants unnamed) and each enterprise's discharge permit
 * validity, without permit numbers or anything of the inventories.
 */
class PublicDisplayEndToEndTest {
    private static final int DELAY_S = 3;
    private static final HttpClient HTTP = Http.CLIENT;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Path dir;
    private static DemoStack stack;
    private static PublicLeakScanner scanner;

    @BeforeAll
    static void start() throws Exception {
        dir = Files.createTempDirectory("pw-public");
        stack =
                DemoStack.start(
                        dir,
                        Set.of("PARK", "E01"),
                        Map.of(
                                "public.delaySeconds",
                                Integer.toString(DELAY_S),
                                "public.snapshotMs",
                                "1000",
                                "public.http.port",
                                "0"),
                        250);
        // a duty contact in the registry, so the scan has a person's name and phone to look for
        stack.hazards().registry().addContact(new DutyContact("E01", "王建国", "值班长", "13912345678"));
        scanner = new PublicLeakScanner(stack.backend().park(), stack.hazards().registry());
        // a loaded machine may take a while to bring the park's feed up
        await().atMost(Duration.ofSeconds(120))
                .until(
                        () ->
                                Http.getJson(stack, "/api/tags/PARK.AQ1.PM25")
                                        .path("q")
                                        .asText()
                                        .equals("good"));
    }

    @AfterAll
    static void stop() throws Exception {
        if (stack != null) stack.close();
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(stack.httpBase() + path))
                        .timeout(Duration.ofSeconds(10))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void publicPayloadsHoldNothingForbidden() throws Exception {
        assertTrue(scanner.termCount() > 300, "forbidden terms: " + scanner.termCount());
        assertTrue(
                scanner.toxicInstallations() >= 10,
                "toxic installations: " + scanner.toxicInstallations());
        // the scanner itself can fail: each kind of forbidden content is found in a made-up text
        List<String> caught =
                scanner.forbiddenTermsIn(
                        "7782-50-5 液氯 E01.TK201.LT E01-V101 王建国 13912345678 capacityM3");
        assertTrue(
                caught.containsAll(
                        List.of(
                                "7782-50-5",
                                "液氯",
                                "E01.TK201.LT",
                                "E01-V101",
                                "王建国",
                                "13912345678",
                                "capacity")),
                caught.toString());
        assertEquals(
                List.of(),
                scanner.forbiddenTermsIn("滨河恒源甲醇有限公司 Binhe Hengyuan Methanol Co., Ltd."));
        assertFalse(
                scanner.positionsNearToxicInstallations("[113.93420, 35.25830]").isEmpty(),
                "next to V101");
        // an alarm and its text exist in the backend while the scan runs
        stack.simulator().setValue("E01.TK201.LT", 9.5);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> Http.getJson(stack, "/api/alarms").size() > 0);
        await().atMost(Duration.ofSeconds(30))
                .until(
                        () ->
                                JSON.readTree(get("/api/public/air").body())
                                        .path("status")
                                        .asText()
                                        .equals("ok"));

        Map<String, String> bodies = new LinkedHashMap<>();
        for (RouteSpec r : stack.backend().routeTable()) {
            if (r.method() != HttpMethod.GET || !r.path().startsWith(PublicRoutes.PREFIX)) continue;
            HttpResponse<String> reply = get(r.path());
            assertEquals(200, reply.statusCode(), r.path() + ": " + reply.body());
            bodies.put(r.path(), reply.body());
        }
        assertEquals(
                Set.of(
                        "/api/public/status",
                        "/api/public/air",
                        "/api/public/park",
                        "/api/public/disclosure"),
                bodies.keySet());
        for (Map.Entry<String, String> b : bodies.entrySet()) {
            assertEquals(List.of(), scanner.forbiddenTermsIn(b.getValue()), b.getKey() + " leaks");
            assertEquals(
                    List.of(), scanner.positionsNearToxicInstallations(b.getValue()), b.getKey());
        }
        assertTrue(
                PublicLeakScanner.positionCount(bodies.get("/api/public/park")) > 40,
                "the park map has outlines");
        HttpResponse<String> page = get("/public");
        assertEquals(200, page.statusCode());
        assertTrue(
                page.headers()
                        .firstValue("Content-Security-Policy")
                        .orElse("")
                        .contains("script-src 'self'"),
                "the public page is served with the security headers");
        JsonNode park = JSON.readTree(bodies.get("/api/public/park"));
        List<String> kinds = new java.util.ArrayList<>();
        park.path("features").forEach(f -> kinds.add(f.path("properties").path("kind").asText()));
        assertEquals(
                9,
                kinds.stream().filter(k -> k.equals("park") || k.equals("enterprise")).count(),
                "park outline and eight enterprises");
        assertEquals(
                List.of("shelter", "shelter", "shelter"),
                kinds.subList(9, kinds.size()),
                "then the demo park's three shelters, nothing else");

        ChromeDriver browser =
                Browser.start(Files.createDirectories(dir.resolve("chrome-scan")), 1920, 1080);
        try {
            for (String lang : List.of("zh-CN", "en")) {
                for (String view : List.of("map", "air", "disclosure", "status")) {
                    browser.get(stack.httpBase() + "/public?view=" + view + "&lang=" + lang);
                    await().atMost(Duration.ofSeconds(30))
                            .until(
                                    () ->
                                            "ready"
                                                    .equals(
                                                            browser.executeScript(
                                                                    "return document.querySelector('[data-public-view=\""
                                                                            + view
                                                                            + "\"]').dataset.state")));
                    await().atMost(Duration.ofSeconds(30))
                            .until(
                                    () ->
                                            !"pending"
                                                    .equals(
                                                            browser.executeScript(
                                                                    "return document.body.dataset.status")));
                    String text = (String) browser.executeScript("return document.body.innerText");
                    String html =
                            (String)
                                    browser.executeScript(
                                            "return document.documentElement.outerHTML");
                    assertEquals(
                            List.of(),
                            scanner.forbiddenTermsIn(text),
                            view + "/" + lang + " text: " + text);
                    assertEquals(
                            List.of(), scanner.forbiddenTermsIn(html), view + "/" + lang + " DOM");
                    assertEquals(
                            0L,
                            browser.executeScript(
                                    "return document.querySelectorAll('a[href]').length"));
                    assertEquals(
                            "none",
                            browser.executeScript(
                                    "return getComputedStyle(document.documentElement).cursor"));
                    if (view.equals("air") && lang.equals("zh-CN")) {
                        ScreenshotFiles.setViewport(browser, 1920, 1080);
                        Thread.sleep(
                                500); // the trend chart paints (nothing is asserted on the pixels)
                        ScreenshotFiles.assertPng(
                                Browser.screenshot(browser, "public-air-1920x1080"), 1920, 1080);
                    }
                    if (view.equals("map")) {
                        assertTrue(
                                text.contains(
                                        lang.equals("en")
                                                ? "Binhe Huasheng Chlor-Alkali"
                                                : "滨河华盛氯碱化工有限公司"),
                                "enterprises are listed by name: " + text);
                        assertTrue(
                                text.contains("12369")
                                        && text.contains(
                                                lang.equals("en") ? "Emergency numbers" : "应急电话"),
                                "emergency numbers beside the map: " + text);
                    }
                    assertEquals(
                            false,
                            browser.executeScript(
                                    "return getComputedStyle(document.getElementById('lang-switch')).display !== 'none'"),
                            "no language button on a kiosk unless ?langButton=1");
                    // the disclosure's artefacts are taken with exceedances on it (its own test)
                    if (!view.equals("air") && !view.equals("disclosure")) {
                        ScreenshotFiles.setViewport(browser, 1920, 1080);
                        ScreenshotFiles.assertPng(
                                Browser.screenshot(
                                        browser, "public-" + view + "-" + lang + "-1920x1080"),
                                1920,
                                1080);
                    }
                }
            }
            assertEquals(List.of(), cspViolations(browser));

            // the kiosk listener serves the same page with everything it needs, and nothing else
            String kiosk = "http://127.0.0.1:" + stack.publicDisplay().kioskPort();
            for (String view : List.of("map", "air", "disclosure", "status")) {
                browser.get(kiosk + "/public?view=" + view);
                await().atMost(Duration.ofSeconds(30))
                        .until(
                                () ->
                                        "ready"
                                                .equals(
                                                        browser.executeScript(
                                                                "return document.querySelector('[data-public-view=\""
                                                                        + view
                                                                        + "\"]').dataset.state")));
            }
            List<String> errors =
                    browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                            .filter(
                                    e ->
                                            e.getLevel().intValue()
                                                    >= java.util.logging.Level.SEVERE.intValue())
                            .map(LogEntry::getMessage)
                            .toList();
            assertEquals(List.of(), errors, "console errors on the kiosk listener");
        } finally {
            browser.quit();
        }
    }

    @Test
    void disclosurePageShowsTheApisAqiTheExceedancesAndPermitValidity() throws Exception {
        // two exceedances through the alarm service's port, as the environment capability hands
        // them on: SO₂ (an AQI pollutant, named) and chlorine (characteristic, never named)
        stack.alarms().offerCondition("PARK.AQ1.SO2.ENV.amb-so2-1h", true, 612.3, "test");
        stack.alarms().offerCondition("PARK.AQ1.CL2.ENV.amb-cl2-1h", true, 180.0, "test");
        await().atMost(Duration.ofSeconds(60))
                .until(
                        () -> {
                            JsonNode d = JSON.readTree(get("/api/public/disclosure").body());
                            return line(d, "SO₂") != null && line(d, "特征污染物") != null;
                        });
        String body = get("/api/public/disclosure").body();
        JsonNode d = JSON.readTree(body);
        JsonNode so2 = line(d, "SO₂");
        assertEquals("1 小时平均", so2.path("averagingZh").asText());
        assertEquals("GB 3095-2012", so2.path("standard").asText());
        assertEquals("≤ 500 μg/m³", so2.path("limit").asText());
        assertTrue(
                so2.path("today").asInt() >= 1 && so2.path("month").asInt() >= 1, so2.toString());
        assertTrue(d.path("exceedances").path("today").asInt() >= 2, body);
        assertEquals(List.of(), scanner.forbiddenTermsIn(body), "the disclosure leaks");
        assertFalse(body.contains("Cl₂") || body.contains("CL2"), body);

        // the permits: one per enterprise, with the registry's validity and state
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        LocalDate today = LocalDate.now(zone);
        List<String> licenceNumbers = new ArrayList<>();
        Map<String, Licence> permitByName = new LinkedHashMap<>();
        Map<String, String> nameEn = new LinkedHashMap<>();
        for (EnterpriseInfo e : stack.backend().park().enterprises()) {
            if (e.id().equals("PARK")) continue;
            nameEn.put(e.nameZh(), e.nameEn());
            for (Licence l : stack.hazards().registry().licencesOf(e.id()).values()) {
                licenceNumbers.add(l.number());
                if (l.kind().equals("排污许可证")) permitByName.put(e.nameZh(), l);
            }
        }
        assertEquals(8, permitByName.size(), "the demo registry has a discharge permit each");
        assertEquals(8, d.path("permits").size(), body);
        List<String> apiStates = new ArrayList<>();
        for (JsonNode p : d.path("permits")) {
            Licence l = permitByName.get(p.path("nameZh").asText());
            assertEquals(l.validFrom().toString(), p.path("validFrom").asText(), p.toString());
            assertEquals(l.validUntil().toString(), p.path("validUntil").asText(), p.toString());
            assertEquals(l.expiringSoon(today) ? "expiring" : "valid", p.path("state").asText());
            apiStates.add(p.path("state").asText());
        }
        assertTrue(apiStates.contains("expiring"), "the demo has permits expiring soon: " + body);
        for (String n : licenceNumbers) assertFalse(body.contains(n), "permit number " + n);

        ChromeDriver browser =
                Browser.start(
                        Files.createDirectories(dir.resolve("chrome-disclosure")), 1920, 1080);
        try {
            ScreenshotFiles.setViewport(browser, 1920, 1080);
            for (String lang : List.of("zh-CN", "en")) {
                browser.get(stack.httpBase() + "/public?view=disclosure&pollMs=1000&lang=" + lang);
                await().atMost(Duration.ofSeconds(30))
                        .until(
                                () ->
                                        "ready"
                                                .equals(
                                                        browser.executeScript(
                                                                "return document.querySelector('[data-public-view=\"disclosure\"]').dataset.state")));
                // the park's and every station's AQI are the numbers GET /api/public/air
                // publishes (compared on the same snapshot: both advance every second)
                await().atMost(Duration.ofSeconds(30))
                        .until(() -> pageAqi(browser).equals(apiAqi()));
                assertEquals(9, pageAqi(browser).size(), "the park and its eight stations");
                assertTrue(
                        pageAqi(browser).stream().allMatch(a -> a.matches("\\d+")),
                        "every station has an AQI: " + pageAqi(browser));

                String text = (String) browser.executeScript("return document.body.innerText");
                String html =
                        (String) browser.executeScript("return document.documentElement.outerHTML");
                boolean en = lang.equals("en");
                Licence e01 = permitByName.get("滨河华盛氯碱化工有限公司");
                String validity =
                        en
                                ? dayEn(e01.validFrom()) + " — " + dayEn(e01.validUntil())
                                : dayZh(e01.validFrom()) + " — " + dayZh(e01.validUntil());
                for (String expected :
                        en
                                ? List.of(
                                        "Pollutant discharge permits",
                                        "north boundary air station",
                                        "1-hour mean",
                                        "≤ 500 μg/m³ (GB 3095-2012)",
                                        "characteristic pollutant",
                                        "Valid (expiring soon)",
                                        nameEn.get("滨河华盛氯碱化工有限公司"),
                                        validity)
                                : List.of(
                                        "企业排污许可证",
                                        "北界空气站",
                                        "1 小时平均",
                                        "≤ 500 μg/m³（GB 3095-2012）",
                                        "特征污染物",
                                        "有效（即将到期）",
                                        "滨河华盛氯碱化工有限公司",
                                        validity)) {
                    assertTrue(
                            text.contains(expected), lang + ": no '" + expected + "' in " + text);
                }
                assertEquals(
                        apiStates,
                        browser.executeScript(
                                "return [...document.querySelectorAll('.disclosure-permits tr.permit')].map(r => r.dataset.state)"));
                long todayOnPage =
                        Long.parseLong(
                                (String)
                                        browser.executeScript(
                                                "return document.querySelector('.exceed-summary').dataset.today"));
                assertTrue(todayOnPage >= 2, "exceedances today on the page: " + todayOnPage);
                // nothing of the inventories, no tank or tag ids, no chemical names, no permit
                // numbers
                assertEquals(List.of(), scanner.forbiddenTermsIn(text), lang + " text: " + text);
                assertEquals(List.of(), scanner.forbiddenTermsIn(html), lang + " DOM");
                for (String n : licenceNumbers) assertFalse(html.contains(n), "permit number " + n);
                assertEquals(
                        true,
                        browser.executeScript(
                                "const r = document.querySelector('.disclosure-permits tr.permit:last-child').getBoundingClientRect();"
                                        + " return r.bottom <= document.querySelector('.public-main').getBoundingClientRect().bottom"),
                        "the last permit is on screen at 1920×1080");
                assertEquals(
                        true,
                        browser.executeScript(
                                "const r = document.querySelector('.disclosure-exceed tr.exceed-line').getBoundingClientRect();"
                                        + " return r.top > 0 && r.bottom <= document.querySelector('.public-main').getBoundingClientRect().bottom"),
                        "the exceedances are on screen at 1920×1080, below the AQI table");
                ScreenshotFiles.assertPng(
                        Browser.screenshot(browser, "public-disclosure-" + lang + "-1920x1080"),
                        1920,
                        1080);
            }
            assertEquals(List.of(), cspViolations(browser));
        } finally {
            browser.quit();
        }
    }

    /** The exceedance line of 北界空气站 with this pollutant label, or null. */
    private static JsonNode line(JsonNode disclosure, String pollutantZh) {
        for (JsonNode l : disclosure.path("exceedances").path("lines")) {
            if (l.path("placeZh").asText().equals("北界空气站")
                    && l.path("pollutantZh").asText().equals(pollutantZh)) return l;
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    private static List<String> pageAqi(ChromeDriver browser) {
        return (List<String>)
                browser.executeScript(
                        "return [...document.querySelectorAll('.disclosure-aqi tr.aqi-row')].map(r => r.dataset.aqi)");
    }

    /** The park's AQI, then each station's, as the page lists them ("" where none). */
    private static List<String> apiAqi() throws Exception {
        JsonNode air = JSON.readTree(get("/api/public/air").body());
        List<String> out = new ArrayList<>();
        out.add(air.path("aqi").path("aqi").asText(""));
        for (JsonNode s : air.path("stations")) out.add(s.path("aqi").path("aqi").asText(""));
        return out;
    }

    private static String dayZh(LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    private static String dayEn(LocalDate d) {
        return d.getDayOfMonth()
                + " "
                + d.getMonth().getDisplayName(TextStyle.SHORT, Locale.UK)
                + " "
                + d.getYear();
    }

    static List<String> cspViolations(ChromeDriver browser) {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy"))
                .toList();
    }

    @Test
    void aChangedValueIsNotVisibleBeforeTheDelay() throws Exception {
        double marker = 321.7;
        long t0 = System.currentTimeMillis();
        stack.simulator().setValue("PARK.AQ2.SO2", marker);
        AtomicReference<JsonNode> first = new AtomicReference<>();
        List<String> early = new ArrayList<>();
        await().atMost(Duration.ofSeconds(40))
                .pollInterval(Duration.ofMillis(200))
                .until(
                        () -> {
                            JsonNode air = JSON.readTree(get("/api/public/air").body());
                            assertTrue(
                                    air.path("serverMs").asLong() - air.path("asOfMs").asLong()
                                            >= DELAY_S * 1000L,
                                    "a snapshot younger than the delay was served: " + air);
                            boolean shows = so2East(air) == marker;
                            if (shows && air.path("serverMs").asLong() < t0 + DELAY_S * 1000L)
                                early.add(air.toString());
                            if (shows) first.set(air);
                            return shows;
                        });
        assertEquals(List.of(), early, "the new value was public before the delay");
        // the snapshot that shows it was taken after the change, and served at least the delay
        // later
        assertTrue(first.get().path("asOfMs").asLong() >= t0, first.get().toString());
        assertTrue(
                first.get().path("serverMs").asLong() >= t0 + DELAY_S * 1000L,
                first.get().toString());
    }

    @Test
    void pageKeepsItsPictureThroughABackendRestartAndIsSavedAsAnArtefact() throws Exception {
        ChromeDriver browser =
                Browser.start(Files.createDirectories(dir.resolve("chrome-restart")), 1920, 1080);
        try {
            ScreenshotFiles.setViewport(browser, 1920, 1080);
            browser.get(stack.httpBase() + "/public?pollMs=1000&rotateMs=2000");
            // unattended rotation: map → air → disclosure → status → map
            for (String view : List.of("map", "air", "disclosure", "status", "map")) {
                await().atMost(Duration.ofSeconds(10))
                        .until(
                                () ->
                                        view.equals(
                                                browser.executeScript(
                                                        "return document.body.dataset.view")));
            }
            await().atMost(Duration.ofSeconds(30))
                    .until(
                            () ->
                                    "ready"
                                            .equals(
                                                    browser.executeScript(
                                                            "return document.querySelector('[data-public-view=\"map\"]').dataset.state")));
            await().atMost(Duration.ofSeconds(30))
                    .until(
                            () ->
                                    !"pending"
                                            .equals(
                                                    browser.executeScript(
                                                            "return document.body.dataset.status")));
            Thread.sleep(500); // let the map paint before the artefact (nothing is asserted on the
            // pixels)
            Path shot = Browser.screenshot(browser, "public-1920x1080");
            ScreenshotFiles.assertPng(shot, 1920, 1080);

            stack.stopBackend();
            await().atMost(Duration.ofSeconds(30))
                    .until(
                            () ->
                                    "false"
                                            .equals(
                                                    browser.executeScript(
                                                            "return document.body.dataset.online")));
            assertEquals(
                    8L,
                    browser.executeScript(
                            "return document.querySelectorAll('.enterprise-list li:not(.count)').length"),
                    "the last picture stays up while the backend is away");
            stack.restartBackend();
            await().atMost(Duration.ofSeconds(60))
                    .until(
                            () ->
                                    "true"
                                            .equals(
                                                    browser.executeScript(
                                                            "return document.body.dataset.online")));
        } finally {
            browser.quit();
        }
    }

    private static double so2East(JsonNode air) {
        for (JsonNode s : air.path("stations")) {
            if (!s.path("nameZh").asText().startsWith("东界")) continue;
            for (JsonNode r : s.path("readings"))
                if (r.path("pollutant").asText().equals("so2")) return r.path("value").asDouble();
        }
        return Double.NaN;
    }
}
