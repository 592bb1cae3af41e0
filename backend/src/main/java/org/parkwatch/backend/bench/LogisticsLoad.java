package org.parkwatch.backend.bench;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.core.net.NetClient;
import io.vertx.core.net.NetClientOptions;
import io.vertx.core.net.NetSocket;
import java.net.http.WebSocket;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.parkwatch.model.logistics.jt808.Authentication;
import org.parkwatch.model.logistics.jt808.GeneralResponse;
import org.parkwatch.model.logistics.jt808.Jt808FormatException;
import org.parkwatch.model.logistics.jt808.Jt808Frame;
import org.parkwatch.model.logistics.jt808.Jt808FrameCodec;
import org.parkwatch.model.logistics.jt808.Jt808Header;
import org.parkwatch.model.logistics.jt808.Jt808MessageIds;
import org.parkwatch.model.logistics.jt808.Jt808StreamDecoder;
import org.parkwatch.model.logistics.jt808.LocationReport;
import org.parkwatch.model.logistics.jt808.Registration;
import org.parkwatch.model.logistics.jt808.RegistrationResponse;

/**
 * The load client of {@code ./parkwatch bench logistics}, run by {@link LogisticsBench} in a JVM of
 * its own so that the server's CPU time is the server's alone: {@code --terminals} simulated JT/T
 * 808 terminals on their own TCP connections register, authenticate, then together offer {@code
 * --rate} location reports/s (0x0200 with the mileage and satellite-count items real terminals
 * send) for {@code --warmup} + {@code --seconds}; a WebSocket client on the backend's {@code /ws}
 * times every {@value #PROBE_EVERY}th report of each terminal from the write to the {@code
 * vehicles} push naming that terminal and fix time (both ends in this JVM, one clock).
 *
 * <p>A terminal waits for the platform's acknowledgement (0x8001) of its reports as real ones do:
 * at most {@code --window} unacknowledged reports each; a report due beyond that is not sent and
 * counted as held back, so an overloaded server shows as a sent rate below the offered one instead
 * of an unbounded queue in this client.
 *
 * <p>Talks to the bench on stdout: lines starting with {@code @} are for {@link LogisticsBench}
 * ({@code @ready}, {@code @idle-start}, {@code @idle-end} around {@code --idle} s of silence,
 * {@code @measure-start}, {@code @measure-end}, {@code @result key=value …}). The administrator
 * token comes in the environment variable {@value #TOKEN_ENV}.
 */
public final class LogisticsLoad {
    static final String TOKEN_ENV = "PARKWATCH_BENCH_TOKEN";
    private static final int PROBE_EVERY = 50;

    /** JT/T 808-2019 table 27: 0x01 mileage (DWORD, 1/10 km), 0x31 GNSS satellites (BYTE). */
    private static final int EXTRA_SATELLITES = 0x31;

    private LogisticsLoad() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> o = AlarmLatencyBench.options(args);
        int jt808Port = Integer.parseInt(required(o, "jt808Port"));
        int httpPort = Integer.parseInt(required(o, "httpPort"));
        int seconds = Integer.parseInt(o.getOrDefault("seconds", "20"));
        int warmup = Integer.parseInt(o.getOrDefault("warmup", "5"));
        int rate = Integer.parseInt(o.getOrDefault("rate", "60000"));
        int terminals = Integer.parseInt(o.getOrDefault("terminals", "2000"));
        int window = Integer.parseInt(o.getOrDefault("window", "64"));
        int idle = Integer.parseInt(o.getOrDefault("idle", "5"));
        String token = System.getenv(TOKEN_ENV);
        if (token == null) throw new IllegalStateException(TOKEN_ENV + " is not set");

        Map<String, Long> probes = new ConcurrentHashMap<>();
        List<Double> latenciesMs = Collections.synchronizedList(new ArrayList<>());
        AtomicLong measureFromNs = new AtomicLong(Long.MAX_VALUE);
        WebSocket ws =
                BenchSocket.open(
                        httpPort,
                        token,
                        (m, now) -> {
                            if (!"vehicles".equals(m.getString("type"))) return;
                            JsonArray vs = m.getJsonArray("vehicles");
                            for (int i = 0; i < vs.size(); i++) {
                                JsonObject v = vs.getJsonObject(i);
                                Long sent =
                                        probes.remove(
                                                v.getString("terminal") + "@" + v.getLong("fixMs"));
                                if (sent != null && sent >= measureFromNs.get()) {
                                    latenciesMs.add((now - sent) / 1e6);
                                }
                            }
                        });

        Vertx vertx = Vertx.vertx();
        NetClient net = vertx.createNetClient(new NetClientOptions().setTcpNoDelay(true));
        List<Terminal> fleet = new ArrayList<>();
        for (int i = 0; i < terminals; i++)
            fleet.add(new Terminal(LogisticsBench.phone(i), LogisticsBench.plate(i), window));
        List<Future<Void>> ready = new ArrayList<>();
        for (Terminal t : fleet) ready.add(t.connect(net, jt808Port));
        Future.all(ready).toCompletionStage().toCompletableFuture().get(300, TimeUnit.SECONDS);
        System.out.println("@ready");
        // connected and quiet: the server's CPU now is its background (timers, pushes, other
        // capabilities), which the bench subtracts to get the cost of a report
        System.out.println("@idle-start");
        Thread.sleep(idle * 1000L);
        System.out.println("@idle-end");

        long startMs = Instant.now().toEpochMilli() / 1000 * 1000;
        AtomicInteger next = new AtomicInteger();
        int perTick = Math.max(1, rate / 100);
        long timer =
                vertx.setPeriodic(
                        10,
                        id -> {
                            for (int k = 0; k < perTick; k++) {
                                fleet.get(Math.floorMod(next.getAndIncrement(), terminals))
                                        .report(startMs, probes);
                            }
                        });
        Thread.sleep(warmup * 1000L);
        long sent0 = sum(fleet, true);
        long held0 = sum(fleet, false);
        measureFromNs.set(System.nanoTime());
        System.out.println("@measure-start");
        Thread.sleep(seconds * 1000L);
        System.out.println("@measure-end");
        long sent1 = sum(fleet, true);
        long held1 = sum(fleet, false);
        vertx.cancelTimer(timer);
        Thread.sleep(1500); // the probes of the last reports arrive with the next pushes

        double[] v;
        synchronized (latenciesMs) {
            v = latenciesMs.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        }
        System.out.printf(
                "@result sent=%d held=%d probes=%d p50=%.1f p95=%.1f p99=%.1f max=%.1f%n",
                sent1 - sent0,
                held1 - held0,
                v.length,
                v.length == 0 ? Double.NaN : AlarmLatencyBench.pct(v, 0.5),
                v.length == 0 ? Double.NaN : AlarmLatencyBench.pct(v, 0.95),
                v.length == 0 ? Double.NaN : AlarmLatencyBench.pct(v, 0.99),
                v.length == 0 ? Double.NaN : v[v.length - 1]);
        ws.abort();
        vertx.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        System.exit(0);
    }

    private static String required(Map<String, String> o, String key) {
        String v = o.get(key);
        if (v == null) throw new IllegalArgumentException("--" + key + " is required");
        return v;
    }

    /** Reports sent ({@code sent}) or held back for want of acknowledgements, all terminals. */
    private static long sum(List<Terminal> fleet, boolean sent) {
        long n = 0;
        for (Terminal t : fleet) n += sent ? t.sent.get() : t.held.get();
        return n;
    }

    /** One simulated terminal on its own TCP connection. */
    private static final class Terminal implements Jt808StreamDecoder.Listener {
        private final String phone;
        private final String plate;
        private final int window;
        private final Jt808StreamDecoder decoder = new Jt808StreamDecoder(this);
        private final AtomicLong sent = new AtomicLong();
        private final AtomicLong held = new AtomicLong();
        private final AtomicInteger unacked = new AtomicInteger();
        private NetSocket socket;
        private Promise<Void> ready;
        private int serial;
        private int authSerial = -1;
        private long reports;

        Terminal(String phone, String plate, int window) {
            this.phone = phone;
            this.plate = plate;
            this.window = window;
        }

        Future<Void> connect(NetClient net, int port) {
            ready = Promise.promise();
            net.connect(port, "127.0.0.1")
                    .onFailure(ready::fail)
                    .onSuccess(
                            s -> {
                                socket = s;
                                s.handler(b -> decoder.feed(b.getBytes()));
                                send(
                                        Jt808MessageIds.TERMINAL_REGISTRATION,
                                        new Registration(41, 100, "PWSIM", "PW-B", phone, 2, plate)
                                                .encode(true));
                            });
            return ready.future();
        }

        /** Called on the timer's thread; the socket's own thread decrements {@code unacked}. */
        void report(long startMs, Map<String, Long> probes) {
            if (socket == null) return;
            if (unacked.get() >= window) {
                held.incrementAndGet();
                return;
            }
            long fixMs = startMs + ++reports * 1000;
            LocationReport r =
                    new LocationReport(
                            0,
                            1L << LocationReport.STATUS_POSITIONED,
                            35.2425 + (reports % 100) * 1e-5,
                            113.9400 + (reports % 100) * 1e-5,
                            90,
                            30.0,
                            45,
                            Instant.ofEpochMilli(fixMs),
                            Map.of(
                                    LocationReport.EXTRA_MILEAGE,
                                    new byte[] {0, 1, (byte) (reports >> 8), (byte) reports},
                                    EXTRA_SATELLITES,
                                    new byte[] {12}));
            if (reports % PROBE_EVERY == 0) probes.put(phone + "@" + fixMs, System.nanoTime());
            unacked.incrementAndGet();
            sent.incrementAndGet();
            send(Jt808MessageIds.LOCATION_REPORT, r.encode());
        }

        private int send(int id, byte[] body) {
            serial = (serial + 1) & 0xffff;
            socket.write(
                    Buffer.buffer(Jt808FrameCodec.encode(Jt808Header.of(id, phone, serial), body)));
            return serial;
        }

        @Override
        public void frame(Jt808Frame f) {
            try {
                if (f.messageId() == Jt808MessageIds.REGISTRATION_RESPONSE) {
                    RegistrationResponse r = RegistrationResponse.decode(f.body());
                    if (r.result() != RegistrationResponse.SUCCESS) {
                        ready.tryFail("registration refused: " + r.result());
                        return;
                    }
                    authSerial =
                            send(
                                    Jt808MessageIds.TERMINAL_AUTHENTICATION,
                                    new Authentication(r.authCode(), "860000000000000", "bench")
                                            .encode(true));
                } else if (f.messageId() == Jt808MessageIds.PLATFORM_GENERAL_RESPONSE) {
                    GeneralResponse g = GeneralResponse.decode(f.body());
                    if (g.replyMessageId() == Jt808MessageIds.LOCATION_REPORT) {
                        unacked.decrementAndGet();
                    } else if (g.replySerial() == authSerial && authSerial >= 0) {
                        authSerial = -1;
                        if (g.result() == GeneralResponse.OK) ready.tryComplete();
                        else ready.tryFail("authentication refused");
                    }
                }
            } catch (Jt808FormatException e) {
                ready.tryFail(e);
            }
        }

        @Override
        public void refused(Jt808FormatException problem) {
            ready.tryFail(problem);
        }
    }
}
