package org.parkwatch.backend.live;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.function.Predicate;
import org.parkwatch.model.park.TagDefinition;
import org.parkwatch.model.park.TagLimits;

/**
 * Writes the API's JSON shapes of live state with a streaming generator (no intermediate trees):
 * TagValue {@code {"id","v","ts","rx","q","stale"}}, the full tag of /api/tags and the Feed of
 * /api/feeds.
 */
public final class LiveJson {
    /**
     * Doubles are written by Jackson's fast path (Schubfach: the shortest text that reads back as
     * the same double, as the JDK's), as the uplink codec reads and writes them.
     */
    private static final JsonFactory JSON =
            JsonFactory.builder().enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER).build();

    private LiveJson() {}

    /** Something that writes into a generator. */
    @FunctionalInterface
    public interface Writer {
        void write(JsonGenerator g) throws IOException;
    }

    public static String render(Writer w) {
        StringWriter out = new StringWriter(256);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            w.write(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** {@code {"id","v","ts","rx","q","stale"}}; ts and rx are null before the first value. */
    public static void writeTagValue(JsonGenerator g, TagState t) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", t.definition().id());
        writeLiveFields(g, t);
        g.writeEndObject();
    }

    private static void writeLiveFields(JsonGenerator g, TagState t) throws IOException {
        g.writeFieldName("v");
        Object v = t.value();
        if (v instanceof Double d && Double.isFinite(d)) g.writeNumber(d);
        else if (v instanceof Boolean b) g.writeBoolean(b);
        else if (v instanceof String s) g.writeString(s);
        else g.writeNull();
        writeMs(g, "ts", t.sourceMs());
        writeMs(g, "rx", t.receivedMs());
        g.writeStringField("q", t.quality().id());
        g.writeBooleanField("stale", t.stale());
    }

    /** The tag definition merged with its live value, as /api/tags lists it. */
    public static void writeTag(JsonGenerator g, TagState t) throws IOException {
        TagDefinition d = t.definition();
        g.writeStartObject();
        g.writeStringField("id", d.id());
        g.writeStringField("enterpriseId", d.enterpriseId());
        g.writeStringField("featureId", d.featureId());
        g.writeStringField("kind", d.kind().id());
        g.writeStringField("unit", d.unit());
        g.writeNumberField("min", d.min());
        g.writeNumberField("max", d.max());
        g.writeStringField("nameZh", d.nameZh());
        g.writeStringField("nameEn", d.nameEn());
        g.writeNumberField("samplingMs", d.samplingMs());
        g.writeBooleanField("discrete", d.kind().isDiscrete());
        TagLimits l = d.limits();
        g.writeObjectFieldStart("limits");
        writeNullable(g, "ll", l.ll());
        writeNullable(g, "l", l.l());
        writeNullable(g, "h", l.h());
        writeNullable(g, "hh", l.hh());
        g.writeEndObject();
        writeLiveFields(g, t);
        g.writeNumberField("status", t.status());
        g.writeEndObject();
    }

    /** One enterprise feed as /api/feeds and the WebSocket list it. */
    public static void writeFeed(JsonGenerator g, FeedHealth f) throws IOException {
        g.writeStartObject();
        g.writeStringField("enterpriseId", f.enterpriseId());
        g.writeStringField("nameZh", f.enterprise().nameZh());
        g.writeStringField("nameEn", f.enterprise().nameEn());
        long now = System.currentTimeMillis();
        g.writeStringField("health", f.health(now).id());
        g.writeBooleanField("frozen", f.frozen(now));
        writeMs(g, "lastSourceAdvanceMs", f.lastSourceAdvanceMs());
        g.writeArrayFieldStart("bridges");
        for (BridgeHealth b : f.bridges()) {
            g.writeStartObject();
            g.writeStringField("bridgeId", b.bridgeId());
            g.writeStringField("state", b.state());
            g.writeBooleanField("carriesTags", f.carriesTags(b.bridgeId()));
            writeMs(g, "lastBatchMs", b.lastBatchMs());
            g.writeNumberField("lastSeq", b.lastSeq());
            g.writeNumberField("lagMs", b.lagMs());
            g.writeNumberField("samplesPerS", Math.round(b.samplesPerS() * 10) / 10.0);
            g.writeNumberField("duplicatesDropped", b.duplicatesDropped());
            g.writeNumberField("gaps", b.gaps());
            g.writeNumberField("rejectedSamples", b.rejectedSamples());
            g.writeNumberField("seqResets", b.seqResets());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeNumberField("tags", f.tagCount());
        g.writeNumberField("staleTags", f.staleTags());
        g.writeNumberField("badTags", f.badTags());
        g.writeNumberField("unknownTags", f.unknownTags());
        g.writeArrayFieldStart("unknownTagIds");
        for (String id : f.unknownTagIds()) g.writeString(id);
        g.writeEndArray();
        g.writeNumberField("duplicatesDropped", f.duplicatesDropped());
        g.writeNumberField("seqResets", f.seqResets());
        g.writeNumberField("quarantined", f.quarantined());
        if (f.lastQuarantineTag() != null) {
            g.writeObjectFieldStart("lastQuarantine");
            g.writeStringField("tagId", f.lastQuarantineTag());
            g.writeStringField("reason", f.lastQuarantineReason());
            writeMs(g, "ms", f.lastQuarantineMs());
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    public static void writeFeeds(JsonGenerator g, LiveState live) throws IOException {
        writeFeeds(g, live, e -> true);
    }

    /** The feeds of the enterprises {@code visible} accepts (by enterprise id). */
    public static void writeFeeds(JsonGenerator g, LiveState live, Predicate<String> visible)
            throws IOException {
        g.writeStartArray();
        for (FeedHealth f : live.feeds()) if (visible.test(f.enterpriseId())) writeFeed(g, f);
        g.writeEndArray();
    }

    private static void writeMs(JsonGenerator g, String name, long ms) throws IOException {
        if (ms == 0) g.writeNullField(name);
        else g.writeNumberField(name, ms);
    }

    private static void writeNullable(JsonGenerator g, String name, Double v) throws IOException {
        if (v == null) g.writeNullField(name);
        else g.writeNumberField(name, v);
    }
}
