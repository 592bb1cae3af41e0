package org.parkwatch.backend.history;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import org.parkwatch.backend.platform.http.ApiReplies;
import org.parkwatch.backend.platform.http.Permissions;
import org.parkwatch.backend.platform.http.RouteSpec;

/**
 * {@code GET /api/admin/history} (administrators only): what /metrics has about the history, as
 * JSON for the admin page — samples accepted and committed, chunks written, bytes a sample,
 * write-ahead size, disk per tier and the progress of the old {@code tag_history}'s conversion.
 * Every figure is a counter or the last disk measurement, so the reply does no I/O.
 */
public final class HistoryAdminRoutes {
    private final HistoryWriter writer;

    public HistoryAdminRoutes(HistoryWriter writer) {
        this.writer = writer;
    }

    public List<RouteSpec> routes() {
        return List.of(RouteSpec.get("/api/admin/history", this::status, Permissions.USER_ADMIN));
    }

    private void status(RoutingContext ctx) {
        ApiReplies.json(
                ctx, toJson(writer.stats(), writer.usage(), writer.migrationProgress()).encode());
    }

    static JsonObject toJson(HistoryWriter.Stats s, HistoryUsage u, long[] migration) {
        double bps = u.bytesPerSample();
        return new JsonObject()
                .put("accepted", s.accepted())
                .put("written", s.written())
                .put("pending", s.pending())
                .put("failures", s.failures())
                .put("lastError", s.lastError())
                .put("chunksWritten", s.chunksWritten())
                .put("walBytes", s.walBytes())
                .put("recovered", s.recovered())
                .put("storedChunks", u.chunks())
                .put("storedSamples", u.samples())
                .put("bytesPerSample", Double.isNaN(bps) ? null : bps)
                .put(
                        "disk",
                        new JsonObject()
                                .put("raw", u.rawBytes())
                                .put("minute", u.minuteBytes())
                                .put("hour", u.hourBytes()))
                .put(
                        "migration",
                        new JsonObject()
                                .put("daysDone", migration[0])
                                .put("daysTotal", migration[1])
                                .put("samplesMoved", migration[2]));
    }
}
