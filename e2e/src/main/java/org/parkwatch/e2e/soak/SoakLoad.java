package org.parkwatch.e2e.soak;

import java.util.List;
import java.util.UUID;
import org.parkwatch.e2e.LoadGenerator;
import org.parkwatch.model.park.TagDefinition;

/**
 * The soak's background load: a {@link LoadGenerator} of its own bridge, started again (with a new
 * epoch) whenever the backend's kill ended its connection. Its batches are load, not accounted.
 */
final class SoakLoad implements AutoCloseable {
    private final Thread thread;
    private volatile boolean running = true;
    private volatile long published;

    SoakLoad(String mqttUrl, String enterpriseId, List<TagDefinition> tags, int samplesPerSecond) {
        thread =
                new Thread(
                        () -> {
                            long before = 0;
                            while (running) {
                                String epoch = UUID.randomUUID().toString().replace("-", "");
                                try (LoadGenerator g =
                                        new LoadGenerator(
                                                mqttUrl,
                                                enterpriseId,
                                                tags,
                                                samplesPerSecond,
                                                200,
                                                epoch)) {
                                    while (running && g.isRunning()) {
                                        published = before + g.published();
                                        Thread.sleep(200);
                                    }
                                    before += g.published();
                                } catch (InterruptedException e) {
                                    return;
                                } catch (Exception e) {
                                    pause(); // the backend is down: try again shortly
                                }
                            }
                        },
                        "soak-load");
        thread.setDaemon(true);
        thread.start();
    }

    long published() {
        return published;
    }

    private void pause() {
        try {
            Thread.sleep(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.interrupt();
        thread.join(10_000);
    }
}
