package org.parkwatch.bridge.sim;

import java.util.concurrent.CountDownLatch;
import org.eclipse.milo.opcua.stack.core.Stack;

/**
 * Starts the park simulator from {@code PARKWATCH_SIM_*} environment variables or {@code
 * parkwatch.sim.*} system properties (see {@link SimulatorOptions#fromConfig}), prints one line per
 * endpoint and the control URL, and runs until SIGTERM/SIGINT, when it stops the servers cleanly.
 * Exit code 2 for bad configuration, 1 if start-up fails.
 */
public final class SimulatorMain {
    private SimulatorMain() {}

    /**
     * Logback configuration on the classpath used unless {@code -Dlogback.configurationFile} says
     * otherwise.
     */
    static final String LOGBACK_CONFIG = "parkwatch-sim-logback.xml";

    public static void main(String[] args) throws InterruptedException {
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", LOGBACK_CONFIG);
        }
        SimulatorOptions options;
        try {
            options = SimulatorOptions.fromConfig(System.getenv(), System.getProperties());
        } catch (IllegalArgumentException e) {
            System.err.println("parkwatch simulator: bad configuration: " + e.getMessage());
            System.exit(2);
            return;
        }
        ParkSimulator sim;
        try {
            sim = ParkSimulator.start(options);
        } catch (Exception e) {
            System.err.println("parkwatch simulator: cannot start: " + e);
            Stack.releaseSharedResources();
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(
                        new Thread(
                                () -> {
                                    sim.stop();
                                    Stack.releaseSharedResources();
                                    stopped.countDown();
                                },
                                "parkwatch-sim-shutdown"));
        System.out.print(sim.describe());
        System.out.println(
                "simulator running (tick "
                        + options.tickMs()
                        + " ms, seed "
                        + options.seed()
                        + ")");
        System.out.flush();
        stopped.await();
    }
}
