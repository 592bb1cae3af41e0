package org.parkwatch.e2e;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

/**
 * Users and the registry in a real headless Chromium (issue 18): the administrator adds an operator
 * through the users page (the password rules are shown and hold the submit button until met), the
 * operator's first login asks for a new password before the map loads; the registry page from the
 * menu shows the demo files (a licence expiring soon), refuses a bad phone number with the server's
 * message, saves a good one and deletes a licence in two clicks.
 */
class BrowserUsersRegistryTest {
    private static final String OPERATOR_FIRST = "admin-given-pw-1";
    private static final String OPERATOR_OWN = "operators-own-pw-2";

    @Test
    void usersAreManagedAndTheRegistryEditedInTheBrowser(@TempDir Path dir) throws Exception {
        try (DemoStack stack = DemoStack.start(dir, Set.of("E01"), Map.of(), 250)) {
            ChromeDriver b =
                    Browser.start(Files.createDirectories(dir.resolve("chrome")), 1920, 1080);
            try {
                ScreenshotFiles.setViewport(b, 1920, 1080);
                loginOrExplain(b, stack);
                waitFor(b, "!!document.querySelector(\"[data-menu='users']\")");
                addOperator(b);
                registry(b);
                forcedChange(b, stack);
            } finally {
                b.quit();
            }
        }
    }

    private static void addOperator(ChromeDriver b) throws Exception {
        b.findElement(By.cssSelector("[data-menu='users']")).click();
        waitFor(b, "!!document.querySelector('#users-page tr[data-username]')");
        b.findElement(By.cssSelector("#users-page [data-action='add']")).click();
        WebElement form = b.findElement(By.cssSelector("#users-page form[data-form='add']"));
        form.findElement(By.name("username")).sendKeys("op-second");
        form.findElement(By.name("displayName")).sendKeys("二号值班员");
        form.findElement(By.cssSelector("select[name='role'] option[value='operator']")).click();
        form.findElement(By.name("password")).sendKeys("short");
        form.findElement(By.name("repeat")).sendKeys("short");
        WebElement submit = form.findElement(By.cssSelector("button[type='submit']"));
        assertFalse(submit.isEnabled(), "rules not met: no submit");
        assertEquals(
                "false",
                form.findElement(By.cssSelector("[data-rule='length']")).getAttribute("data-ok"));
        assertTrue(form.getText().contains("长度 12–256 个字符"), form.getText());
        form.findElement(By.name("password")).clear();
        form.findElement(By.name("password")).sendKeys(OPERATOR_FIRST);
        form.findElement(By.name("repeat")).clear();
        form.findElement(By.name("repeat")).sendKeys(OPERATOR_FIRST);
        assertTrue(submit.isEnabled());
        Browser.screenshot(b, "users-add-form-zh");
        submit.click();
        waitFor(b, "!!document.querySelector(\"#users-page tr[data-username='op-second']\")");
        String row =
                b.findElement(By.cssSelector("#users-page tr[data-username='op-second']"))
                        .getText();
        assertTrue(row.contains("值班操作员") && row.contains("待改密") && row.contains("二号值班员"), row);
        Browser.screenshot(b, "users-page-zh");
        b.findElement(By.cssSelector("[data-menu='users']")).click();
    }

    private static void registry(ChromeDriver b) throws Exception {
        b.findElement(By.cssSelector("[data-menu='registry']")).click();
        waitFor(b, "!!document.querySelector(\"#registry-page button[data-enterprise-id='E03']\")");
        b.findElement(By.cssSelector("#registry-page button[data-enterprise-id='E03']")).click();
        waitFor(
                b,
                "document.querySelector('#registry-page .reg-file')?.dataset.enterpriseId === 'E03'");
        String file = b.findElement(By.cssSelector("#registry-page .reg-file")).getText();
        assertTrue(file.contains("30天内到期") && file.contains("排污许可证"), file);
        assertTrue(file.contains("值班长"), file);

        String contact = "#registry-page [data-list='contacts'] tr[data-entry-id]";
        String id = b.findElement(By.cssSelector(contact)).getAttribute("data-entry-id");
        b.findElement(By.cssSelector(contact + " [data-action='edit']")).click();
        WebElement phone =
                b.findElement(By.cssSelector("#registry-page tr.reg-form input[name='phone']"));
        phone.clear();
        phone.sendKeys("12345");
        b.findElement(By.cssSelector("#registry-page tr.reg-form [data-action='save']")).click();
        waitFor(b, "!document.querySelector('#registry-page .adm-status').hidden");
        assertTrue(
                b.findElement(By.cssSelector("#registry-page .adm-status"))
                        .getText()
                        .startsWith("phone:"),
                "the server's message: "
                        + b.findElement(By.cssSelector("#registry-page .adm-status")).getText());
        phone = b.findElement(By.cssSelector("#registry-page tr.reg-form input[name='phone']"));
        phone.clear();
        phone.sendKeys("13800138000");
        b.findElement(By.cssSelector("#registry-page tr.reg-form [data-action='save']")).click();
        waitFor(
                b,
                "(document.querySelector(\"#registry-page tr[data-entry-id='"
                        + id
                        + "']\")?.innerText || '')"
                        + ".includes('13800138000')");

        String licences = "#registry-page [data-list='licences'] tr[data-entry-id]";
        int before = b.findElements(By.cssSelector(licences)).size();
        b.findElement(By.cssSelector(licences + " [data-action='delete']")).click();
        assertEquals(
                before,
                b.findElements(By.cssSelector(licences)).size(),
                "the first click only asks");
        b.findElement(By.cssSelector(licences + " [data-action='confirm-delete']")).click();
        await().atMost(Duration.ofSeconds(20))
                .until(() -> b.findElements(By.cssSelector(licences)).size() == before - 1);
        Browser.screenshot(b, "registry-page-zh");
    }

    private static void forcedChange(ChromeDriver b, DemoStack stack) throws Exception {
        b.findElement(By.id("logout")).click();
        await().atMost(Duration.ofSeconds(20))
                .until(() -> b.findElement(By.id("login")).isDisplayed());
        b.findElement(By.id("login-username")).sendKeys("op-second");
        b.findElement(By.id("login-password")).sendKeys(OPERATOR_FIRST);
        b.findElement(By.id("login-submit")).click();
        waitFor(b, "document.getElementById('password-dialog')?.dataset.forced === 'true'");
        WebElement dialog = b.findElement(By.id("password-dialog"));
        List<WebElement> rules = dialog.findElements(By.cssSelector("[data-rule]"));
        assertEquals(
                List.of("length", "blank", "differs", "repeat"),
                rules.stream().map(r -> r.getAttribute("data-rule")).toList());
        assertTrue(
                dialog.findElements(By.cssSelector(".pw-cancel")).isEmpty(),
                "no way around a forced change");
        assertEquals(null, b.executeScript("return document.body.dataset.layers"), "the map waits");
        Browser.screenshot(b, "password-forced-zh");
        dialog.findElement(By.name("currentPassword")).sendKeys(OPERATOR_FIRST);
        dialog.findElement(By.name("newPassword")).sendKeys(OPERATOR_OWN);
        dialog.findElement(By.name("repeatPassword")).sendKeys(OPERATOR_OWN);
        dialog.findElement(By.cssSelector("button[type='submit']")).click();
        waitFor(b, "document.body.dataset.layers === 'loaded'");
        assertTrue(b.findElements(By.id("password-dialog")).isEmpty());
        assertFalse(
                Http.token(stack.httpBase(), "op-second", OPERATOR_OWN).isEmpty(),
                "the new password logs in");
    }

    private static void waitFor(ChromeDriver b, String condition) {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> Boolean.TRUE.equals(b.executeScript("return " + condition)));
    }

    /**
     * Logs in as the administrator; on failure saves a screenshot and puts the browser console into
     * the error.
     */
    private static void loginOrExplain(ChromeDriver b, DemoStack stack) throws Exception {
        try {
            Browser.login(b, stack, stack.httpBase() + "/");
        } catch (RuntimeException | AssertionError e) {
            Browser.screenshot(b, "login-failed");
            String console =
                    String.join(
                            "\n",
                            b
                                    .manage()
                                    .logs()
                                    .get(org.openqa.selenium.logging.LogType.BROWSER)
                                    .getAll()
                                    .stream()
                                    .map(Object::toString)
                                    .toList());
            throw new AssertionError("login page did not come up; console:\n" + console, e);
        }
    }
}
