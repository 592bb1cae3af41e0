package org.parkwatch.model.logistics.jt808;

/**
 * Cuts a TCP byte stream into frames. Every 0x7e ends the bytes gathered so far and starts new
 * ones, so a truncated or corrupt frame costs only itself: the next frame's start flag
 * resynchronises the stream and its good frames still arrive. A run of bytes longer than any legal
 * frame is dropped up to the next flag and reported once as {@link
 * Jt808FormatException.Reason#OVERSIZED}; memory stays bounded.
 *
 * <p>Not thread-safe: one decoder per connection, fed from that connection's event loop.
 */
public final class Jt808StreamDecoder {
    /**
     * Largest escaped frame content: a 2019 header with sub-package (21), 1023 body bytes, check
     * code.
     */
    public static final int MAX_ESCAPED_BYTES = 2 * (21 + Jt808FrameCodec.MAX_BODY_BYTES + 1);

    /** What the decoder found. */
    public interface Listener {
        void frame(Jt808Frame frame);

        void refused(Jt808FormatException problem);
    }

    private final Listener listener;
    private final byte[] buffer = new byte[MAX_ESCAPED_BYTES];
    private int size;
    private boolean inFrame;
    private boolean overflow;

    public Jt808StreamDecoder(Listener listener) {
        this.listener = listener;
    }

    /**
     * Feeds {@code length} bytes from {@code offset}; frames and refusals are reported as they end.
     */
    public void feed(byte[] bytes, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            byte b = bytes[i];
            if ((b & 0xff) == Jt808Escaping.FLAG) {
                endFrame();
                inFrame = true;
            } else if (inFrame && !overflow) {
                if (size == buffer.length) {
                    overflow = true;
                } else {
                    buffer[size++] = b;
                }
            }
        }
    }

    /** Feeds a whole array. */
    public void feed(byte[] bytes) {
        feed(bytes, 0, bytes.length);
    }

    private void endFrame() {
        try {
            if (overflow) {
                listener.refused(
                        new Jt808FormatException(
                                Jt808FormatException.Reason.OVERSIZED,
                                "more than " + MAX_ESCAPED_BYTES + " bytes without an end flag"));
            } else if (size > 0) {
                decode();
            }
        } finally {
            size = 0;
            overflow = false;
        }
    }

    private void decode() {
        Jt808Frame frame;
        try {
            // unescaped where it lies: the buffer is this decoder's and is refilled after this
            // frame
            frame =
                    Jt808FrameCodec.decode(
                            buffer, 0, Jt808Escaping.unescapeInPlace(buffer, 0, size));
        } catch (Jt808FormatException e) {
            listener.refused(e);
            return;
        }
        listener.frame(frame);
    }

    /** Bytes held of an unfinished frame (for tests and metrics). */
    public int pendingBytes() {
        return size;
    }
}
