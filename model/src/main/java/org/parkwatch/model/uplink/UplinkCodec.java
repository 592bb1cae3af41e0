package org.parkwatch.model.uplink;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Encodes and decodes the uplink payload (JSON, UTF-8). Format, version 1:
 *
 * <pre>
 * {"v":1,"enterprise":"E01","bridge":"E01-B1","epoch":"5f0c9a…","seq":42,"sentMs":1764300000000,
 *  "samples":[["E01.TK101.LT",12.34,1764299999950,0], ["E01.SIS1.TRIP",true,1764299999950,0], ...]}
 * </pre>
 *
 * Each sample is {@code [tagId, value, sourceTimeMs, status]}: value is a number, boolean, string
 * or null; status is the OPC UA StatusCode as an unsigned 32-bit integer (0 = Good). {@code epoch}
 * (the spool's sequence epoch, {@link UplinkBatch#epoch}) is optional: a payload without it decodes
 * as before, and a reader of before ignores it. Status messages: {@code
 * {"v":1,"enterprise":..,"bridge":..,"state":"online","ms":..,"serversUp":1,"servers":1}}. Decoding
 * is a streaming parse that names the first thing wrong (field, sample index) and never
 * half-accepts a batch.
 */
public final class UplinkCodec {
    public static final int VERSION = 1;

    /** Default largest payload accepted, bytes. */
    public static final int DEFAULT_MAX_PAYLOAD_BYTES = 4 * 1024 * 1024;

    /** Default largest number of samples in one batch. */
    public static final int DEFAULT_MAX_SAMPLES = 50_000;

    /**
     * Doubles are read and written by Jackson's fast paths (FastDoubleParser, Schubfach; exact, as
     * the JDK's): the JDK's parser took the slow big-integer path for most readings a bridge sends
     * (17 significant digits), and that was the larger part of decoding a batch in a profile of
     * {@code bench store}'s live load (issue 13).
     */
    private static final JsonFactory JSON =
            JsonFactory.builder()
                    .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER)
                    .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
                    .build();

    private final int maxPayloadBytes;
    private final int maxSamples;

    public UplinkCodec() {
        this(DEFAULT_MAX_PAYLOAD_BYTES, DEFAULT_MAX_SAMPLES);
    }

    public UplinkCodec(int maxPayloadBytes, int maxSamples) {
        this.maxPayloadBytes = maxPayloadBytes;
        this.maxSamples = maxSamples;
    }

    public byte[] encode(UplinkBatch batch) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 + batch.samples().size() * 48);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeNumberField("v", VERSION);
            g.writeStringField("enterprise", batch.enterpriseId());
            g.writeStringField("bridge", batch.bridgeId());
            if (batch.epoch() != null) g.writeStringField("epoch", batch.epoch());
            g.writeNumberField("seq", batch.seq());
            g.writeNumberField("sentMs", batch.sentMs());
            g.writeArrayFieldStart("samples");
            for (Sample s : batch.samples()) {
                g.writeStartArray();
                g.writeString(s.tagId());
                Object v = s.value();
                if (v == null) g.writeNull();
                else if (v instanceof Double d) writeDouble(g, d);
                else if (v instanceof Boolean b) g.writeBoolean(b);
                else g.writeString((String) v);
                g.writeNumber(s.sourceTimeMs());
                g.writeNumber(s.status());
                g.writeEndArray();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void writeDouble(JsonGenerator g, double d) throws IOException {
        if (Double.isFinite(d)) g.writeNumber(d);
        else g.writeNull(); // JSON has no NaN/Infinity; a non-finite reading is no reading
    }

    public UplinkBatch decode(byte[] payload) throws UplinkFormatException {
        if (payload.length > maxPayloadBytes) {
            throw new UplinkFormatException(
                    "payload of "
                            + payload.length
                            + " bytes exceeds the limit of "
                            + maxPayloadBytes
                            + " bytes");
        }
        try (JsonParser p = JSON.createParser(payload)) {
            expect(p, JsonToken.START_OBJECT, "payload must be a JSON object");
            Integer version = null;
            String enterprise = null, bridge = null, epoch = null;
            long seq = -1, sentMs = 0;
            List<Sample> samples = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken t = p.nextToken();
                switch (field) {
                    case "v" -> version = intField(p, t, "v");
                    case "enterprise" -> enterprise = stringField(p, t, "enterprise");
                    case "bridge" -> bridge = stringField(p, t, "bridge");
                    case "epoch" -> epoch = stringField(p, t, "epoch");
                    case "seq" -> seq = longField(p, t, "seq");
                    case "sentMs" -> sentMs = longField(p, t, "sentMs");
                    case "samples" -> samples = samples(p, t);
                    default -> p.skipChildren();
                }
            }
            if (version == null || version != VERSION) {
                throw new UplinkFormatException(
                        "field 'v' must be " + VERSION + ", was " + version);
            }
            if (samples == null) throw new UplinkFormatException("field 'samples' is missing");
            if (seq < 0) throw new UplinkFormatException("field 'seq' is missing or negative");
            try {
                return new UplinkBatch(enterprise, bridge, seq, sentMs, samples, epoch);
            } catch (IllegalArgumentException e) {
                throw new UplinkFormatException(e.getMessage());
            }
        } catch (JsonProcessingException e) {
            throw new UplinkFormatException(
                    "malformed JSON: "
                            + e.getOriginalMessage()
                            + " at byte "
                            + e.getLocation().getByteOffset());
        } catch (IOException e) {
            throw new UplinkFormatException("unreadable payload: " + e.getMessage(), e);
        }
    }

    private List<Sample> samples(JsonParser p, JsonToken t)
            throws IOException, UplinkFormatException {
        if (t != JsonToken.START_ARRAY)
            throw new UplinkFormatException("field 'samples' must be an array");
        List<Sample> out = new ArrayList<>();
        int i = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            if (i >= maxSamples) {
                throw new UplinkFormatException(
                        "more than " + maxSamples + " samples in one batch");
            }
            out.add(sample(p, i++));
        }
        return out;
    }

    private static Sample sample(JsonParser p, int index)
            throws IOException, UplinkFormatException {
        String where = "samples[" + index + "]";
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw new UplinkFormatException(
                    where + " must be an array [tagId, value, sourceTimeMs, status]");
        }
        if (p.nextToken() != JsonToken.VALUE_STRING || p.getText().isEmpty()) {
            throw new UplinkFormatException(where + "[0] (tagId) must be a non-empty string");
        }
        String tagId = p.getText();
        JsonToken vt = p.nextToken();
        Object value =
                switch (vt) {
                    case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> p.getDoubleValue();
                    case VALUE_TRUE -> Boolean.TRUE;
                    case VALUE_FALSE -> Boolean.FALSE;
                    case VALUE_STRING -> p.getText();
                    case VALUE_NULL -> null;
                    default ->
                            throw new UplinkFormatException(
                                    where
                                            + "[1] (value of "
                                            + tagId
                                            + ") must be a number, boolean, string or null");
                };
        if (p.nextToken() != JsonToken.VALUE_NUMBER_INT) {
            throw new UplinkFormatException(
                    where + "[2] (sourceTimeMs of " + tagId + ") must be an integer");
        }
        long ts = p.getLongValue();
        if (p.nextToken() != JsonToken.VALUE_NUMBER_INT) {
            throw new UplinkFormatException(
                    where + "[3] (status of " + tagId + ") must be an integer");
        }
        long status = p.getLongValue();
        if (status < 0 || status > 0xFFFFFFFFL) {
            throw new UplinkFormatException(
                    where + "[3] (status of " + tagId + ") must be an unsigned 32-bit value");
        }
        if (p.nextToken() != JsonToken.END_ARRAY) {
            throw new UplinkFormatException(where + " has more than 4 elements");
        }
        return new Sample(tagId, value, ts, status);
    }

    public byte[] encodeStatus(FeedStatus s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(160);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeNumberField("v", VERSION);
            g.writeStringField("enterprise", s.enterpriseId());
            g.writeStringField("bridge", s.bridgeId());
            g.writeStringField("state", s.state());
            g.writeNumberField("ms", s.ms());
            g.writeNumberField("serversUp", s.serversUp());
            g.writeNumberField("servers", s.servers());
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public FeedStatus decodeStatus(byte[] payload) throws UplinkFormatException {
        if (payload.length > 4096)
            throw new UplinkFormatException("status payload larger than 4096 bytes");
        try (JsonParser p = JSON.createParser(payload)) {
            expect(p, JsonToken.START_OBJECT, "status payload must be a JSON object");
            String enterprise = null, bridge = null, state = null;
            long ms = 0;
            int up = 0, all = 0;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken t = p.nextToken();
                switch (field) {
                    case "enterprise" -> enterprise = stringField(p, t, field);
                    case "bridge" -> bridge = stringField(p, t, field);
                    case "state" -> state = stringField(p, t, field);
                    case "ms" -> ms = longField(p, t, field);
                    case "serversUp" -> up = intField(p, t, field);
                    case "servers" -> all = intField(p, t, field);
                    default -> p.skipChildren();
                }
            }
            if (!FeedStatus.ONLINE.equals(state)
                    && !FeedStatus.OFFLINE.equals(state)
                    && !FeedStatus.LOST.equals(state)) {
                throw new UplinkFormatException(
                        "field 'state' must be online, offline or lost, was " + state);
            }
            return new FeedStatus(enterprise, bridge, state, ms, up, all);
        } catch (JsonProcessingException e) {
            throw new UplinkFormatException("malformed JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UplinkFormatException("unreadable payload: " + e.getMessage(), e);
        }
    }

    private static void expect(JsonParser p, JsonToken token, String message)
            throws IOException, UplinkFormatException {
        if (p.nextToken() != token) throw new UplinkFormatException(message);
    }

    private static String stringField(JsonParser p, JsonToken t, String name)
            throws IOException, UplinkFormatException {
        if (t != JsonToken.VALUE_STRING)
            throw new UplinkFormatException("field '" + name + "' must be a string");
        return p.getText();
    }

    private static long longField(JsonParser p, JsonToken t, String name)
            throws IOException, UplinkFormatException {
        if (t != JsonToken.VALUE_NUMBER_INT)
            throw new UplinkFormatException("field '" + name + "' must be an integer");
        return p.getLongValue();
    }

    private static int intField(JsonParser p, JsonToken t, String name)
            throws IOException, UplinkFormatException {
        if (t != JsonToken.VALUE_NUMBER_INT)
            throw new UplinkFormatException("field '" + name + "' must be an integer");
        return p.getIntValue();
    }
}
