package org.parkwatch.bridge.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A simulator that checks client certificates watches each enterprise's trust list with an inotify
 * instance; a user has only 128 of them (fs.inotify.max_user_instances), shared by every process.
 * Stopping the simulator must give them back, or a JVM that starts simulators repeatedly (the e2e
 * suite) runs out.
 */
class TrustListWatchersTest {
    @TempDir Path dir;

    @Test
    void stoppingTheSimulatorReleasesItsTrustListWatchers() throws Exception {
        assumeTrue(Files.isDirectory(Path.of("/proc/self/fd")), "Linux only");
        long before = inotifyInstances();
        for (int i = 0; i < 3; i++) {
            try (ParkSimulator sim =
                    ParkSimulator.start(SimTestSupport.testOptions().pkiDir(dir).build())) {
                assertEquals(false, sim.options().trustAllClients());
            }
        }
        assertEquals(before, inotifyInstances());
    }

    private static long inotifyInstances() throws IOException {
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            return fds.filter(
                            fd -> {
                                try {
                                    return Files.readSymbolicLink(fd)
                                            .toString()
                                            .contains("inotify");
                                } catch (IOException e) {
                                    return false; // closed meanwhile
                                }
                            })
                    .count();
        }
    }
}
