package org.parkwatch.e2e;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven through Debian's chromedriver (no driver download), with the
 * flags this machine needs (no sandbox as root, no background networking on a closed network).
 */
final class Browser {
    static final String CHROMIUM = System.getProperty("parkwatch.chromium", "/usr/bin/chromium");
    static final String CHROMEDRIVER =
            System.getProperty("parkwatch.chromedriver", "/usr/bin/chromedriver");

    private Browser() {}

    static ChromeDriver start(Path profileDir, int width, int height) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--user-data-dir=" + profileDir,
                "--window-size=" + width + "," + height,
                "--lang=zh-CN");
        // console messages (CSP violations among them) readable through driver.manage().logs()
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        ChromeDriverService service =
                new ChromeDriverService.Builder()
                        .usingDriverExecutable(new File(CHROMEDRIVER))
                        .usingAnyFreePort()
                        .build();
        return new ChromeDriver(service, options);
    }

    /**
     * Opens {@code url} and logs in through the page's login form (zh-CN by default) as the stack's
     * administrator; returns once the page holds a session ({@code body[data-auth=ok]}).
     */
    static void login(ChromeDriver driver, DemoStack stack, String url) throws Exception {
        login(driver, url, stack.adminUser(), stack.adminPassword());
    }

    static void login(ChromeDriver driver, String url, String user, String password) {
        driver.get(url);
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> driver.findElement(By.id("login")).isDisplayed());
        submitLogin(driver, user, password);
    }

    /** Fills the shown login form and submits it; returns once the page holds a session. */
    static void submitLogin(ChromeDriver driver, String user, String password) {
        driver.findElement(By.id("login-username")).clear();
        driver.findElement(By.id("login-username")).sendKeys(user);
        driver.findElement(By.id("login-password")).clear();
        driver.findElement(By.id("login-password")).sendKeys(password);
        driver.findElement(By.id("login-submit")).click();
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(
                        () ->
                                "ok"
                                        .equals(
                                                driver.executeScript(
                                                        "return document.body.dataset.auth")));
    }

    /**
     * Logs in at the console ({@code /}) as the stack's administrator, waits until the push socket
     * is open ({@code body[data-ws=open]}) and mutes the alarm sound for the rest of the session.
     */
    static void openConsole(ChromeDriver driver, DemoStack stack) throws Exception {
        login(driver, stack, stack.httpBase() + "/");
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(
                        () ->
                                "open"
                                        .equals(
                                                driver.executeScript(
                                                        "return document.body.dataset.ws")));
        driver.executeScript("localStorage.setItem('parkwatch.alarms.muted', '1');");
    }

    /**
     * Console messages about Content-Security-Policy violations since the last call (the log is
     * drained).
     */
    static java.util.List<String> cspViolations(ChromeDriver driver) {
        return driver
                .manage()
                .logs()
                .get(org.openqa.selenium.logging.LogType.BROWSER)
                .getAll()
                .stream()
                .map(org.openqa.selenium.logging.LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy"))
                .toList();
    }

    /** Saves a screenshot under target/screenshots as a test artefact. */
    static Path screenshot(ChromeDriver driver, String name) throws IOException {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Path out = dir.resolve(name + ".png");
        Files.copy(shot.toPath(), out, StandardCopyOption.REPLACE_EXISTING);
        return out;
    }
}
