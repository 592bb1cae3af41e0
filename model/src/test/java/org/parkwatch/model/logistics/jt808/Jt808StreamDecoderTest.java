package org.parkwatch.model.logistics.jt808;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Malformed frames cost only themselves: the good frames around them still arrive, in order. */
class Jt808StreamDecoderTest {
    private final List<Integer> serials = new ArrayList<>();
    private final List<Jt808FormatException.Reason> refused = new ArrayList<>();
    private final Jt808StreamDecoder decoder =
            new Jt808StreamDecoder(
                    new Jt808StreamDecoder.Listener() {
                        @Override
                        public void frame(Jt808Frame frame) {
                            serials.add(frame.header().serial());
                        }

                        @Override
                        public void refused(Jt808FormatException problem) {
                            refused.add(problem.reason());
                        }
                    });

    private static byte[] heartbeat(int serial) {
        return Jt808FrameCodec.encode(
                Jt808Header.of(Jt808MessageIds.HEARTBEAT, "13912345678", serial), new byte[0]);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    @Test
    void badCheckCodeIsRefusedAndNeighboursArrive() {
        byte[] bad = heartbeat(2);
        bad[bad.length - 2] ^= 0x01; // corrupt the check code (not a flag or escape value)
        decoder.feed(concat(heartbeat(1), bad, heartbeat(3)));
        assertEquals(List.of(1, 3), serials);
        assertEquals(List.of(Jt808FormatException.Reason.BAD_CHECK_CODE), refused);
    }

    @Test
    void truncatedFrameWithoutEndFlagDoesNotSwallowTheNextFrame() {
        byte[] cut = heartbeat(2);
        byte[] truncated = Arrays.copyOf(cut, 9); // start flag and part of the header
        decoder.feed(concat(heartbeat(1), truncated, heartbeat(3), heartbeat(4)));
        assertEquals(List.of(1, 3, 4), serials);
        assertEquals(1, refused.size());
    }

    @Test
    void badEscapeIsRefused() {
        byte[] badEscape = HexFormat.of().parseHex("7e00027d037e");
        decoder.feed(concat(badEscape, heartbeat(5)));
        assertEquals(List.of(5), serials);
        assertEquals(List.of(Jt808FormatException.Reason.BAD_ESCAPE), refused);
    }

    @Test
    void oversizedRunIsDroppedOnceWithBoundedMemory() {
        byte[] junk = new byte[Jt808StreamDecoder.MAX_ESCAPED_BYTES * 3];
        Arrays.fill(junk, (byte) 0x11);
        decoder.feed(concat(heartbeat(1), new byte[] {0x7e}, junk, heartbeat(2)));
        assertEquals(List.of(1, 2), serials);
        assertEquals(List.of(Jt808FormatException.Reason.OVERSIZED), refused);
        assertEquals(0, decoder.pendingBytes());
    }

    @Test
    void framesSplitAcrossReadsAreJoined() {
        byte[] stream = concat(heartbeat(0x7e7d), heartbeat(9));
        for (byte b : stream) {
            decoder.feed(new byte[] {b});
        }
        assertEquals(List.of(0x7e7d, 9), serials);
        assertEquals(List.of(), refused);
    }
}
