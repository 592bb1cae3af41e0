package org.parkwatch.backend.logistics;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.parkwatch.model.logistics.jt808.Jt808FormatException;
import org.parkwatch.model.logistics.jt808.Jt808Frame;
import org.parkwatch.model.logistics.jt808.Jt808FrameCodec;
import org.parkwatch.model.logistics.jt808.Jt808Header;
import org.parkwatch.model.logistics.jt808.Jt808StreamDecoder;

/**
 * A vehicle terminal over a real TCP socket: sends frames, reads the platform's replies in order.
 */
final class TerminalClient implements AutoCloseable {
    private final Socket socket;
    private final BlockingQueue<Jt808Frame> replies = new LinkedBlockingQueue<>();
    private int serial;

    TerminalClient(int port) throws IOException {
        socket = new Socket("127.0.0.1", port);
        socket.setTcpNoDelay(true);
        Thread reader = new Thread(this::read, "terminal-reader");
        reader.setDaemon(true);
        reader.start();
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
                                throw new AssertionError("platform sent a bad frame: " + problem);
                            }
                        });
        byte[] buf = new byte[4096];
        try (InputStream in = socket.getInputStream()) {
            int n;
            while ((n = in.read(buf)) > 0) decoder.feed(buf, 0, n);
        } catch (IOException e) {
            // closed
        }
    }

    /** Sends a message as {@code phone}; returns its serial. */
    int send(String phone, int messageId, byte[] body) throws IOException {
        int s = ++serial;
        raw(Jt808FrameCodec.encode(Jt808Header.of(messageId, phone, s), body));
        return s;
    }

    void raw(byte[] bytes) throws IOException {
        socket.getOutputStream().write(bytes);
        socket.getOutputStream().flush();
    }

    Jt808Frame reply() throws InterruptedException {
        Jt808Frame f = replies.poll(10, TimeUnit.SECONDS);
        if (f == null) throw new AssertionError("no reply from the platform within 10 s");
        return f;
    }

    boolean closedByPeer() throws InterruptedException {
        for (int i = 0; i < 50; i++) {
            try {
                socket.getOutputStream().write(new byte[] {0x7e});
                socket.getOutputStream().flush();
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
