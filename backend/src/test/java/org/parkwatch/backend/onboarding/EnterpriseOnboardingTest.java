package org.parkwatch.backend.onboarding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parkwatch.backend.UplinkPublisher.sample;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parkwatch.backend.TestBackend;
import org.parkwatch.backend.UplinkPublisher;
import org.parkwatch.backend.ingest.uplink.UplinkCredential;
import org.parkwatch.backend.ingest.uplink.UplinkCredentialStore;
import org.parkwatch.backend.platform.config.ParkWatchConfig;
import org.parkwatch.model.park.ParkCatalog;
import org.parkwatch.model.park.TagDefinition;

/**
 * {@code ./parkwatch enterprise add} end to end on the backend side: the browse proposal, a site
 * outline and the browse skeleton in; the park folder, the bridge's credentials (owning its tags)
 * and a ready bridge configuration out; after a restart the new enterprise's bridge logs in with
 * that configuration's password and its values are live.
 */
class EnterpriseOnboardingTest {
    @TempDir Path dir;
    private TestBackend backend;

    @AfterEach
    void stop() throws Exception {
        if (backend != null) backend.close();
    }

    private Path park() throws Exception {
        Path park = dir.resolve("park");
        try (Stream<Path> all = Files.walk(TestBackend.testParkDir())) {
            for (Path p : all.toList()) {
                Path t = park.resolve(TestBackend.testParkDir().relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(t);
                else Files.copy(p, t);
            }
        }
        return park;
    }

    private static JsonObject tag(String id, String kind, String unit) {
        return new JsonObject()
                .put("id", id)
                .put("node", "nsu=urn:t09;s=" + id.substring(4))
                .put("kind", kind)
                .put("unit", unit)
                .put("min", 0.0)
                .put("max", 10.0)
                .put("featureId", "T09-V101")
                .put("nameZh", "V101 液位")
                .put("nameEn", "V101 level")
                .put("samplingMs", 1000)
                .put("deadband", 0.0)
                .put("_proposed", true);
    }

    private void inputs(String secondKind) throws Exception {
        JsonObject tags =
                new JsonObject()
                        .put("enterpriseId", "T09")
                        .put("namespaceUri", "urn:t09")
                        .put(
                                "tags",
                                new JsonArray()
                                        .add(tag("T09.V101.LT", "level", "m"))
                                        .add(tag("T09.V101.TT", secondKind, "degC")));
        Files.writeString(dir.resolve("tags-T09.json"), tags.encode());
        Files.writeString(
                dir.resolve("site.geojson"),
                """
                {"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":
                 [[[121.02,30.0],[121.03,30.0],[121.03,30.01],[121.02,30.01],[121.02,30.0]]]}}""");
        Files.writeString(
                dir.resolve("bridge-T09.json"),
                new JsonObject()
                        .put("bridgeId", "T09-B1")
                        .put("enterpriseId", "T09")
                        .put("mqtt", new JsonObject().put("url", "tcp://127.0.0.1:1884"))
                        .put(
                                "endpoints",
                                new JsonArray()
                                        .add(
                                                new JsonObject()
                                                        .put("url", "opc.tcp://10.0.0.9:4840/")))
                        .put(
                                "mappings",
                                new JsonArray()
                                        .add(
                                                new JsonObject()
                                                        .put("node", "nsu=urn:t09;s=V101.LT")
                                                        .put("tagId", "T09.V101.LT")
                                                        .put("_dataType", "Double"))
                                        .add(
                                                new JsonObject()
                                                        .put("node", "nsu=urn:t09;s=V101.TT")
                                                        .put("tagId", "T09.V101.TT"))
                                        .add(
                                                new JsonObject()
                                                        .put("node", "nsu=urn:t09;s=Pruned")
                                                        .put("tagId", "T09.Pruned")))
                        .encode());
    }

    private int add(ParkWatchConfig config, ByteArrayOutputStream out, ByteArrayOutputStream err) {
        PrintStream saved = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            return new EnterpriseCli(config, new PrintStream(out, true, StandardCharsets.UTF_8))
                    .run(
                            List.of(
                                    "add",
                                    "T09",
                                    "--name-zh",
                                    "测试化工九厂",
                                    "--name-en",
                                    "Test Chemicals Nine",
                                    "--site",
                                    dir.resolve("site.geojson").toString(),
                                    "--tags",
                                    dir.resolve("tags-T09.json").toString(),
                                    "--bridge",
                                    dir.resolve("bridge-T09.json").toString(),
                                    "--out-dir",
                                    dir.resolve("t09").toString()));
        } finally {
            System.setErr(saved);
        }
    }

    @Test
    void anEnterpriseAddedInOneStepDeliversLiveValuesAfterTheRestart() throws Exception {
        Path park = park();
        inputs("temperature");
        ParkWatchConfig config =
                TestBackend.config(
                        dir.resolve("data"),
                        Map.of("park.dir", park.toString(), "mqtt.allowAnonymous", "false"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(0, add(config, out, err), err.toString(StandardCharsets.UTF_8));

        ParkCatalog catalog = ParkCatalog.load(park);
        List<TagDefinition> tags = catalog.tagsOf("T09").orElseThrow().tags();
        assertEquals(
                List.of("T09.V101.LT", "T09.V101.TT"),
                tags.stream().map(TagDefinition::id).toList());
        assertEquals(
                "T09-PLOT",
                tags.get(0).featureId(),
                "the park has no T09-V101: the tag shows on the outline");
        UplinkCredential c =
                UplinkCredentialStore.read(
                                dir.resolve("data").resolve(UplinkCredentialStore.FILE_NAME))
                        .byBridge("T09-B1")
                        .orElseThrow();
        assertEquals(List.of("T09.V101.LT", "T09.V101.TT"), c.tags());
        JsonObject bridge =
                new JsonObject(Files.readString(dir.resolve("t09").resolve("T09-B1-bridge.json")));
        assertEquals("T09-B1", bridge.getJsonObject("mqtt").getString("username"));
        assertEquals(
                2, bridge.getJsonArray("mappings").size(), "the pruned tag's mapping is left out");
        assertEquals(null, bridge.getJsonArray("mappings").getJsonObject(0).getString("_dataType"));
        Path passwordFile = Path.of(bridge.getJsonObject("mqtt").getString("passwordFile"));

        backend = TestBackend.start(config, catalog);
        String uri = "tcp://127.0.0.1:" + backend.ports.mqtt();
        try (UplinkPublisher b =
                new UplinkPublisher(
                        uri,
                        "T09",
                        "T09-B1",
                        false,
                        "T09-B1",
                        Files.readString(passwordFile).strip(),
                        null)) {
            b.publish(1, List.of(sample("T09.V101.LT", 6.25)));
        }
        assertEquals(6.25, backend.getObject("/api/tags/T09.V101.LT").getDouble("v"));
        assertTrue(backend.get("/api/layers/enterprises").body().contains("T09-PLOT"));
    }

    private HttpResponse<String> post(String body, boolean asAdmin) throws Exception {
        HttpRequest.Builder b =
                HttpRequest.newBuilder(backend.uri("/api/enterprises"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body));
        if (asAdmin) b.header("Authorization", "Bearer " + backend.adminToken());
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theApiOnboardsInOneStepAndAnswersTheBridgeConfigurationAndPasswordOnce() throws Exception {
        Path park = park();
        inputs("temperature");
        ParkWatchConfig config =
                TestBackend.config(dir.resolve("data"), Map.of("park.dir", park.toString()));
        backend = TestBackend.startAll(config, ParkCatalog.load(park));
        JsonObject body =
                new JsonObject()
                        .put("id", "T09")
                        .put("nameZh", "测试化工九厂")
                        .put("site", new JsonObject(Files.readString(dir.resolve("site.geojson"))))
                        .put("tags", new JsonObject(Files.readString(dir.resolve("tags-T09.json"))))
                        .put(
                                "bridge",
                                new JsonObject(Files.readString(dir.resolve("bridge-T09.json"))));
        assertEquals(401, post(body.encode(), false).statusCode());
        HttpResponse<String> bad = post(body.copy().put("id", "T.09").encode(), true);
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body().contains("enterprise id 'T.09' must be 1-32 characters"), bad.body());

        HttpResponse<String> r = post(body.encode(), true);
        assertEquals(201, r.statusCode(), r.body());
        JsonObject answer = new JsonObject(r.body());
        assertEquals("T09-B1", answer.getString("username"));
        assertEquals(2, answer.getInteger("tags"));
        assertEquals(2, answer.getJsonObject("bridgeConfig").getJsonArray("mappings").size());
        UplinkCredential c =
                UplinkCredentialStore.read(
                                dir.resolve("data").resolve(UplinkCredentialStore.FILE_NAME))
                        .byBridge("T09-B1")
                        .orElseThrow();
        assertTrue(
                org.parkwatch.backend.ingest.uplink.PasswordHash.verify(
                        answer.getString("password").toCharArray(), c.password()),
                "the answered password is the stored one");
        assertEquals(
                List.of("T09.V101.LT", "T09.V101.TT"),
                ParkCatalog.load(park).tagsOf("T09").orElseThrow().tags().stream()
                        .map(TagDefinition::id)
                        .toList());
        assertEquals(400, post(body.encode(), true).statusCode(), "a second add of T09 is refused");
    }

    @Test
    void aTagWithoutAKindIsRefusedNamingItsRowAndTheParkStaysAsItWas() throws Exception {
        Path park = park();
        inputs("");
        String before = Files.readString(park.resolve("park.json"));
        ParkWatchConfig config =
                TestBackend.config(dir.resolve("data"), Map.of("park.dir", park.toString()));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(2, add(config, new ByteArrayOutputStream(), err));
        String text = err.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("tag list tags[1] (T09.V101.TT): set its kind"), text);
        assertEquals(before, Files.readString(park.resolve("park.json")));
        assertTrue(Files.notExists(park.resolve("tags").resolve("T09.json")));
        assertTrue(Files.notExists(dir.resolve("data").resolve(UplinkCredentialStore.FILE_NAME)));
    }
}
