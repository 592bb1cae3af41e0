package org.parkwatch.bridge.trucks;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
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
 * One vehicle terminal on a blocking TCP connection: registers (0x0100) to get its authentication
 * code, authenticates (0x0102), then reports positions (0x0200) and heartbeats, reading the
 * platform's replies in order. Frames the platform sends are checked by the same decoder the server
 * uses.
 */
public final class TruckTerminal implements AutoCloseable {
    /** How long a reply may take before the terminal gives up on it. */
    public static final long REPLY_TIMEOUT_S = 10;

    private final String phone;
    private final Socket socket;
    private final OutputStream out;
    private final BlockingQueue<Jt808Frame> replies = new LinkedBlockingQueue<>();
    private int serial;

    public TruckTerminal(String host, int port, String phone) throws IOException {
        this.phone = phone;
        this.socket = new Socket(host, port);
        socket.setTcpNoDelay(true);
        this.out = socket.getOutputStream();
        Thread reader = new Thread(this::read, "jt808-terminal-" + phone);
        reader.setDaemon(true);
        reader.start();
    }

    public String phone() {
        return phone;
    }

    private void read() {
        Jt808StreamDecoder decoder =
                new Jt808StreamDecoder(
                        new Jt808StreamDecoder.Listener() {
                            @Override
                            public void frame(Jt808Frame frame) {
                                replies.add(frame);
                            }

                            @Override
                            public void refused(Jt808FormatException problem) {
                                System.err.println("terminal " + phone + ": bad frame " + problem);
                            }
                        });
        byte[] buf = new byte[4096];
        try (InputStream in = socket.getInputStream()) {
            int n;
            while ((n = in.read(buf)) > 0) decoder.feed(buf, 0, n);
        } catch (IOException e) {
            // closed by either side
        }
    }

    /** Sends a message naming {@code asPhone} (normally this terminal's own number); its serial. */
    public synchronized int send(String asPhone, int messageId, byte[] body) throws IOException {
        serial = (serial + 1) & 0xffff;
        raw(Jt808FrameCodec.encode(Jt808Header.of(messageId, asPhone, serial), body));
        return serial;
    }

    public int send(int messageId, byte[] body) throws IOException {
        return send(phone, messageId, body);
    }

    /** Writes bytes as they are (tests send broken frames with it). */
    public synchronized void raw(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
    }

    /** The platform's next reply. */
    public Jt808Frame reply() throws IOException {
        try {
            Jt808Frame f = replies.poll(REPLY_TIMEOUT_S, TimeUnit.SECONDS);
            if (f == null) throw new IOException("no reply within " + REPLY_TIMEOUT_S + " s");
            return f;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted waiting for a reply", e);
        }
    }

    /** The platform's general response to the message with {@code serial}; its result code. */
    public int resultOf(int serial) throws IOException {
        try {
            Jt808Frame f = reply();
            GeneralResponse r = GeneralResponse.decode(f.body());
            if (f.messageId() != Jt808MessageIds.PLATFORM_GENERAL_RESPONSE
                    || r.replySerial() != serial) {
                throw new IOException("expected the response to serial " + serial + ", got " + r);
            }
            return r.result();
        } catch (Jt808FormatException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** Registers with {@code plate}; the platform's response (its code on success). */
    public RegistrationResponse register(String plate) throws IOException {
        send(
                Jt808MessageIds.TERMINAL_REGISTRATION,
                new Registration(41, 100, "PWSIM", "PW-T1", phone, 2, plate).encode(true));
        try {
            return RegistrationResponse.decode(reply().body());
        } catch (Jt808FormatException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** Authenticates; the result code of the platform's general response. */
    public int authenticate(String code) throws IOException {
        int s =
                send(
                        Jt808MessageIds.TERMINAL_AUTHENTICATION,
                        new Authentication(code, "860000000000001", "pw-sim").encode(true));
        return resultOf(s);
    }

    /** Reports one position; the result code of the platform's general response. */
    public int report(LocationReport r) throws IOException {
        return resultOf(send(Jt808MessageIds.LOCATION_REPORT, r.encode()));
    }

    /** Whether the platform closed the connection (probes by writing for up to 5 s). */
    public boolean closedByPeer() throws InterruptedException {
        for (int i = 0; i < 50; i++) {
            try {
                raw(new byte[] {0x7e});
            } catch (IOException e) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
