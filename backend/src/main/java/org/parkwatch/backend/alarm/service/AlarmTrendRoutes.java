package org.parkwatch.backend.alarm.service;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import org.parkwatch.backend.alarm.AlarmTrend;
import org.parkwatch.backend.alarm.JournalEntry;
import org.parkwatch.backend.alarm.Priority;
import org.parkwatch.backend.platform.db.BlockingReply;
import org.parkwatch.backend.platform.http.ApiReplies;
import org.parkwatch.backend.platform.http.Permissions;
import org.parkwatch.backend.platform.http.RouteSpec;
import org.parkwatch.backend.security.Principal;

/**
 * {@code GET /api/alarms/trend?hours=24}: alarm activations per hour from the journal, in total and
 * by priority, limited to the enterprises the caller sees — {@code
 * {"from","to","hourMs","buckets":[{"startMs","total", "byPriority":{"critical":n,…}}]}}. The
 * database query runs on a worker.
 */
public final class AlarmTrendRoutes {
    /** Default and largest window, hours (a week). */
    static final int DEFAULT_HOURS = 24;

    static final int MAX_HOURS = 168;

    private final AlarmService service;
    private final Vertx vertx;

    public AlarmTrendRoutes(AlarmService service, Vertx vertx) {
        this.service = service;
        this.vertx = vertx;
    }

    public List<RouteSpec> routes() {
        return List.of(RouteSpec.get("/api/alarms/trend", this::trend, Permissions.ALARM_READ));
    }

    private void trend(RoutingContext ctx) {
        long hours;
        try {
            hours = BlockingReply.longParam(ctx, "hours", DEFAULT_HOURS);
            if (hours < 1 || hours > MAX_HOURS) {
                throw new IllegalArgumentException(
                        "hours: must be 1–" + MAX_HOURS + " (got " + hours + ")");
            }
        } catch (IllegalArgumentException e) {
            ApiReplies.error(ctx, 400, e.getMessage());
            return;
        }
        Principal caller = Principal.of(ctx);
        long to = service.now() + 1;
        long from = AlarmTrend.firstHourStart(to, (int) hours);
        AlarmRepository repo = service.repository();
        if (repo == null) {
            ApiReplies.json(
                    ctx,
                    render(
                            service.memoryJournal(from, to, null, null, Integer.MAX_VALUE),
                            caller,
                            to,
                            (int) hours));
            return;
        }
        service.flush()
                .onComplete(
                        f ->
                                BlockingReply.send(
                                        vertx,
                                        ctx,
                                        ApiReplies.JSON,
                                        () ->
                                                render(
                                                        repo.journal(
                                                                from,
                                                                to,
                                                                null,
                                                                null,
                                                                Integer.MAX_VALUE),
                                                        caller,
                                                        to,
                                                        (int) hours)));
    }

    private String render(List<JournalEntry> entries, Principal caller, long to, int hours) {
        JsonArray buckets = new JsonArray();
        for (AlarmTrend.Bucket b :
                AlarmTrend.hourly(entries, service.definitions(), caller::sees, to, hours)) {
            JsonObject by = new JsonObject();
            for (Priority p : Priority.values()) by.put(p.id(), b.byPriority().get(p));
            buckets.add(
                    new JsonObject()
                            .put("startMs", b.startMs())
                            .put("total", b.total())
                            .put("byPriority", by));
        }
        return new JsonObject()
                .put("from", AlarmTrend.firstHourStart(to, hours))
                .put("to", to)
                .put("hourMs", AlarmTrend.HOUR_MS)
                .put("buckets", buckets)
                .encode();
    }
}
