package org.parkwatch.backend.alarm.service;

import io.vertx.core.Vertx;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.parkwatch.backend.alarm.ActiveAlarm;
import org.parkwatch.backend.alarm.AlarmKpiCalculator;
import org.parkwatch.backend.alarm.AlarmKpis;
import org.parkwatch.backend.alarm.AlarmState;
import org.parkwatch.backend.alarm.AlarmStateMachine;
import org.parkwatch.backend.alarm.DrillTimes;
import org.parkwatch.backend.alarm.JournalEntry;
import org.parkwatch.backend.alarm.Priority;
import org.parkwatch.backend.alarm.TransitionResult;
import org.parkwatch.backend.alarm.correlation.Incident;
import org.parkwatch.backend.linkage.LinkageJson;
import org.parkwatch.backend.linkage.LinkagePackage;
import org.parkwatch.backend.platform.db.BlockingReply;
import org.parkwatch.backend.platform.http.ApiReplies;
import org.parkwatch.backend.platform.http.Permissions;
import org.parkwatch.backend.platform.http.RouteSpec;
import org.parkwatch.backend.security.Principal;
import org.parkwatch.backend.security.ScopedViews;
import org.parkwatch.backend.security.TenantScope;

/**
 * The alarm HTTP API (issue 5). Handlers run on the ingest context (like the service); journal and
 * KPI queries go to a worker when there is a database. Errors are {@code {"error": "..."}}: 400
 * naming the field, 404 unknown alarm or incident, 409 a refused transition with its reason.
 * Everything is scoped to the caller by {@link TenantScope}: an enterprise user sees and acts on
 * its own alarms and the incidents it is involved in (with its own alarms only); another
 * enterprise's alarm or incident answers 404. Bypasses and permits are {@link PermitRoutes}.
 */
public final class AlarmRoutes {
    /** Journal rows per request: default and most. */
    static final int JOURNAL_DEFAULT_LIMIT = 1000;

    static final int JOURNAL_MAX_LIMIT = 10_000;

    /** Default window of journal and KPI queries: the last 24 h. */
    static final long DEFAULT_WINDOW_MS = 86_400_000L;

    /** Longest comment, reason or user name accepted, characters. */
    static final int MAX_TEXT = AlarmRepository.MAX_TEXT;

    private final AlarmService service;
    private final Vertx vertx;
    private final TenantScope tenancy;
    private final DrillTimes drills;
    private final ScopedViews views;
    private final Function<String, LinkagePackage> incidentLinkage;

    public AlarmRoutes(AlarmService service, Vertx vertx, TenantScope tenancy) {
        this(service, vertx, tenancy, DrillTimes.NONE);
    }

    /**
     * @param drills when drills ran: the KPIs leave out the journal entries of those times
     */
    public AlarmRoutes(AlarmService service, Vertx vertx, TenantScope tenancy, DrillTimes drills) {
        this(service, vertx, tenancy, drills, service::linkageOf);
    }

    /**
     * @param incidentLinkage an incident's linkage package by id as {@code GET /api/incidents/:id}
     *     shows it (null: none)
     */
    public AlarmRoutes(
            AlarmService service,
            Vertx vertx,
            TenantScope tenancy,
            DrillTimes drills,
            Function<String, LinkagePackage> incidentLinkage) {
        this.incidentLinkage = incidentLinkage;
        this.drills = drills;
        this.service = service;
        this.vertx = vertx;
        this.tenancy = tenancy;
        this.views = new ScopedViews(tenancy);
    }

    public List<RouteSpec> routes() {
        return List.of(
                RouteSpec.get("/api/alarms", this::active, Permissions.ALARM_READ),
                RouteSpec.get("/api/alarms/journal", this::journal, Permissions.ALARM_READ),
                RouteSpec.get("/api/alarms/kpi", this::kpi, Permissions.ALARM_READ),
                RouteSpec.get("/api/alarms/:id/linkage", this::linkage, Permissions.ALARM_READ),
                RouteSpec.post("/api/alarms/:id/ack", this::ack, Permissions.ALARM_RESPOND),
                RouteSpec.post("/api/alarms/:id/shelve", this::shelve, Permissions.ALARM_OPERATE),
                RouteSpec.post(
                        "/api/alarms/:id/unshelve", this::unshelve, Permissions.ALARM_OPERATE),
                RouteSpec.get("/api/incidents", this::incidents, Permissions.ALARM_READ),
                RouteSpec.get("/api/incidents/:id", this::incident, Permissions.ALARM_READ));
    }

    /**
     * {@code
     * ?enterprise=E01&priority=high,critical&state=UNACK_ACTIVE&sort=priority|time|enterprise&limit=n}.
     */
    private void active(RoutingContext ctx) {
        try {
            String enterprise = ctx.queryParams().get("enterprise");
            List<Priority> priorities = new ArrayList<>();
            for (String p : list(ctx, "priority"))
                priorities.add(parse(() -> Priority.of(p), "priority"));
            List<AlarmState> states = new ArrayList<>();
            for (String s : list(ctx, "state")) {
                states.add(
                        parse(
                                () -> AlarmState.valueOf(s.toUpperCase(Locale.ROOT)),
                                "state: unknown state '"
                                        + s
                                        + "'; expected one of "
                                        + List.of(AlarmState.values())));
            }
            String sort =
                    ctx.queryParams().get("sort") == null
                            ? "priority"
                            : ctx.queryParams().get("sort");
            Comparator<ActiveAlarm> order =
                    switch (sort) {
                        case "priority" -> null; // the manager's order: priority, then newest
                        case "time" ->
                                Comparator.comparingLong(ActiveAlarm::activatedMs).reversed();
                        case "enterprise" ->
                                Comparator.comparing(
                                                (ActiveAlarm a) -> String.valueOf(a.enterpriseId()))
                                        .thenComparing(ActiveAlarm::priority);
                        default ->
                                throw new IllegalArgumentException(
                                        "sort: '"
                                                + sort
                                                + "' is not one of priority, time, enterprise");
                    };
            long limit = BlockingReply.longParam(ctx, "limit", Integer.MAX_VALUE);
            if (limit < 1)
                throw new IllegalArgumentException("limit: must be >= 1 (got " + limit + ")");
            Principal principal = Principal.of(ctx);
            List<ActiveAlarm> out = new ArrayList<>();
            for (ActiveAlarm a : service.manager().active()) {
                if (!tenancy.seesId(principal, a.alarmId())) continue;
                if (enterprise != null && !enterprise.equals(a.enterpriseId())) continue;
                if (!priorities.isEmpty() && !priorities.contains(a.priority())) continue;
                if (!states.isEmpty() && !states.contains(a.state())) continue;
                out.add(a);
            }
            if (order != null) out.sort(order);
            JsonArray arr = new JsonArray();
            for (int i = 0; i < out.size() && i < limit; i++)
                arr.add(service.json().alarm(out.get(i)));
            ApiReplies.json(ctx, arr.encode());
        } catch (IllegalArgumentException e) {
            ApiReplies.error(ctx, 400, e.getMessage());
        }
    }

    /** {@code ?from&to&alarm&enterprise&limit}: entries oldest first. */
    private void journal(RoutingContext ctx) {
        long from, to, limit;
        try {
            to = BlockingReply.longParam(ctx, "to", service.now() + 1);
            from = BlockingReply.longParam(ctx, "from", to - DEFAULT_WINDOW_MS);
            limit = BlockingReply.longParam(ctx, "limit", JOURNAL_DEFAULT_LIMIT);
            if (from >= to)
                throw new IllegalArgumentException(
                        "from (" + from + ") must be before to (" + to + ")");
            if (limit < 1 || limit > JOURNAL_MAX_LIMIT) {
                throw new IllegalArgumentException(
                        "limit: must be 1–" + JOURNAL_MAX_LIMIT + " (got " + limit + ")");
            }
        } catch (IllegalArgumentException e) {
            ApiReplies.error(ctx, 400, e.getMessage());
            return;
        }
        String alarm = ctx.queryParams().get("alarm");
        String enterprise = scopedEnterprise(ctx);
        if (enterprise == null && Principal.of(ctx).scoped()) return;
        Principal principal = Principal.of(ctx);
        withJournal(
                ctx,
                from,
                to,
                alarm,
                enterprise,
                (int) limit,
                entries -> {
                    JsonArray arr = new JsonArray();
                    entries.stream()
                            .filter(e -> tenancy.seesId(principal, e.alarmId()))
                            .forEach(e -> arr.add(service.json().entry(e)));
                    return arr.encode();
                });
    }

    /** {@code ?from&to&enterprise}: {@code {"from","to","park":{…},"enterprises":{"E01":{…}}}}. */
    private void kpi(RoutingContext ctx) {
        long from, to;
        try {
            to = BlockingReply.longParam(ctx, "to", service.now() + 1);
            from = BlockingReply.longParam(ctx, "from", to - DEFAULT_WINDOW_MS);
            if (from >= to)
                throw new IllegalArgumentException(
                        "from (" + from + ") must be before to (" + to + ")");
        } catch (IllegalArgumentException e) {
            ApiReplies.error(ctx, 400, e.getMessage());
            return;
        }
        String asked = ctx.queryParams().get("enterprise");
        if (asked != null && !service.enterpriseIds().contains(asked)) {
            ApiReplies.error(ctx, 404, "no enterprise '" + asked + "' in the park");
            return;
        }
        String enterprise = scopedEnterprise(ctx);
        if (enterprise == null && Principal.of(ctx).scoped()) return;
        Principal principal = Principal.of(ctx);
        AlarmKpiCalculator calc = new AlarmKpiCalculator(service.definitions());
        withJournal(
                ctx,
                from,
                to,
                null,
                enterprise,
                Integer.MAX_VALUE,
                all -> {
                    // a drill's alarms are no measure of the alarm system (issue 14)
                    List<JournalEntry> entries =
                            all.stream().filter(e -> !drills.during(e.timeMs())).toList();
                    JsonObject o =
                            new JsonObject()
                                    .put("from", from)
                                    .put("to", to)
                                    .put(
                                            "park",
                                            service.json()
                                                    .kpis(
                                                            calc.compute(
                                                                    enterprise == null
                                                                            ? "park"
                                                                            : enterprise,
                                                                    entries,
                                                                    from,
                                                                    to)));
                    Map<String, AlarmKpis> byEnterprise =
                            new LinkedHashMap<>(calc.byEnterprise(entries, from, to));
                    byEnterprise.keySet().removeIf(e -> !tenancy.seesEnterprise(principal, e));
                    o.put("enterprises", service.json().kpisByScope(byEnterprise));
                    return o.encode();
                });
    }

    /**
     * The {@code enterprise} query parameter as the caller may use it: park roles as given (null =
     * whole park); an enterprise user gets its own enterprise when it names none, and 403 when it
     * names another (then null is returned and the reply is sent).
     */
    private String scopedEnterprise(RoutingContext ctx) {
        String asked = ctx.queryParams().get("enterprise");
        Principal p = Principal.of(ctx);
        if (!p.scoped()) return asked;
        if (asked != null && !asked.equals(p.enterpriseId())) {
            ApiReplies.error(ctx, 403, "enterprise: '" + asked + "' is another enterprise's");
            return null;
        }
        if (p.enterpriseId() == null)
            ApiReplies.error(ctx, 403, "the alarm journal is for logged-in users");
        return p.enterpriseId();
    }

    private interface Render {
        String apply(List<JournalEntry> entries) throws Exception;
    }

    private void withJournal(
            RoutingContext ctx,
            long from,
            long to,
            String alarm,
            String enterprise,
            int limit,
            Render render) {
        AlarmRepository repo = service.repository();
        if (repo == null) {
            try {
                ApiReplies.json(
                        ctx,
                        render.apply(service.memoryJournal(from, to, alarm, enterprise, limit)));
            } catch (Exception e) {
                ApiReplies.error(ctx, 500, "journal failed: " + e.getMessage());
            }
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
                                                render.apply(
                                                        repo.journal(
                                                                from,
                                                                to,
                                                                alarm,
                                                                enterprise,
                                                                limit))));
    }

    private void linkage(RoutingContext ctx) {
        String id = ctx.pathParam("id");
        if (!visibleAlarm(ctx, id)) return;
        Principal p = Principal.of(ctx);
        if (service.manager().definition(id).isEmpty()) {
            ApiReplies.error(ctx, 404, "no alarm '" + id + "'");
            return;
        }
        JsonObject pkg = service.alarmLinkage(id).map(LinkageJson::of).orElseGet(JsonObject::new);
        ApiReplies.json(ctx, views.linkage(pkg, p).encode());
    }

    private void ack(RoutingContext ctx) {
        operate(
                ctx,
                (id, body) -> service.acknowledge(id, actor(ctx), text(body, "comment", false)));
    }

    private void shelve(RoutingContext ctx) {
        operate(
                ctx,
                (id, body) -> {
                    String user = actor(ctx);
                    String reason = text(body, "reason", true);
                    Object m = body.getValue("minutes");
                    long maxMin = AlarmStateMachine.MAX_SHELVE_MS / 60_000;
                    if (!(m instanceof Number n)
                            || n.doubleValue() <= 0
                            || n.doubleValue() > maxMin) {
                        throw new IllegalArgumentException(
                                "minutes: must be a number > 0 and <= "
                                        + maxMin
                                        + " (got "
                                        + m
                                        + ")");
                    }
                    return service.shelve(
                            id, user, reason, Math.round(((Number) m).doubleValue() * 60_000));
                });
    }

    private void unshelve(RoutingContext ctx) {
        operate(ctx, (id, body) -> service.unshelve(id, actor(ctx), text(body, "comment", false)));
    }

    private interface Action {
        TransitionResult apply(String alarmId, JsonObject body);
    }

    private void operate(RoutingContext ctx, Action action) {
        String id = ctx.pathParam("id");
        if (service.manager().definition(id).isEmpty() || !visibleAlarm(ctx, id)) {
            if (!ctx.response().ended()) ApiReplies.error(ctx, 404, "no alarm '" + id + "'");
            return;
        }
        TransitionResult o;
        try {
            o = action.apply(id, body(ctx));
        } catch (IllegalArgumentException e) {
            ApiReplies.error(ctx, 400, e.getMessage());
            return;
        }
        if (!o.accepted()) {
            ApiReplies.error(
                    ctx, 409, o.reasonEn(), Collections.singletonMap("errorZh", o.reasonZh()));
            return;
        }
        ApiReplies.json(
                ctx, service.json().alarm(service.manager().get(id).orElseThrow()).encode());
    }

    /**
     * Answers 404 (as for an unknown alarm, so existence does not leak) and returns false for
     * another's alarm.
     */
    private boolean visibleAlarm(RoutingContext ctx, String alarmId) {
        if (tenancy.seesId(Principal.of(ctx), alarmId)) return true;
        ApiReplies.error(ctx, 404, "no alarm '" + alarmId + "'");
        return false;
    }

    private void incidents(RoutingContext ctx) {
        Principal p = Principal.of(ctx);
        JsonArray arr = new JsonArray();
        for (Incident i : service.incidents()) {
            JsonObject o = views.incident(service.incidentJson(i), p);
            if (o != null) arr.add(o);
        }
        ApiReplies.json(ctx, arr.encode());
    }

    /** One incident with its alarms and linkage package; another enterprise's incident is 404. */
    private void incident(RoutingContext ctx) {
        String id = ctx.pathParam("id");
        Principal p = Principal.of(ctx);
        Optional<JsonObject> seen =
                service.incident(id).map(i -> views.incident(service.incidentJson(i), p));
        seen.ifPresentOrElse(
                o -> {
                    JsonArray alarms = new JsonArray();
                    for (Object a : o.getJsonArray("alarmIds")) {
                        service.manager()
                                .get(String.valueOf(a))
                                .ifPresent(v -> alarms.add(service.json().alarm(v)));
                    }
                    LinkagePackage pkg = incidentLinkage.apply(id);
                    o.put("alarms", alarms)
                            .put(
                                    "linkage",
                                    views.linkage(pkg == null ? null : LinkageJson.of(pkg), p));
                    ApiReplies.json(ctx, o.encode());
                },
                () -> ApiReplies.error(ctx, 404, "no incident '" + id + "'"));
    }

    static JsonObject body(RoutingContext ctx) {
        try {
            JsonObject o =
                    ctx.body() == null || ctx.body().length() == 0
                            ? null
                            : ctx.body().asJsonObject();
            if (o == null) throw new IllegalArgumentException("body: a JSON object is required");
            return o;
        } catch (DecodeException | ClassCastException e) {
            throw new IllegalArgumentException("body: not a JSON object: " + e.getMessage());
        }
    }

    /**
     * Who acts: the logged-in caller, never a name from the body (ISA-18.2 journal accountability;
     * issue 7). A {@code user} field in the body is ignored.
     */
    private static String actor(RoutingContext ctx) {
        return Principal.of(ctx).username();
    }

    static String text(JsonObject body, String field, boolean required) {
        Object v = body.getValue(field);
        if (v == null || (v instanceof String s && s.isBlank())) {
            if (required) throw new IllegalArgumentException(field + ": missing");
            return null;
        }
        if (!(v instanceof String s))
            throw new IllegalArgumentException(field + ": must be a string");
        if (s.length() > MAX_TEXT)
            throw new IllegalArgumentException(field + ": longer than " + MAX_TEXT + " characters");
        return s;
    }

    private static List<String> list(RoutingContext ctx, String name) {
        List<String> out = new ArrayList<>();
        for (String v : ctx.queryParams().getAll(name)) {
            for (String p : v.split(",")) if (!p.isBlank()) out.add(p.trim());
        }
        return out;
    }

    private interface Parse<T> {
        T get();
    }

    private static <T> T parse(Parse<T> p, String what) {
        try {
            return p.get();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    what.contains(":") ? what : what + ": " + e.getMessage());
        }
    }
}
