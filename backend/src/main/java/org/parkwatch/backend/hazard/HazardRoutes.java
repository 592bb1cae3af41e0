package org.parkwatch.backend.hazard;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.Optional;
import org.parkwatch.backend.hazard.registry.Enterprise;
import org.parkwatch.backend.hazard.registry.RegistryBook;
import org.parkwatch.backend.live.LiveState;
import org.parkwatch.backend.live.Quality;
import org.parkwatch.backend.live.TagState;
import org.parkwatch.backend.platform.http.ApiReplies;
import org.parkwatch.backend.platform.http.Permissions;
import org.parkwatch.backend.platform.http.RouteSpec;
import org.parkwatch.backend.security.Principal;
import org.parkwatch.backend.security.TenantScope;

/**
 * HTTP resources of issue 4 (read-only GETs under {@link Permissions#HAZARD_READ}): major hazards
 * with their arithmetic and monitoring coverage, chemicals with disposal cards, the enterprise
 * registry list and the exports of docs/exports.md. The enterprise file, its writes and the CSV
 * import are {@link RegistryRoutes}. Handlers run on the ingest context, where the hazard service
 * and live state live. Units, registry rows and export rows are scoped to the caller by {@link
 * TenantScope} (another enterprise's unit answers 404); chemicals are reference data.
 */
public final class HazardRoutes {
    private static final String CSV = "text/csv; charset=utf-8";

    private final HazardService hazards;
    private final HazardJson json;
    private final RegistryJson registryJson;
    private final RegistryBook registry;
    private final LiveState live;
    private final TenantScope tenancy;

    public HazardRoutes(
            HazardService hazards,
            HazardJson json,
            RegistryBook registry,
            RegistryJson registryJson,
            LiveState live,
            TenantScope tenancy) {
        this.hazards = hazards;
        this.json = json;
        this.registry = registry;
        this.registryJson = registryJson;
        this.live = live;
        this.tenancy = tenancy;
    }

    /** The unit summaries the caller sees (by the unit's enterprise). */
    private List<UnitSummary> summaries(RoutingContext ctx) {
        Principal p = Principal.of(ctx);
        List<UnitSummary> all = json.summaries(this::tagLive);
        if (!p.scoped()) return all;
        return all.stream().filter(u -> tenancy.seesEnterprise(p, u.enterpriseId())).toList();
    }

    public List<RouteSpec> routes() {
        String read = Permissions.HAZARD_READ;
        return List.of(
                RouteSpec.get("/api/hazards", this::list, read),
                RouteSpec.get("/api/hazards/:unitId", this::detail, read),
                RouteSpec.get("/api/chemicals", this::chemicals, read),
                RouteSpec.get("/api/chemicals/:cas", this::chemical, read),
                RouteSpec.get("/api/registry/enterprises", this::enterprises, read),
                RouteSpec.get("/api/export/hazards.csv", this::hazardsCsv, read),
                RouteSpec.get("/api/export/hazards.geojson", this::hazardsGeoJson, read),
                RouteSpec.get("/api/export/registry.csv", this::registryCsv, read));
    }

    /** A tag is live when it has a value of good quality that is not stale. */
    boolean tagLive(String tagId) {
        TagState t = live.tag(tagId);
        return t != null && t.hasValue() && t.quality() == Quality.GOOD && !t.stale();
    }

    private void list(RoutingContext ctx) {
        List<UnitSummary> units = summaries(ctx);
        int majors = 0;
        int applicable = 0;
        int liveSignals = 0;
        for (UnitSummary u : units) {
            if (!u.majorHazard()) continue;
            majors++;
            applicable += u.coverage().applicable();
            liveSignals += u.coverage().live();
        }
        JsonObject coverage =
                new JsonObject()
                        .put("majorHazards", majors)
                        .put("applicableSignals", applicable)
                        .put("liveSignals", liveSignals)
                        .put(
                                "percent",
                                applicable == 0
                                        ? 0
                                        : Math.round(1000.0 * liveSignals / applicable) / 10.0);
        JsonArray list = new JsonArray();
        units.forEach(u -> list.add(HazardJson.summary(u)));
        ApiReplies.json(
                ctx, new JsonObject().put("coverage", coverage).put("units", list).encode());
    }

    private void detail(RoutingContext ctx) {
        String id = ctx.pathParam("unitId");
        if (hazards.unit(id)
                .filter(u -> tenancy.seesEnterprise(Principal.of(ctx), u.enterpriseId()))
                .isEmpty()) {
            ApiReplies.error(ctx, 404, "no unit '" + id + "' in the park");
            return;
        }
        ApiReplies.json(ctx, json.detail(id, this::tagLive).encode());
    }

    private void chemicals(RoutingContext ctx) {
        JsonArray out = new JsonArray();
        hazards.chemicals().all().forEach(c -> out.add(ChemicalJson.summary(c)));
        ApiReplies.json(ctx, out.encode());
    }

    private void chemical(RoutingContext ctx) {
        String key = ctx.pathParam("cas");
        Optional<ChemicalRecord> c =
                hazards.chemicals().byCas(key).or(() -> hazards.chemicals().byName(key));
        if (c.isEmpty()) {
            ApiReplies.error(
                    ctx, 404, "no chemical with CAS number or name '" + key + "' in the catalogue");
            return;
        }
        ApiReplies.json(
                ctx,
                ChemicalJson.detail(c.get(), hazards.resolver(), hazards.disposalCards()).encode());
    }

    private void enterprises(RoutingContext ctx) {
        Principal p = Principal.of(ctx);
        JsonArray out = new JsonArray();
        for (Enterprise e : registry.enterprises()) {
            if (tenancy.seesEnterprise(p, e.id())) out.add(registryJson.enterprise(e));
        }
        ApiReplies.json(ctx, out.encode());
    }

    private void hazardsCsv(RoutingContext ctx) {
        download(ctx, CSV, "hazards.csv", HazardExports.hazardsCsv(summaries(ctx)));
    }

    private void hazardsGeoJson(RoutingContext ctx) {
        download(
                ctx,
                "application/geo+json; charset=utf-8",
                "hazards.geojson",
                HazardExports.hazardsGeoJson(summaries(ctx)));
    }

    private void registryCsv(RoutingContext ctx) {
        Principal p = Principal.of(ctx);
        download(
                ctx,
                CSV,
                "registry.csv",
                HazardExports.registryCsv(
                        registry.enterprises().stream()
                                .filter(e -> tenancy.seesEnterprise(p, e.id()))
                                .toList()));
    }

    private static void download(RoutingContext ctx, String type, String name, String body) {
        ctx.response()
                .putHeader("Content-Type", type)
                .putHeader("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .end(body);
    }
}
