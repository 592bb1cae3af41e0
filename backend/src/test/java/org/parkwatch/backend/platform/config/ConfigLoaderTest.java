package org.parkwatch.backend.platform.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
    private final ConfigLoader loader = new ConfigLoader();

    @Test
    void defaultsGiveTheDocumentedValues() {
        ParkWatchConfig c = loader.load(new String[0], Map.of());
        assertTrue(c.http().port() > 0);
        assertEquals(Path.of("./data"), c.dataDir());
        assertEquals(ParkWatchConfig.MqttMode.EMBEDDED, c.mqtt().mode());
        assertEquals("127.0.0.1", c.mqtt().embedded().host());
        assertEquals(1884, c.mqtt().embedded().port());
        assertEquals("127.0.0.1", c.mqtt().external().host());
        assertEquals(1883, c.mqtt().external().port());
        assertEquals(3.0, c.live().staleFactor());
        assertEquals(50, c.push().flushMs());
        assertTrue(c.parkDir().isEmpty());
    }

    @Test
    void environmentOverridesFileOverridesDefaults(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("pw.properties");
        Files.writeString(
                file,
                "http.port=9000\nmqtt.mode=external\nmqtt.external.url=tcp://broker.example:2883\n"
                        + "mqtt.external.clientId=backend-7\n");
        ParkWatchConfig c =
                loader.load(
                        new String[] {"--config", file.toString()},
                        Map.of(
                                "PARKWATCH_HTTP_PORT",
                                "9100",
                                "PARKWATCH_MQTT_EXTERNAL_CLIENTID",
                                "from-env",
                                "PATH",
                                "/usr/bin"));
        assertEquals(9100, c.http().port());
        assertEquals(ParkWatchConfig.MqttMode.EXTERNAL, c.mqtt().mode());
        assertEquals("broker.example", c.mqtt().external().host());
        assertEquals(2883, c.mqtt().external().port());
        assertEquals("from-env", c.mqtt().external().clientId());
        assertEquals("9100", c.value("http.port"));
    }

    @Test
    void everyBadKeyAndValueIsNamedInOneMessage(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bad.properties");
        Files.writeString(
                file, "http.port=80800\nhttp.prot=1\nmqtt.mode=broker\npush.flushMs=-5\n");
        ConfigException e =
                assertThrows(
                        ConfigException.class,
                        () ->
                                loader.load(
                                        new String[] {"--config", file.toString()},
                                        Map.of("PARKWATCH_LIVE_STALEFACTOR", "x")));
        String m = e.getMessage();
        assertEquals(5, e.problems().size(), m);
        assertTrue(m.contains("http.port='80800': must be a port 0-65535"), m);
        assertTrue(m.contains("unknown key 'http.prot' (did you mean 'http.port'?)"), m);
        assertTrue(m.contains("mqtt.mode='broker': must be embedded or external"), m);
        assertTrue(m.contains("push.flushMs='-5': must be a positive integer"), m);
        assertTrue(m.contains("live.staleFactor='x': must be a positive number"), m);
    }

    @Test
    void misspelledSwitchStopsTheStartInsteadOfRunningWithoutADatabase() {
        ConfigException e =
                assertThrows(
                        ConfigException.class,
                        () -> loader.load(new String[0], Map.of("PARKWATCH_DB_ENABLED", "ture")));
        assertEquals(List.of("db.enabled='ture': must be true or false"), e.problems());
    }

    @Test
    void unknownEnvironmentVariableWithPrefixIsRejectedWithSuggestion() {
        ConfigException e =
                assertThrows(
                        ConfigException.class,
                        () -> loader.load(new String[0], Map.of("PARKWATCH_HTTP_PROT", "1")));
        assertEquals(
                "environment: unknown variable PARKWATCH_HTTP_PROT (did you mean PARKWATCH_HTTP_PORT?)",
                e.problems().get(0));
    }

    @Test
    void theLauncherPasswordVariablesAreSecretsNotUnknownKeys() throws Exception {
        // ./parkwatch demo sets both: the password and whether it generated it
        ParkWatchConfig c =
                loader.load(
                        new String[0],
                        Map.of(
                                "PARKWATCH_ADMIN_PASSWORD", "Kx7-qLm2-Vt9w-Rb4z",
                                "PARKWATCH_ADMIN_PASSWORD_GENERATED", ""));
        assertTrue(c.http().port() > 0);
    }

    @Test
    void badExternalUrlAndMissingFileAreNamed() {
        ConfigException e =
                assertThrows(
                        ConfigException.class,
                        () ->
                                loader.load(
                                        new String[] {"--config", "/nonexistent/pw.properties"},
                                        Map.of("PARKWATCH_MQTT_EXTERNAL_URL", "http://x:1")));
        assertTrue(
                e.getMessage().contains("--config /nonexistent/pw.properties: cannot read"),
                e.getMessage());
        assertTrue(
                e.getMessage()
                        .contains(
                                "mqtt.external.url='http://x:1': scheme must be tcp, ssl, mqtt or mqtts"),
                e.getMessage());
    }

    @Test
    void envNameUpperCasesAndReplacesDots() {
        assertEquals("PARKWATCH_HTTP_PORT", ConfigLoader.envName("http.port"));
        assertEquals(
                "PARKWATCH_MQTT_EXTERNAL_CLIENTID", ConfigLoader.envName("mqtt.external.clientId"));
    }
}
