package org.parkwatch.bridge.client;

import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.uint;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.DateTime;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;
import org.junit.jupiter.api.Test;
import org.parkwatch.model.uplink.Sample;

class ValueConverterTest {
    private static final long NOW = 1_764_300_000_000L;
    private static final DateTime T = new DateTime(Instant.ofEpochMilli(NOW - 500));

    private static Sample convert(Object value, StatusCode status, DateTime source) {
        return ValueConverter.toSample(
                "E.T", new DataValue(new Variant(value), status, source, null), NOW);
    }

    @Test
    void numbersOfEveryTypeBecomeDoubles() {
        assertEquals(new Sample("E.T", 7.0, NOW - 500, 0), convert(7, StatusCode.GOOD, T));
        assertEquals(4_000_000_000.0, convert(uint(4_000_000_000L), StatusCode.GOOD, T).value());
        assertEquals(1.5, convert(1.5f, StatusCode.GOOD, T).value());
    }

    @Test
    void textAndBooleansKeepTheirType() {
        assertEquals(Boolean.TRUE, convert(true, StatusCode.GOOD, T).value());
        assertEquals("RUN", convert("RUN", StatusCode.GOOD, T).value());
        assertEquals("运行", convert(LocalizedText.english("运行"), StatusCode.GOOD, T).value());
    }

    @Test
    void unsupportedTypesArriveAsNullWithTypeMismatch() {
        Sample s = convert(new double[] {1, 2}, StatusCode.GOOD, T);
        assertEquals(null, s.value());
        assertEquals(ValueConverter.BAD_TYPE_MISMATCH, s.status());
    }

    @Test
    void nullValueAndBadStatusPassThrough() {
        Sample s = convert(null, new StatusCode(StatusCodes.Bad_SensorFailure), T);
        assertEquals(null, s.value());
        assertEquals(StatusCodes.Bad_SensorFailure, s.status());
    }

    @Test
    void missingSourceTimeFallsBackToTheBridgeClock() {
        assertEquals(NOW, convert(1.0, StatusCode.GOOD, null).sourceTimeMs());
    }
}
