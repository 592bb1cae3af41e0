package org.parkwatch.backend.publicdisplay;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parkwatch.backend.TestBackend;
import org.parkwatch.backend.app.ParkWatchApp;
import org.parkwatch.backend.app.ParkWatchOptions;
import org.parkwatch.model.park.ParkCatalog;

class PublicDisplayConfigTest {
    @Test
    void badDelayStopsTheStartNamingTheKey(@TempDir Path dir) throws Exception {
        ParkWatchApp backend =
                new ParkWatchApp(
                        TestBackend.config(dir, Map.of("public.delaySeconds", "soon")),
                        ParkCatalog.loadDemo(),
                        ParkWatchOptions.defaults());
        try {
            ExecutionException e =
                    assertThrows(
                            ExecutionException.class,
                            () ->
                                    backend.start()
                                            .toCompletionStage()
                                            .toCompletableFuture()
                                            .get(30, TimeUnit.SECONDS));
            assertTrue(
                    e.getCause().getMessage().contains("public.delaySeconds=soon"),
                    e.getCause().getMessage());
        } finally {
            backend.stop().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        }
    }
}
