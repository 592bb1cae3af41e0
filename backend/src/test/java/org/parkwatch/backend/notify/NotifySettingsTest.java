package org.parkwatch.backend.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parkwatch.backend.platform.config.ConfigException;
import org.parkwatch.model.secret.SecretFiles;

class NotifySettingsTest {
    @TempDir Path dir;

    private static ConfigException fails(Map<String, String> props, Map<String, String> env) {
        return assertThrows(ConfigException.class, () -> NotifySettings.from(props::get, env::get));
    }

    @Test
    void missingSecretIsNamedWithItsVariable() {
        ConfigException e =
                fails(
                        Map.of(
                                "notify.dingtalk.url",
                                "http://127.0.0.1:1/robot/send",
                                "notify.dingtalk.token",
                                "env:DING_TOKEN"),
                        Map.of());
        assertEquals(
                java.util.List.of(
                        "notify.dingtalk.token=env:DING_TOKEN: the environment variable DING_TOKEN is not set"),
                e.problems());
    }

    @Test
    void robotWithoutTokenIsRefused() {
        ConfigException e = fails(Map.of("notify.wecom.url", "http://127.0.0.1:1/send"), Map.of());
        assertTrue(e.problems().get(0).startsWith("notify.wecom.key: missing"), e.getMessage());
    }

    @Test
    void literalSecretInConfigurationIsRefused() {
        ConfigException e =
                fails(
                        Map.of(
                                "notify.smtp.host",
                                "mail",
                                "notify.smtp.from",
                                "pw@example.com",
                                "notify.smtp.user",
                                "pw",
                                "notify.smtp.password",
                                "hunter2hunter2"),
                        Map.of());
        assertTrue(
                e.problems()
                        .get(0)
                        .contains(
                                "notify.smtp.password: a secret is never written in configuration"),
                e.getMessage());
        assertTrue(!e.getMessage().contains("hunter2"), "the refused value is not echoed");
    }

    @Test
    void secretFileMustBeOwnerOnly() throws Exception {
        Path open = dir.resolve("open.txt");
        Files.writeString(open, "s3cret\n");
        Files.setPosixFilePermissions(open, PosixFilePermissions.fromString("rw-r--r--"));
        ConfigException e =
                fails(
                        Map.of(
                                "notify.wecom.url",
                                "http://x/send",
                                "notify.wecom.key",
                                "file:" + open),
                        Map.of());
        assertTrue(e.getMessage().contains("must be readable by its owner only"), e.getMessage());
        Path closed = dir.resolve("closed.txt");
        SecretFiles.write(closed, "s3cret\n");
        NotifySettings ok =
                NotifySettings.from(
                        Map.of(
                                        "notify.wecom.url",
                                        "http://x/send",
                                        "notify.wecom.key",
                                        "file:" + closed)
                                ::get,
                        k -> null);
        assertEquals("s3cret", ok.wecom().token());
    }

    @Test
    void smsNeedsABodyTemplateWithPhoneAndText() {
        ConfigException e =
                fails(
                        Map.of("notify.sms.url", "http://x/sms", "notify.sms.bodyTemplate", "{}"),
                        Map.of());
        assertTrue(e.problems().get(0).startsWith("notify.sms.bodyTemplate"), e.getMessage());
    }
}
