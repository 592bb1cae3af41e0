package org.parkwatch.bridge.sim;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.parkwatch.model.secret.SecretFiles;

/**
 * Configuration of the simulator, immutable; build with {@link #builder()} or read with {@link
 * #fromConfig}.
 *
 * @param bindAddress address the OPC UA servers and the control API bind to
 * @param basePort enterprise i (park.json order, from 0) listens on basePort + i; 0: each picks a
 *     free port
 * @param controlPort HTTP control API port; 0: a free port
 * @param tickMs simulation step, ms
 * @param seed random seed of the simulation model
 * @param parkFolder park folder (park.json, tags/, layers/); null: the demo park from the classpath
 * @param pkiDir where server certificates are created on first start and kept
 * @param securityEnabled also offer Basic256Sha256 and Aes256_Sha256_RsaPss (Sign, SignAndEncrypt)
 *     endpoints
 * @param trustAllClients accept any client certificate on secured endpoints (lab convenience, off
 *     by default: a client certificate must be in {@code <pkiDir>/<ENT>/trusted/certs}; unknown
 *     ones land in {@code <pkiDir>/<ENT>/rejected/certs} for {@code ./parkwatch pki trust})
 * @param username the user name accepted besides anonymous
 * @param password its password; null (the default) turns username login off — there is no default
 *     password
 * @param benchTags extra synthetic analogue tags served by an additional enterprise {@code BENCH}
 *     (for throughput benchmarks; 0 = none), see {@link BenchTags}
 */
public record SimulatorOptions(
        String bindAddress,
        int basePort,
        int controlPort,
        int tickMs,
        long seed,
        Path parkFolder,
        Path pkiDir,
        boolean securityEnabled,
        boolean trustAllClients,
        String username,
        String password,
        int benchTags) {

    public static final String DEFAULT_BIND_ADDRESS = "127.0.0.1";
    public static final int DEFAULT_BASE_PORT = 4841;
    public static final int DEFAULT_CONTROL_PORT = 8088;
    public static final int DEFAULT_TICK_MS = 250;
    public static final long DEFAULT_SEED = 20_170_701L;
    public static final Path DEFAULT_PKI_DIR =
            Path.of(System.getProperty("user.home"), ".parkwatch", "sim", "pki");
    public static final String DEFAULT_USERNAME = "parkwatch";

    /**
     * Shortest password accepted for the simulator's user; there is no default password (username
     * login is off).
     */
    public static final int MIN_PASSWORD_LENGTH = 12;

    /**
     * Environment variable prefix; the system property of {@code PARKWATCH_SIM_BASE_PORT} is {@code
     * parkwatch.sim.base-port}.
     */
    public static final String ENV_PREFIX = "PARKWATCH_SIM_";

    public SimulatorOptions {
        List<String> errors = new ArrayList<>();
        if (bindAddress == null || bindAddress.isBlank()) errors.add("bind address is empty");
        if (basePort < 0 || basePort > 65535)
            errors.add("base port " + basePort + " is not in 0..65535");
        if (controlPort < 0 || controlPort > 65535)
            errors.add("control port " + controlPort + " is not in 0..65535");
        if (tickMs < 10 || tickMs > 60_000)
            errors.add("tick " + tickMs + " ms is not in 10..60000");
        if (pkiDir == null) errors.add("PKI folder is not set");
        if (password != null && password.length() < MIN_PASSWORD_LENGTH) {
            errors.add("password must have at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        if (benchTags < 0 || benchTags > BenchTags.MAX_TAGS) {
            errors.add("bench tags " + benchTags + " is not in 0.." + BenchTags.MAX_TAGS);
        }
        if (!errors.isEmpty())
            throw new IllegalArgumentException("simulator options: " + String.join("; ", errors));
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder()
                .bindAddress(bindAddress)
                .basePort(basePort)
                .controlPort(controlPort)
                .tickMs(tickMs)
                .seed(seed)
                .parkFolder(parkFolder)
                .pkiDir(pkiDir)
                .securityEnabled(securityEnabled)
                .trustAllClients(trustAllClients)
                .username(username)
                .password(password)
                .benchTags(benchTags);
    }

    /**
     * Reads {@code PARKWATCH_SIM_BIND}, {@code _BASE_PORT}, {@code _CONTROL_PORT}, {@code
     * _TICK_MS}, {@code _SEED}, {@code _PARK_DIR}, {@code _PKI_DIR}, {@code _SECURITY}, {@code
     * _TRUST_ALL_CLIENTS}, {@code _USER}, {@code _PASSWORD} (or {@code _PASSWORD_FILE}, an
     * owner-only file), {@code _BENCH_TAGS} from system properties ({@code parkwatch.sim.tick-ms}
     * style, winning) or the environment.
     *
     * @throws IllegalArgumentException naming every bad key and value
     */
    public static SimulatorOptions fromConfig(Map<String, String> env, Properties sys) {
        Builder b = builder();
        List<String> errors = new ArrayList<>();
        ConfigReader r = new ConfigReader(env, sys, errors);
        r.text("BIND").ifPresent(b::bindAddress);
        r.integer("BASE_PORT", 0, 65535).ifPresent(b::basePort);
        r.integer("CONTROL_PORT", 0, 65535).ifPresent(b::controlPort);
        r.integer("TICK_MS", 10, 60_000).ifPresent(b::tickMs);
        r.longValue("SEED").ifPresent(b::seed);
        r.text("PARK_DIR").map(Path::of).ifPresent(b::parkFolder);
        r.text("PKI_DIR").map(Path::of).ifPresent(b::pkiDir);
        r.bool("SECURITY").ifPresent(b::securityEnabled);
        r.bool("TRUST_ALL_CLIENTS").ifPresent(b::trustAllClients);
        r.text("USER").ifPresent(b::username);
        r.text("PASSWORD").ifPresent(b::password);
        r.text("PASSWORD_FILE")
                .ifPresent(
                        f -> {
                            try {
                                b.password(SecretFiles.readFirstLine(Path.of(f)));
                            } catch (IOException e) {
                                errors.add(
                                        ENV_PREFIX
                                                + "PASSWORD_FILE='"
                                                + f
                                                + "': "
                                                + e.getMessage());
                            }
                        });
        r.integer("BENCH_TAGS", 0, BenchTags.MAX_TAGS).ifPresent(b::benchTags);
        if (!errors.isEmpty()) throw new IllegalArgumentException(String.join("; ", errors));
        return b.build();
    }

    /** Builder with the {@code DEFAULT_*} values. */
    public static final class Builder {
        private String bindAddress = DEFAULT_BIND_ADDRESS;
        private int basePort = DEFAULT_BASE_PORT;
        private int controlPort = DEFAULT_CONTROL_PORT;
        private int tickMs = DEFAULT_TICK_MS;
        private long seed = DEFAULT_SEED;
        private Path parkFolder;
        private Path pkiDir = DEFAULT_PKI_DIR;
        private boolean securityEnabled = true;
        private boolean trustAllClients = false;
        private String username = DEFAULT_USERNAME;
        private String password;
        private int benchTags;

        public Builder bindAddress(String v) {
            bindAddress = v;
            return this;
        }

        public Builder basePort(int v) {
            basePort = v;
            return this;
        }

        public Builder controlPort(int v) {
            controlPort = v;
            return this;
        }

        public Builder tickMs(int v) {
            tickMs = v;
            return this;
        }

        public Builder seed(long v) {
            seed = v;
            return this;
        }

        public Builder parkFolder(Path v) {
            parkFolder = v;
            return this;
        }

        public Builder pkiDir(Path v) {
            pkiDir = v;
            return this;
        }

        public Builder securityEnabled(boolean v) {
            securityEnabled = v;
            return this;
        }

        public Builder trustAllClients(boolean v) {
            trustAllClients = v;
            return this;
        }

        public Builder username(String v) {
            username = v;
            return this;
        }

        public Builder password(String v) {
            password = v;
            return this;
        }

        public Builder benchTags(int v) {
            benchTags = v;
            return this;
        }

        public SimulatorOptions build() {
            return new SimulatorOptions(
                    bindAddress,
                    basePort,
                    controlPort,
                    tickMs,
                    seed,
                    parkFolder,
                    pkiDir,
                    securityEnabled,
                    trustAllClients,
                    username,
                    password,
                    benchTags);
        }
    }
}
