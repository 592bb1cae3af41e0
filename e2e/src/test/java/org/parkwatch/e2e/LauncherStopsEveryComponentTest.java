package org.parkwatch.e2e;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./parkwatch demo} stops the simulator and the bridges when the backend dies (issue 19,
 * D8). The launcher runs from a copy of the script with {@code JAVA} pointing at a stand-in that
 * records its pid per main class and stays up (the backend answers the launcher's health check);
 * killing the backend with SIGKILL must end the others.
 */
class LauncherStopsEveryComponentTest {
    private static final String FAKE_JAVA =
            """
            #!/usr/bin/env bash
            main=""
            for a in "$@"; do case "$a" in org.parkwatch.*) main="$a" ;; esac; done
            case "$main" in
              *.app.Main) echo $$ > "$PIDS/backend"
                exec python3 -c 'import http.server,os
            class H(http.server.BaseHTTPRequestHandler):
                def do_GET(self): self.send_response(200); self.end_headers()
                def log_message(self,*a): pass
            http.server.HTTPServer(("127.0.0.1",int(os.environ["PARKWATCH_HTTP_PORT"])),H).serve_forever()' ;;
              *.SimulatorMain) echo $$ > "$PIDS/simulator"; exec sleep 600 ;;
              *.BridgeMain) echo $$ > "$PIDS/bridge"; exec sleep 600 ;;
              *.TruckFleetMain|*.GateSimulatorMain) exec sleep 600 ;;
              *) exit 0 ;;
            esac
            """;

    @Test
    void aDeadBackendStopsTheSimulatorAndTheBridges(@TempDir Path dir) throws Exception {
        Path root = dir.resolve("root");
        Path pids = dir.resolve("pids");
        Files.createDirectories(root.resolve("backend/target"));
        Files.createDirectories(pids);
        Files.copy(Path.of("..", "parkwatch"), root.resolve("parkwatch"));
        Files.writeString(root.resolve("backend/target/.parkwatch-build"), ""); // nothing to build
        Path java = dir.resolve("fake-java");
        Files.writeString(java, FAKE_JAVA);
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwx------"));
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        ProcessBuilder pb =
                new ProcessBuilder("bash", root.resolve("parkwatch").toString(), "demo")
                        .redirectErrorStream(true)
                        .redirectOutput(dir.resolve("launcher.log").toFile());
        pb.environment().put("JAVA", java.toString());
        pb.environment().put("PIDS", pids.toString());
        pb.environment().put("PARKWATCH_DATA_DIR", dir.resolve("data").toString());
        pb.environment().put("PARKWATCH_HTTP_PORT", String.valueOf(port));
        pb.environment().put("PARKWATCH_ADMIN_PASSWORD", "launcher-test-password");
        Process launcher = pb.start();
        try {
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> Files.exists(pids.resolve("bridge")));
            long backend = pid(pids.resolve("backend"));
            long simulator = pid(pids.resolve("simulator"));
            long bridge = pid(pids.resolve("bridge"));
            assertTrue(alive(simulator) && alive(bridge), "all components up before the fault");

            ProcessHandle.of(backend).orElseThrow().destroyForcibly(); // SIGKILL, as a crash would
            assertTrue(
                    launcher.waitFor(60, TimeUnit.SECONDS),
                    "the launcher ends when a component dies");
            assertFalse(alive(simulator), "simulator stopped");
            assertFalse(alive(bridge), "bridge stopped");
            assertTrue(
                    Files.readString(dir.resolve("launcher.log")).contains("a component stopped"));
        } finally {
            launcher.destroy();
            for (String name : new String[] {"backend", "simulator", "bridge"}) {
                if (Files.exists(pids.resolve(name))) {
                    ProcessHandle.of(pid(pids.resolve(name)))
                            .ifPresent(ProcessHandle::destroyForcibly);
                }
            }
        }
    }

    private static long pid(Path file) throws Exception {
        return Long.parseLong(Files.readString(file).strip());
    }

    private static boolean alive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }
}
