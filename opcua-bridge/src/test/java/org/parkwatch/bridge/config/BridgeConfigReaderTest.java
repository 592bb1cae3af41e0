package org.parkwatch.bridge.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parkwatch.bridge.config.BridgeConfig.FsyncPolicy;
import org.parkwatch.bridge.config.BridgeConfig.Mapping;
import org.parkwatch.model.park.EnterpriseTags;
import org.parkwatch.model.park.ParkCatalog;
import org.parkwatch.model.secret.SecretFiles;

class BridgeConfigReaderTest {
    @TempDir Path dir;

    private static final String GOOD =
            """
            {"bridgeId": "E01-B1", "enterpriseId": "E01",
             "mqtt": {"url": "ssl://park.example:8883", "clientId": "b1", "username": "e01",
                      "password": "${E01_MQTT_PASSWORD}", "qos": 1, "keepAliveS": 20},
             "spool": {"dir": "spool/E01", "maxBytes": 10485760, "fsync": "periodic"},
             "batch": {"maxSamples": 500, "maxDelayMs": 200},
             "endpoints": [
               {"url": "opc.tcp://10.0.0.5:4840/", "securityPolicy": "Basic256Sha256", "securityMode": "SignAndEncrypt",
                "identity": {"username": "bridge", "password": "${E01_OPC_PASSWORD}"}, "publishingIntervalMs": 250,
                "maxItemsPerSubscription": 200},
               {"url": "opc.tcp://10.0.0.6:4840/"}
             ],
             "mappings": [
               {"node": "nsu=urn:dcs:E01;s=TK101.LT", "tagId": "E01.TK101.LT", "samplingMs": 500, "deadband": 0.01},
               {"node": "ns=2;i=17", "tagId": "E01.SIS1.TRIP", "endpoint": 1}
             ]}
            """;

    private BridgeConfig read(String json, Map<String, String> env) throws Exception {
        Path f = dir.resolve("bridge.json");
        Files.writeString(f, json);
        return BridgeConfig.load(f, env);
    }

    @Test
    void readsEveryKeyAndResolvesSecretsFromTheEnvironment() throws Exception {
        BridgeConfig c =
                read(GOOD, Map.of("E01_MQTT_PASSWORD", "m-secret", "E01_OPC_PASSWORD", "o-secret"));
        assertEquals("E01-B1", c.bridgeId());
        assertEquals("m-secret", c.mqtt().password());
        assertEquals(20, c.mqtt().keepAliveS());
        assertEquals(
                dir.resolve("spool/E01"),
                c.spool().dir(),
                "relative spool dir resolves next to the file");
        assertEquals(FsyncPolicy.PERIODIC, c.spool().fsync());
        assertEquals(500, c.batch().maxSamples());
        assertEquals("o-secret", c.endpoints().get(0).identity().password());
        assertEquals(200, c.endpoints().get(0).maxItemsPerSubscription());
        assertTrue(c.endpoints().get(1).identity().anonymous());
        assertNull(
                c.endpoints().get(1).maxItemsPerSubscription(),
                "derived from the server when absent");
        assertEquals(
                new Mapping("nsu=urn:dcs:E01;s=TK101.LT", "E01.TK101.LT", 500, 0.01, 0),
                c.mappings().get(0));
        assertEquals(List.of(c.mappings().get(1)), c.mappingsOf(1));
        assertEquals(1000, c.mappings().get(1).samplingMs(), "default sampling");
        assertTrue(!c.mqtt().toString().contains("m-secret"), "passwords stay out of logs");
    }

    @Test
    void listsEveryProblemWithKeyPathAndValue() throws Exception {
        String bad =
                GOOD.replace("\"Basic256Sha256\"", "\"Basic999\"")
                        .replace("ssl://park.example:8883", "http://park.example")
                        .replace("\"${E01_MQTT_PASSWORD}\"", "\"hunter2\"")
                        .replace("\"maxSamples\": 500", "\"maxSamples\": 0")
                        .replace("\"fsync\": \"periodic\"", "\"fsync\": \"sometimes\"")
                        .replace(
                                "\"tagId\": \"E01.SIS1.TRIP\", \"endpoint\": 1",
                                "\"tagId\": \"E01.TK101.LT\", \"endpoint\": 5");
        BridgeConfigException e =
                assertThrows(BridgeConfigException.class, () -> read(bad, Map.of()));
        List<String> p = e.problems();
        assertTrue(
                p.contains(
                        "endpoints[0].securityPolicy: 'Basic999' is not one of None, Basic256Sha256, "
                                + "Aes256_Sha256_RsaPss"),
                p.toString());
        assertTrue(
                p.contains("mqtt.url: 'http://park.example' must start with tcp:// or ssl://"),
                p.toString());
        assertTrue(
                p.stream()
                        .anyMatch(
                                s ->
                                        s.startsWith(
                                                "mqtt.password: must be an environment reference")));
        assertTrue(p.contains("batch.maxSamples: '0' must be between 1 and 50000"), p.toString());
        assertTrue(
                p.contains("spool.fsync: 'sometimes' is not one of everyBatch, periodic, none"),
                p.toString());
        assertTrue(p.contains("mappings[1].tagId: 'E01.TK101.LT' is mapped twice"), p.toString());
        assertTrue(p.contains("mappings[1].endpoint: '5' must be between 0 and 1"), p.toString());
        assertTrue(
                p.contains(
                        "endpoints[0].identity.password: '${E01_OPC_PASSWORD}' refers to environment variable "
                                + "E01_OPC_PASSWORD, which is not set"),
                p.toString());
        assertEquals(8, p.size(), p.toString());
        assertTrue(e.getMessage().contains("8 problem(s)"));
    }

    @Test
    void missingSectionsAreNamed() {
        BridgeConfigException e =
                assertThrows(
                        BridgeConfigException.class,
                        () -> read("{\"bridgeId\": \"a b\"}", Map.of()));
        assertEquals(
                List.of(
                        "bridgeId: 'a b' must be 1-64 characters of A-Z a-z 0-9 _ . -",
                        "enterpriseId: is required",
                        "mqtt: is required",
                        "spool: is required",
                        "endpoints: must be a non-empty array",
                        "mappings: must be an array"),
                e.problems());
    }

    @Test
    void malformedJsonNamesTheLine() {
        BridgeConfigException e =
                assertThrows(
                        BridgeConfigException.class,
                        () -> read("{\n\"bridgeId\": \"x\",,\n}", Map.of()));
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
    }

    @Test
    void demoEnterpriseConfigMapsEveryTagOfTheGisDataList() {
        EnterpriseTags tags = ParkCatalog.loadDemo().tagsOf("E01").orElseThrow();
        BridgeConfig c =
                BridgeConfig.forDemoEnterprise(
                        tags, "opc.tcp://127.0.0.1:4841/", "tcp://127.0.0.1:1884", dir);
        assertEquals("E01-B1", c.bridgeId());
        assertEquals(tags.tags().size(), c.mappings().size());
        assertEquals(tags.tags().get(0).node(), c.mappings().get(0).node());
        assertEquals(tags.tags().get(0).deadband(), c.mappings().get(0).deadband());
        assertEquals(dir.resolve("E01-B1"), c.spool().dir());
    }

    @Test
    void passwordFilesTlsTruststoreAndPkiDirAreRead() throws Exception {
        Path secret = dir.resolve("mqtt.pw");
        SecretFiles.write(secret, "file-secret\n");
        Path store = Files.writeString(dir.resolve("trust.p12"), "x");
        String json =
                GOOD.replace(
                                "\"password\": \"${E01_MQTT_PASSWORD}\"",
                                "\"passwordFile\": \"mqtt.pw\", \"tls\": {\"truststore\": \"trust.p12\","
                                        + " \"truststorePassword\": \"${TRUST_PW}\"}")
                        .replace(
                                "\"bridgeId\": \"E01-B1\",",
                                "\"bridgeId\": \"E01-B1\", \"pkiDir\": \"pki\",");
        BridgeConfig c = read(json, Map.of("E01_OPC_PASSWORD", "o", "TRUST_PW", "t-secret"));
        assertEquals("file-secret", c.mqtt().password());
        assertEquals(store, c.mqtt().tls().truststore());
        assertEquals("t-secret", c.mqtt().tls().truststorePassword());
        assertEquals(dir.resolve("pki"), c.pkiDir());
        assertTrue(
                !c.mqtt().toString().contains("t-secret")
                        && !c.mqtt().toString().contains("file-secret"));
    }

    @Test
    void aPasswordFileOthersCanReadIsRefused() throws Exception {
        Path secret = Files.writeString(dir.resolve("mqtt.pw"), "leaky\n");
        Files.setPosixFilePermissions(
                secret, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        String json =
                GOOD.replace(
                        "\"password\": \"${E01_MQTT_PASSWORD}\"", "\"passwordFile\": \"mqtt.pw\"");
        BridgeConfigException e =
                assertThrows(
                        BridgeConfigException.class,
                        () -> read(json, Map.of("E01_OPC_PASSWORD", "o")));
        assertTrue(
                e.problems().stream()
                        .anyMatch(
                                p ->
                                        p.startsWith("mqtt.passwordFile:")
                                                && p.contains("owner only")),
                e.problems().toString());
    }

    @Test
    void pkiDirDefaultsToTheSpool() throws Exception {
        BridgeConfig c = read(GOOD, Map.of("E01_MQTT_PASSWORD", "m", "E01_OPC_PASSWORD", "o"));
        assertEquals(dir.resolve("spool/E01").resolve("pki"), c.pkiDir());
    }
}
