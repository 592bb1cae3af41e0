package org.parkwatch.model.uplink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class UplinkCodecTest {
    private final UplinkCodec codec = new UplinkCodec();

    @Test
    void batchRoundTripsWithEveryValueType() throws Exception {
        UplinkBatch in =
                new UplinkBatch(
                        "E01",
                        "E01-B1",
                        42,
                        1_700_000_000_123L,
                        List.of(
                                new Sample("E01.TK101.LT", 12.5, 1_700_000_000_000L, Sample.GOOD),
                                new Sample("E01.SIS1.TRIP", true, 1_700_000_000_001L, Sample.GOOD),
                                new Sample("E01.X.S", "RUN", 1_700_000_000_002L, 0x40000000L),
                                new Sample(
                                        "E01.TK102.LT",
                                        null,
                                        1_700_000_000_003L,
                                        Sample.BAD_NO_COMMUNICATION)));
        UplinkBatch out = codec.decode(codec.encode(in));
        assertEquals(in, out);
        assertTrue(out.samples().get(3).isBad());
        assertEquals(1.0, out.samples().get(1).numeric());
    }

    @Test
    void nonFiniteNumbersTravelAsNull() throws Exception {
        UplinkBatch in =
                new UplinkBatch("E01", "B", 1, 0, List.of(Sample.of("E01.A", Double.NaN, 5)));
        assertNull(codec.decode(codec.encode(in)).samples().get(0).value());
    }

    @Test
    void malformedJsonNamesTheOffset() {
        byte[] bad =
                "{\"v\":1,\"enterprise\":\"E01\",\"bridge\":\"B\",\"seq\":1,\"samples\":[[\"E01.A\",1,2,0]"
                        .getBytes(StandardCharsets.UTF_8);
        UplinkFormatException e =
                assertThrows(UplinkFormatException.class, () -> codec.decode(bad));
        assertTrue(e.getMessage().startsWith("malformed JSON"), e.getMessage());
    }

    @Test
    void badSampleIsNamedByIndexAndTag() {
        byte[] bad =
                ("{\"v\":1,\"enterprise\":\"E01\",\"bridge\":\"B\",\"seq\":1,\"samples\":"
                                + "[[\"E01.A\",1,2,0],[\"E01.B\",{},2,0]]}")
                        .getBytes(StandardCharsets.UTF_8);
        UplinkFormatException e =
                assertThrows(UplinkFormatException.class, () -> codec.decode(bad));
        assertEquals(
                "samples[1][1] (value of E01.B) must be a number, boolean, string or null",
                e.getMessage());
    }

    @Test
    void missingSeqAndWrongVersionAreRefused() {
        assertThrows(
                UplinkFormatException.class,
                () ->
                        codec.decode(
                                "{\"v\":1,\"enterprise\":\"E01\",\"bridge\":\"B\",\"samples\":[]}"
                                        .getBytes(StandardCharsets.UTF_8)));
        UplinkFormatException e =
                assertThrows(
                        UplinkFormatException.class,
                        () ->
                                codec.decode(
                                        "{\"v\":2,\"enterprise\":\"E01\",\"bridge\":\"B\",\"seq\":1,\"samples\":[]}"
                                                .getBytes(StandardCharsets.UTF_8)));
        assertEquals("field 'v' must be 1, was 2", e.getMessage());
    }

    @Test
    void invalidEnterpriseIdIsRefused() {
        UplinkFormatException e =
                assertThrows(
                        UplinkFormatException.class,
                        () ->
                                codec.decode(
                                        "{\"v\":1,\"enterprise\":\"E0/1\",\"bridge\":\"B\",\"seq\":1,\"samples\":[]}"
                                                .getBytes(StandardCharsets.UTF_8)));
        assertTrue(e.getMessage().contains("enterpriseId"), e.getMessage());
    }

    @Test
    void oversizedPayloadAndTooManySamplesAreRefused() {
        UplinkCodec small = new UplinkCodec(100, 2);
        List<Sample> many = new ArrayList<>();
        for (int i = 0; i < 3; i++) many.add(Sample.of("E.T" + i, i, i));
        byte[] three = codec.encode(new UplinkBatch("E", "B", 1, 0, many));
        assertTrue(
                assertThrows(UplinkFormatException.class, () -> small.decode(three))
                        .getMessage()
                        .contains("exceeds the limit of 100 bytes"));
        UplinkCodec twoSamples = new UplinkCodec(10_000, 2);
        assertEquals(
                "more than 2 samples in one batch",
                assertThrows(UplinkFormatException.class, () -> twoSamples.decode(three))
                        .getMessage());
    }

    @Test
    void statusRoundTripsAndRejectsUnknownState() throws Exception {
        FeedStatus s = new FeedStatus("E01", "E01-B1", FeedStatus.LOST, 99, 0, 1);
        assertEquals(s, codec.decodeStatus(codec.encodeStatus(s)));
        assertThrows(
                UplinkFormatException.class,
                () ->
                        codec.decodeStatus(
                                "{\"v\":1,\"enterprise\":\"E01\",\"bridge\":\"B\",\"state\":\"zombie\"}"
                                        .getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void topicsParseOnlyUplinkShapes() {
        UplinkTopics.Parsed p = UplinkTopics.parse(UplinkTopics.samples("E01", "E01-B1"));
        assertEquals(new UplinkTopics.Parsed("E01", "E01-B1", "samples"), p);
        assertTrue(p.isSamples());
        assertNull(UplinkTopics.parse("parkwatch/v1/E01/B/other"));
        assertNull(UplinkTopics.parse("parkwatch/v1/E01/samples"));
        assertNull(UplinkTopics.parse("other/v1/E01/B/samples"));
    }
}
