package org.parkwatch.backend.risk.qra;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bad QRA setting or wind rose file stops the backend's start with a message naming it. */
class QraConfigTest {
    @TempDir Path dir;

    @Test
    void badSettingStopsTheStartNamingTheKey() {
        ExecutionException e =
                assertThrows(
                        ExecutionException.class,
                        () ->
                                QraBackend.start(
                                                dir,
                                                Map.of(
                                                        "risk.qra.cellM",
                                                        "abc",
                                                        "risk.qra.inventoryChange",
                                                        "-1"))
                                        .close());
        String message = e.getCause().getMessage();
        assertTrue(
                message.contains("risk.qra.cellM=abc")
                        && message.contains("risk.qra.inventoryChange=-1"),
                message);
    }

    @Test
    void badWindRoseFileStopsTheStartNamingFileAndField() throws Exception {
        Path rose = dir.resolve("rose.json");
        Files.writeString(
                rose,
                "{\"sectors\":["
                        + "0.0625,".repeat(15)
                        + "0.0625],\"classes\":"
                        + "[{\"stability\":\"D\",\"speedMPerS\":-5,\"fraction\":1}]}");
        ExecutionException e =
                assertThrows(
                        ExecutionException.class,
                        () ->
                                QraBackend.start(
                                                dir.resolve("data"),
                                                Map.of("risk.qra.windRoseFile", rose.toString()))
                                        .close());
        String message = e.getCause().getMessage();
        assertTrue(
                message.contains(rose.toString()) && message.contains("classes[0].speedMPerS"),
                message);
    }
}
