package org.parkwatch.backend.history.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class BitOutputTest {
    @Test
    void fieldsOfEveryWidthReadBackInOrderAcrossWordEdges() {
        Random rnd = new Random(7);
        int fields = 5_000;
        long[] values = new long[fields];
        int[] widths = new int[fields];
        BitOutput out = new BitOutput(8); // grows several times
        long bits = 0;
        for (int i = 0; i < fields; i++) {
            widths[i] = rnd.nextInt(65); // 0..64
            values[i] = rnd.nextLong(); // bits above the width must be ignored
            if (rnd.nextInt(4) == 0) {
                out.bit((int) (values[i] & 1));
                widths[i] = -1;
                bits++;
            } else {
                out.bits(values[i], widths[i]);
                bits += widths[i];
            }
        }
        assertEquals(bits, out.bitLength());
        byte[] bytes = out.toByteArray();
        assertEquals((bits + 7) / 8, bytes.length);
        BitInput in = new BitInput(bytes, 0, bytes.length);
        for (int i = 0; i < fields; i++) {
            if (widths[i] < 0) {
                assertEquals(values[i] & 1, in.bit(), "bit field " + i);
            } else {
                long mask = widths[i] == 64 ? -1L : (1L << widths[i]) - 1;
                assertEquals(values[i] & mask, in.bits(widths[i]), "field " + i);
            }
        }
    }

    @Test
    void appendedStreamsContinueBitForBit() {
        BitOutput a = new BitOutput(), b = new BitOutput();
        a.bits(0b101, 3);
        for (int i = 0; i < 70; i++) b.bits(i, 7); // 490 bits: several whole words and a rest
        a.append(b);
        assertEquals(3 + 490, a.bitLength());
        byte[] bytes = a.toByteArray();
        BitInput in = new BitInput(bytes, 0, bytes.length);
        assertEquals(0b101, in.bits(3));
        for (int i = 0; i < 70; i++) assertEquals(i, in.bits(7));
    }
}
