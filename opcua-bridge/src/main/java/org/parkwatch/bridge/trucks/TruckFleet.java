package org.parkwatch.bridge.trucks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.parkwatch.model.logistics.demo.DemoFleet;
import org.parkwatch.model.logistics.demo.DemoTruck;
import org.parkwatch.model.logistics.jt808.GeneralResponse;
import org.parkwatch.model.logistics.jt808.LocationReport;
import org.parkwatch.model.logistics.jt808.RegistrationResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo's hazmat trucks on the road: each demo truck of the park ({@link DemoFleet}) gets a
 * {@link TruckTerminal} on real TCP to the park's JT/T 808 server and reports its position every
 * {@code reportMs}. Credentials: a terminal registers (0x0100) during the enrolment window the park
 * opened for it and keeps the authentication code the platform issued in an owner-only file of the
 * secrets folder; later it authenticates (0x0102) with that code. A lost connection is retried.
 * Scenarios: {@link #deviate} sends a truck on a detour off its route, {@link #sendUnlicensed}
 * drives a truck with an expired permit to the west gate.
 */
public final class TruckFleet implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TruckFleet.class);
    private static final long RETRY_MS = 10_000;

    private final DemoFleet fleet;
    private final String host;
    private final int port;
    private final Path secrets;
    private final long reportMs;
    private final ScheduledExecutorService timer =
            Executors.newScheduledThreadPool(
                    2,
                    r -> {
                        Thread t = new Thread(r, "parkwatch-trucks");
                        t.setDaemon(true);
                        return t;
                    });
    private final List<Runner> runners = new CopyOnWriteArrayList<>();
    private final long t0 = System.nanoTime();

    public TruckFleet(DemoFleet fleet, String host, int port, Path secrets, long reportMs) {
        this.fleet = fleet;
        this.host = host;
        this.port = port;
        this.secrets = secrets;
        this.reportMs = reportMs;
    }

    /**
     * Starts the trucks that drive by themselves, spread over their cycle: the i-th of n starts i/n
     * of its cycle in (with the demo file's four lot visits of 12 to 20 minutes the lot holds a
     * truck about 80 % of the time).
     */
    public void start() throws IOException {
        Files.createDirectories(secrets);
        List<DemoTruck> driving = fleet.trucks().stream().filter(t -> !t.scenarioOnly()).toList();
        for (int i = 0; i < driving.size(); i++) {
            DemoTruck t = driving.get(i);
            double cycle = drive(t, 0).cycleS();
            add(t, drive(t, i * cycle / driving.size()));
        }
    }

    /** A truck's schedule: by way of the parking lot when it has a lot visit. */
    private TruckDrive drive(DemoTruck t, double offsetS) {
        double standS = fleet.standMinutes() * 60.0;
        DemoTruck.LotVisit lot = t.lotVisit();
        if (lot == null)
            return new TruckDrive(t.path(), fleet.speedKmh(), standS, standS / 2, offsetS);
        return TruckDrive.viaLot(
                t.path(),
                lot.toLot(),
                lot.parkMinutes() * 60.0,
                lot.toSite(),
                fleet.speedKmh(),
                standS,
                standS / 2,
                offsetS);
    }

    private void add(DemoTruck t, TruckDrive drive) {
        Runner r = new Runner(t, drive);
        runners.add(r);
        timer.scheduleWithFixedDelay(r::tick, 0, reportMs, TimeUnit.MILLISECONDS);
    }

    private double nowS() {
        return (System.nanoTime() - t0) / 1e9;
    }

    /**
     * truck-deviation: the truck with this plate (or the first truck inside the park with a detour)
     * leaves its path for its detour.
     *
     * @return the plate of the truck sent
     */
    public Optional<String> deviate(String plate) {
        for (Runner r : runners) {
            if (r.truck.detour().isEmpty() || r.truck.scenarioOnly()) continue;
            if (plate != null && !plate.equals(r.truck.plate())) continue;
            synchronized (r) {
                r.drive.detour(nowS(), r.truck.detour());
            }
            return Optional.of(r.truck.plate());
        }
        return Optional.empty();
    }

    /**
     * unlicensed-truck: the first scenario-only truck drives to the end of its path (outside the
     * west gate) and stands there.
     *
     * @return its plate
     */
    public Optional<String> sendUnlicensed() {
        for (DemoTruck t : fleet.trucks()) {
            if (!t.scenarioOnly()) continue;
            if (runners.stream().anyMatch(r -> r.truck == t)) return Optional.of(t.plate());
            add(t, new TruckDrive(t.path(), fleet.speedKmh(), 86_400, 0, 0));
            return Optional.of(t.plate());
        }
        return Optional.empty();
    }

    /** The trucks' plates and whether each is connected and authenticated. */
    public Map<String, Boolean> status() {
        Map<String, Boolean> m = new java.util.LinkedHashMap<>();
        for (Runner r : runners) m.put(r.truck.plate(), r.terminal != null);
        return m;
    }

    @Override
    public void close() {
        timer.shutdownNow();
        for (Runner r : runners) r.disconnect();
    }

    /** One truck: its connection and its drive. */
    private final class Runner {
        final DemoTruck truck;
        final TruckDrive drive;
        TruckTerminal terminal;
        long retryAtMs;

        Runner(DemoTruck truck, TruckDrive drive) {
            this.truck = truck;
            this.drive = drive;
        }

        synchronized void tick() {
            try {
                if (terminal == null) {
                    if (System.currentTimeMillis() < retryAtMs) return;
                    connect();
                }
                TruckDrive.Fix f = drive.at(nowS());
                LocationReport r =
                        new LocationReport(
                                0,
                                (1L << LocationReport.STATUS_ACC_ON)
                                        | (1L << LocationReport.STATUS_POSITIONED),
                                f.lat(),
                                f.lon(),
                                90,
                                f.speedKmh(),
                                f.courseDeg(),
                                Instant.now(),
                                Map.of());
                int result = terminal.report(r);
                if (result != GeneralResponse.OK)
                    throw new IOException("position refused, result " + result);
            } catch (IOException | RuntimeException e) {
                LOG.warn(
                        "truck {}: {}; retrying in {} s",
                        truck.plate(),
                        e.getMessage(),
                        RETRY_MS / 1000);
                disconnect();
                retryAtMs = System.currentTimeMillis() + RETRY_MS;
            }
        }

        private void connect() throws IOException {
            TruckTerminal t = new TruckTerminal(host, port, truck.phone());
            try {
                Path file = secrets.resolve(truck.phone() + ".authcode");
                if (Files.exists(file)) {
                    String code = Files.readString(file, StandardCharsets.UTF_8).trim();
                    if (t.authenticate(code) == GeneralResponse.OK) {
                        terminal = t;
                        return;
                    }
                    LOG.warn("truck {}: stored code refused; registering again", truck.plate());
                }
                RegistrationResponse reg = t.register(truck.plate());
                if (reg.result() != RegistrationResponse.SUCCESS)
                    throw new IOException(
                            "registration refused (result "
                                    + reg.result()
                                    + "): the park has not provisioned this terminal or its"
                                    + " enrolment window is closed");
                save(file, reg.authCode());
                if (t.authenticate(reg.authCode()) != GeneralResponse.OK)
                    throw new IOException("authentication refused after registration");
                terminal = t;
                LOG.info("truck {} enrolled", truck.plate());
            } catch (IOException e) {
                t.close();
                throw e;
            }
        }

        void disconnect() {
            if (terminal == null) return;
            try {
                terminal.close();
            } catch (IOException e) {
                // closing anyway
            }
            terminal = null;
        }
    }

    private static void save(Path file, String code) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.deleteIfExists(tmp);
        try {
            Files.createFile(
                    tmp,
                    PosixFilePermissions.asFileAttribute(
                            PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(tmp);
        }
        Files.writeString(tmp, code, StandardCharsets.UTF_8);
        Files.move(
                tmp,
                file,
                java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    /** For listings: every truck of the fleet file. */
    public List<String> plates() {
        List<String> out = new ArrayList<>();
        for (DemoTruck t : fleet.trucks()) out.add(t.plate());
        return out;
    }
}
