package org.parkwatch.bridge.client;

import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.DateTime;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;
import org.parkwatch.model.uplink.Sample;

/**
 * Turns an OPC UA DataValue into a park {@link Sample}: Double, Boolean and String values as they
 * are, every other number as a Double, localized text as its text, DateTime as epoch ms (Double),
 * anything else (arrays, structures) as null with status Bad_TypeMismatch so the oddity is visible
 * rather than fatal.
 */
public final class ValueConverter {
    /**
     * Bad_TypeMismatch (OPC UA Part 4, Annex A status codes): the value has a type the park cannot
     * carry.
     */
    static final long BAD_TYPE_MISMATCH = 0x80740000L;

    private ValueConverter() {}

    public static Sample toSample(String tagId, DataValue dv, long nowMs) {
        long status = statusOf(dv.statusCode());
        long time = timeOf(dv.sourceTime(), timeOf(dv.serverTime(), nowMs));
        Variant v = dv.value();
        Object raw = v == null ? null : v.value();
        Object value = convert(raw);
        if (raw != null && value == null) status = BAD_TYPE_MISMATCH;
        return new Sample(tagId, value, time, status);
    }

    /** The value the park carries for {@code raw}, or null when it has no such form. */
    public static Object toParkValue(Object raw) {
        return convert(raw);
    }

    static Object convert(Object raw) {
        if (raw == null) return null;
        if (raw instanceof Double || raw instanceof Boolean || raw instanceof String) return raw;
        if (raw instanceof Number n)
            return n.doubleValue(); // also Milo's UByte/UShort/UInteger/ULong
        if (raw instanceof LocalizedText t) return t.text();
        if (raw instanceof DateTime t) return (double) t.getJavaTime();
        return null;
    }

    static long statusOf(StatusCode code) {
        return code == null ? Sample.GOOD : code.getValue() & 0xFFFFFFFFL;
    }

    static long timeOf(DateTime t, long fallbackMs) {
        return t == null || t.isNull() || t.getUtcTime() <= 0 ? fallbackMs : t.getJavaTime();
    }
}
