package org.parkwatch.backend.hazard;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.parkwatch.backend.hazard.registry.BlacklistEntry;
import org.parkwatch.backend.hazard.registry.DutyContact;
import org.parkwatch.backend.hazard.registry.Enterprise;
import org.parkwatch.backend.hazard.registry.ImportResult;
import org.parkwatch.backend.hazard.registry.Licence;
import org.parkwatch.backend.hazard.registry.RegistryBook;
import org.parkwatch.backend.hazard.registry.RiskColour;
import org.parkwatch.backend.hazard.registry.RiskColourChange;
import org.parkwatch.backend.hazard.registry.RowError;
import org.parkwatch.backend.platform.http.ApiReplies;
import org.parkwatch.backend.platform.http.Permissions;
import org.parkwatch.backend.platform.http.RouteSpec;
import org.parkwatch.backend.security.Principal;
import org.parkwatch.backend.security.TenantScope;

/**
 * HTTP resources of the enterprise file (一企一档): reading one file and the published blacklist
 * ({@link Permissions#HAZARD_READ}); adding licences, duty contacts, risk colour changes and
 * blacklist entries, replacing ({@code PUT}) and deleting licences and duty contacts, removing from
 * the blacklist and the CSV import ({@link Permissions#REGISTRY_WRITE}; every write is audited by
 * the route guard). Bodies are JSON objects; a bad field answers 400 naming it, an unknown
 * enterprise or entry 404. Writes run on a worker thread (they may block on the database); dates
 * are ISO calendar days ({@code 2026-11-28}). An enterprise user reads only its own file (403 for
 * others); the published blacklist is public information and stays whole.
 */
public final class RegistryRoutes {
    /** Longest accepted text field (the database columns hold 100 to 1000 characters). */
    static final int MAX_TEXT = 100;

    static final int MAX_REASON = 1000;

    private final Vertx vertx;
    private final RegistryBook registry;
    private final RegistryJson json;
    private final TenantScope tenancy;

    public RegistryRoutes(
            Vertx vertx, RegistryBook registry, RegistryJson json, TenantScope tenancy) {
        this.vertx = vertx;
        this.registry = registry;
        this.json = json;
        this.tenancy = tenancy;
    }

    /**
     * Answers 403 and returns false when the caller may not see enterprise {@code id}'s file.
     * Enterprise ids are public (the enterprises layer names them), so refusing says nothing a
     * caller could not know.
     */
    private boolean allowed(RoutingContext ctx, String id) {
        if (tenancy.seesEnterprise(Principal.of(ctx), id)) return true;
        ApiReplies.error(
                ctx, 403, "enterprise '" + id + "': an enterprise user sees only its own file");
        return false;
    }

    public List<RouteSpec> routes() {
        String read = Permissions.HAZARD_READ;
        String write = Permissions.REGISTRY_WRITE;
        String base = "/api/registry/enterprises/:id";
        return List.of(
                RouteSpec.get(base, this::file, read),
                RouteSpec.get("/api/registry/blacklist", this::published, read),
                RouteSpec.post(base + "/licences", ctx -> add(ctx, this::licence), write),
                RouteSpec.post(base + "/contacts", ctx -> add(ctx, this::contact), write),
                new RouteSpec(
                        HttpMethod.PUT,
                        base + "/licences/:entryId",
                        ctx ->
                                save(
                                        ctx,
                                        200,
                                        (id, b) -> {
                                            Licence l = licenceOf(id, b);
                                            String entry = ctx.pathParam("entryId");
                                            return () -> {
                                                registry.replaceLicence(entry, l);
                                                return entry;
                                            };
                                        }),
                        write),
                new RouteSpec(
                        HttpMethod.DELETE,
                        base + "/licences/:entryId",
                        ctx -> delete(ctx, (id, entry) -> registry.deleteLicence(id, entry)),
                        write),
                new RouteSpec(
                        HttpMethod.PUT,
                        base + "/contacts/:entryId",
                        ctx ->
                                save(
                                        ctx,
                                        200,
                                        (id, b) -> {
                                            DutyContact c = contactOf(id, b);
                                            String entry = ctx.pathParam("entryId");
                                            return () -> {
                                                registry.replaceContact(entry, c);
                                                return entry;
                                            };
                                        }),
                        write),
                new RouteSpec(
                        HttpMethod.DELETE,
                        base + "/contacts/:entryId",
                        ctx -> delete(ctx, (id, entry) -> registry.deleteContact(id, entry)),
                        write),
                RouteSpec.post(base + "/risk-colour", ctx -> add(ctx, this::colour), write),
                RouteSpec.post(base + "/blacklist", ctx -> add(ctx, this::blacklist), write),
                new RouteSpec(HttpMethod.DELETE, base + "/blacklist/:entryId", this::unlist, write),
                RouteSpec.post("/api/registry/import", this::importCsv, write));
    }

    private void file(RoutingContext ctx) {
        String id = ctx.pathParam("id");
        if (!allowed(ctx, id)) return;
        Optional<Enterprise> e = registry.enterprise(id);
        if (e.isEmpty()) {
            ApiReplies.error(ctx, 404, "no enterprise '" + id + "' in the registry");
            return;
        }
        ApiReplies.json(ctx, json.file(e.get()).encode());
    }

    private void published(RoutingContext ctx) {
        ApiReplies.json(ctx, json.publishedBlacklist().encode());
    }

    /**
     * Builds a record from the body and the enterprise id (may throw IllegalArgumentException
     * naming the field).
     */
    private interface Parser {
        Callable<String> parse(String enterpriseId, JsonObject body);
    }

    private void add(RoutingContext ctx, Parser parser) {
        save(ctx, 201, parser);
    }

    /** Parses the body, saves on a worker thread, answers {@code status} with the entry's id. */
    private void save(RoutingContext ctx, int status, Parser parser) {
        String id = ctx.pathParam("id");
        if (!allowed(ctx, id)) return;
        Callable<String> save;
        try {
            save = parser.parse(id, body(ctx));
        } catch (IllegalArgumentException e) {
            ApiReplies.error(ctx, 400, e.getMessage());
            return;
        }
        vertx.executeBlocking(save, false)
                .onComplete(
                        ar -> {
                            if (ar.failed()) {
                                ApiReplies.failure(ctx, ar.cause());
                                return;
                            }
                            ctx.response()
                                    .setStatusCode(status)
                                    .putHeader("Content-Type", ApiReplies.JSON)
                                    .end(
                                            new JsonObject()
                                                    .put("id", ar.result())
                                                    .put("enterpriseId", id)
                                                    .encode());
                        });
    }

    /**
     * Deletes an entry of the enterprise on a worker thread; 404 when the enterprise has no such
     * entry.
     */
    private interface Deleter {
        Object delete(String enterpriseId, String entryId) throws Exception;
    }

    private void delete(RoutingContext ctx, Deleter deleter) {
        String id = ctx.pathParam("id");
        if (!allowed(ctx, id)) return;
        String entry = ctx.pathParam("entryId");
        vertx.executeBlocking(() -> deleter.delete(id, entry), false)
                .onComplete(
                        ar -> {
                            if (ar.failed()) ApiReplies.failure(ctx, ar.cause());
                            else
                                ApiReplies.json(
                                        ctx,
                                        new JsonObject()
                                                .put("id", entry)
                                                .put("enterpriseId", id)
                                                .put("deleted", true)
                                                .encode());
                        });
    }

    private Callable<String> licence(String id, JsonObject b) {
        Licence l = licenceOf(id, b);
        return () -> registry.addLicence(l);
    }

    private static Licence licenceOf(String id, JsonObject b) {
        LocalDate from = date(b, "validFrom");
        LocalDate until = date(b, "validUntil");
        if (until.isBefore(from)) {
            throw new IllegalArgumentException(
                    "validUntil: " + until + " is before validFrom " + from);
        }
        return new Licence(id, text(b, "kind", MAX_TEXT), text(b, "number", MAX_TEXT), from, until);
    }

    private Callable<String> contact(String id, JsonObject b) {
        DutyContact c = contactOf(id, b);
        return () -> registry.addContact(c);
    }

    private static DutyContact contactOf(String id, JsonObject b) {
        String name = text(b, "name", MAX_TEXT);
        String role = scalar(b, "role").trim();
        if (role.length() > MAX_TEXT)
            throw new IllegalArgumentException("role: longer than " + MAX_TEXT);
        String phone = text(b, "phone", MAX_TEXT);
        if (!DutyContact.isPhone(phone)) {
            throw new IllegalArgumentException(
                    "phone: not a mobile (11 digits, 1…) or landline with area code "
                            + "(0373-1234567): '"
                            + phone
                            + "'");
        }
        return new DutyContact(id, name, role, phone);
    }

    private Callable<String> colour(String id, JsonObject b) {
        String text = text(b, "colour", MAX_TEXT);
        RiskColour colour =
                RiskColour.parse(text)
                        .orElseThrow(
                                () ->
                                        new IllegalArgumentException(
                                                "colour: expected red, orange, yellow or blue (红 橙 黄 蓝), got '"
                                                        + text
                                                        + "'"));
        RiskColourChange c =
                new RiskColourChange(id, colour, date(b, "since"), text(b, "reason", MAX_REASON));
        return () -> registry.addColour(c);
    }

    private Callable<String> blacklist(String id, JsonObject b) {
        BlacklistEntry e =
                new BlacklistEntry(
                        id, text(b, "reason", MAX_REASON), date(b, "listedOn"), null, null);
        return () -> registry.addBlacklist(e);
    }

    /**
     * DELETE …/blacklist/:entryId: records the removal; {@code removedOn} (default today) and
     * {@code reason}.
     */
    private void unlist(RoutingContext ctx) {
        String id = ctx.pathParam("id");
        if (!allowed(ctx, id)) return;
        String entryId = ctx.pathParam("entryId");
        LocalDate removedOn;
        String reason;
        try {
            JsonObject b = new JsonObject();
            if (ctx.body() != null && ctx.body().length() > 0) b.mergeIn(body(ctx));
            ctx.queryParams().forEach(q -> b.put(q.getKey(), q.getValue()));
            removedOn =
                    b.getValue("removedOn") != null ? date(b, "removedOn") : RegistryJson.today();
            reason = scalar(b, "reason").trim();
            if (reason.length() > MAX_REASON)
                throw new IllegalArgumentException("reason: longer than " + MAX_REASON);
        } catch (IllegalArgumentException e) {
            ApiReplies.error(ctx, 400, e.getMessage());
            return;
        }
        vertx.executeBlocking(
                        () ->
                                registry.removeBlacklist(
                                        id, entryId, removedOn, reason.isEmpty() ? null : reason),
                        false)
                .onComplete(
                        ar -> {
                            if (ar.failed()) ApiReplies.failure(ctx, ar.cause());
                            else
                                ApiReplies.json(
                                        ctx,
                                        RegistryJson.entry(
                                                        entryId, ar.result(), RegistryJson.today())
                                                .put("enterpriseId", id)
                                                .encode());
                        });
    }

    /**
     * POST /api/registry/import?kind=enterprises|installations: CSV body, all rows saved in one
     * transaction or none.
     */
    private void importCsv(RoutingContext ctx) {
        if (Principal.of(ctx)
                .scoped()) { // rows may name any enterprise: park roles only, whatever the
            // permissions say
            ApiReplies.error(
                    ctx,
                    403,
                    "the registry import writes every enterprise's file; park roles only");
            return;
        }
        String kind = Optional.ofNullable(ctx.request().getParam("kind")).orElse("enterprises");
        String body =
                ctx.body() == null || ctx.body().asString() == null ? "" : ctx.body().asString();
        if (body.startsWith(HazardExports.BOM)) body = body.substring(1);
        List<String> all = Arrays.asList(body.split("\r?\n", -1));
        List<String> lines =
                !all.isEmpty() && all.get(all.size() - 1).isEmpty()
                        ? all.subList(0, all.size() - 1)
                        : all;
        Callable<ImportResult<?>> work;
        switch (kind) {
            case "enterprises" -> work = () -> registry.importEnterprises(lines);
            case "installations" -> work = () -> registry.importInstallations(lines);
            default -> {
                ApiReplies.error(
                        ctx,
                        400,
                        "kind: expected enterprises or installations, got '" + kind + "'");
                return;
            }
        }
        vertx.executeBlocking(work, false)
                .onComplete(
                        ar -> {
                            if (ar.failed()) {
                                ApiReplies.failure(ctx, ar.cause());
                                return;
                            }
                            ImportResult<?> r = ar.result();
                            if (!r.ok()) {
                                List<Map<String, Object>> rows = new ArrayList<>();
                                for (RowError e : r.errors()) {
                                    Map<String, Object> row = new LinkedHashMap<>();
                                    row.put("line", e.line());
                                    row.put("column", e.column());
                                    row.put("message", e.message());
                                    rows.add(row);
                                }
                                ApiReplies.error(
                                        ctx,
                                        400,
                                        "import rejected, nothing saved: "
                                                + r.errors().stream()
                                                        .map(RowError::toString)
                                                        .collect(Collectors.joining("; ")),
                                        Map.of("rows", rows));
                                return;
                            }
                            ApiReplies.json(
                                    ctx,
                                    new JsonObject()
                                            .put("kind", kind)
                                            .put("imported", r.rows().size())
                                            .encode());
                        });
    }

    private static JsonObject body(RoutingContext ctx) {
        String s = ctx.body() == null ? null : ctx.body().asString();
        Object n;
        try {
            n = s == null || s.isBlank() ? null : Json.decodeValue(s);
        } catch (DecodeException e) {
            throw new IllegalArgumentException("body: not valid JSON: " + e.getMessage());
        }
        if (!(n instanceof JsonObject o))
            throw new IllegalArgumentException("body: expected a JSON object");
        return o;
    }

    /** A scalar field as text; empty when absent, null or not a scalar. */
    static String scalar(JsonObject b, String field) {
        Object v = b.getValue(field);
        return v == null || v instanceof JsonObject || v instanceof JsonArray ? "" : v.toString();
    }

    /** A required, non-blank text field of at most {@code max} characters. */
    static String text(JsonObject b, String field, int max) {
        String s = scalar(b, field).trim();
        if (s.isEmpty()) {
            throw new IllegalArgumentException(field + ": required, non-empty text");
        }
        if (s.length() > max)
            throw new IllegalArgumentException(field + ": longer than " + max + " characters");
        return s;
    }

    /** A required ISO calendar day. */
    static LocalDate date(JsonObject b, String field) {
        String s = text(b, field, 10);
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(field + ": not a date yyyy-MM-dd: '" + s + "'");
        }
    }
}
