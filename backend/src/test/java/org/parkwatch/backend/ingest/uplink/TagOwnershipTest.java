package org.parkwatch.backend.ingest.uplink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parkwatch.backend.UplinkPublisher.sample;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parkwatch.backend.TestBackend;
import org.parkwatch.backend.UplinkPublisher;
import org.parkwatch.backend.ingest.IngestPipeline;
import org.parkwatch.model.uplink.Sample;

/**
 * A bridge may change only the tags it owns: two bridges registered for T01 with {@code uplink add}
 * (the first owns T01's tag list, the second nothing), both connected to the real embedded endpoint
 * with their own credentials.
 */
class TagOwnershipTest {
    @TempDir Path dataDir;
    private TestBackend backend;

    @AfterEach
    void stop() throws Exception {
        if (backend != null) backend.close();
    }

    private String add(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        UplinkCli cli =
                new UplinkCli(
                        dataDir.resolve(UplinkCredentialStore.FILE_NAME),
                        TestBackend.testPark(),
                        new PrintStream(out, true, StandardCharsets.UTF_8));
        assertEquals(0, cli.run(List.of(args)));
        return out.toString(StandardCharsets.UTF_8);
    }

    private double refused(String reason) throws Exception {
        for (String line : backend.get("/metrics").body().split("\n")) {
            if (line.startsWith("parkwatch_uplink_refused_total{")
                    && line.contains("reason=\"" + reason + "\"")) {
                return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return 0;
    }

    @Test
    void aMisconfiguredSecondBridgeCannotChangeTheFirstBridgesLiveValues() throws Exception {
        String first = add("add", "T01-B1", "T01", "--out", dataDir.resolve("b1.pw").toString());
        String second = add("add", "T01-B2", "T01", "--out", dataDir.resolve("b2.pw").toString());
        int t01Tags = TestBackend.testPark().tagsOf("T01").orElseThrow().tags().size();
        assertTrue(first.contains("bridge T01-B1 owns " + t01Tags + " tag(s) of T01"), first);
        assertTrue(second.contains("bridge T01-B2 owns 0 tag(s) of T01"), second);
        backend = TestBackend.start(dataDir, Map.of("mqtt.allowAnonymous", "false"));
        String uri = "tcp://127.0.0.1:" + backend.ports.mqtt();

        try (UplinkPublisher b1 =
                        new UplinkPublisher(
                                uri, "T01", "T01-B1", false, "T01-B1", password("b1.pw"), null);
                UplinkPublisher b2 =
                        new UplinkPublisher(
                                uri, "T01", "T01-B2", false, "T01-B2", password("b2.pw"), null)) {
            b1.publish(1, List.of(sample("T01.TK101.LT", 4.5)));
            String goodQuality = backend.getObject("/api/tags/T01.TK101.LT").getString("q");
            // the second bridge lost its server: Bad values for every tag, then a wrong number
            b2.publish(
                    1,
                    List.of(
                            new Sample(
                                    "T01.TK101.LT",
                                    null,
                                    System.currentTimeMillis(),
                                    Sample.BAD_NO_COMMUNICATION),
                            sample("T01.TK101.TT", 99.0)));
            b2.publish(2, List.of(sample("T01.TK101.LT", 14.0)));

            assertEquals(4.5, backend.getObject("/api/tags/T01.TK101.LT").getDouble("v"));
            assertEquals(goodQuality, backend.getObject("/api/tags/T01.TK101.LT").getString("q"));
            assertEquals(null, backend.getObject("/api/tags/T01.TK101.TT").getValue("v"));
            assertEquals(3.0, refused(IngestPipeline.NOT_OWNER));
            // the owner still changes its tags
            b1.publish(2, List.of(sample("T01.TK101.LT", 5.0)));
            assertEquals(5.0, backend.getObject("/api/tags/T01.TK101.LT").getDouble("v"));
            // the second bridge gives up: its state is shown per bridge, T01's health is not its
            b1.status("online");
            b2.status("online");
            String before = health("online");
            b2.status("offline");
            assertEquals(
                    before,
                    health("offline"),
                    "a bridge that owns no tag does not change T01's health");
            io.vertx.core.json.JsonArray bridges = feed().getJsonArray("bridges");
            for (int i = 0; i < bridges.size(); i++) {
                io.vertx.core.json.JsonObject b = bridges.getJsonObject(i);
                assertEquals(
                        b.getString("bridgeId").equals("T01-B1"),
                        b.getBoolean("carriesTags"),
                        b.encode());
            }
        }
    }

    @Test
    void listedTagsThatAnotherBridgeOwnsAreRefusedAtRegistration() {
        add(
                "add",
                "T01-B1",
                "T01",
                "--tags",
                "T01.TK101.LT",
                "--out",
                dataDir.resolve("b1.pw").toString());
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream saved = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            UplinkCli cli =
                    new UplinkCli(
                            dataDir.resolve(UplinkCredentialStore.FILE_NAME),
                            TestBackend.testPark(),
                            new PrintStream(new ByteArrayOutputStream()));
            assertEquals(
                    2,
                    cli.run(
                            List.of(
                                    "add",
                                    "T01-B2",
                                    "T01",
                                    "--tags",
                                    "T01.TK101.LT,T01.TK101.TT")));
        } finally {
            System.setErr(saved);
        }
        assertTrue(
                err.toString(StandardCharsets.UTF_8)
                        .contains("--tags: T01.TK101.LT is owned by bridge T01-B1"),
                err.toString(StandardCharsets.UTF_8));
        // the second bridge takes what is free
        String free =
                add(
                        "add",
                        "T01-B2",
                        "T01",
                        "--tags",
                        "T01.TK101.TT",
                        "--out",
                        dataDir.resolve("b2.pw").toString());
        assertTrue(free.contains("bridge T01-B2 owns 1 tag(s) of T01"), free);
    }

    private io.vertx.core.json.JsonObject feed() throws Exception {
        io.vertx.core.json.JsonArray feeds =
                new io.vertx.core.json.JsonArray(backend.get("/api/feeds").body());
        for (int i = 0; i < feeds.size(); i++)
            if ("T01".equals(feeds.getJsonObject(i).getString("enterpriseId")))
                return feeds.getJsonObject(i);
        throw new AssertionError("no T01 in /api/feeds");
    }

    /** T01's health once T01-B1 is online and T01-B2 is in {@code secondState}. */
    private String health(String secondState) throws Exception {
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(10))
                .until(
                        () -> {
                            String seen = "";
                            for (Object o : feed().getJsonArray("bridges")) {
                                io.vertx.core.json.JsonObject b = (io.vertx.core.json.JsonObject) o;
                                seen += b.getString("bridgeId") + "=" + b.getString("state") + ";";
                            }
                            return seen.contains("T01-B1=online;")
                                    && seen.contains("T01-B2=" + secondState + ";");
                        });
        return feed().getString("health");
    }

    private String password(String file) throws Exception {
        return Files.readString(dataDir.resolve(file)).strip();
    }
}
