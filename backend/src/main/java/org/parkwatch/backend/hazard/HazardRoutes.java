package org.parkwatch.backend.hazard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.ext.web.RoutingContext;
import org.parkwatch.backend.hazard.registry.RegistryBook;
import org.parkwatch.backend.live.LiveState;
import org.parkwatch.backend.live.Quality;
import org.parkwatch.backend.live.TagState;
import org.parkwatch.backend.platform.http.ApiReplies;
import org.parkwatch.backend.platform.http.Permissions;
import org.parkwatch.backend.platform.http.RouteSpec;
import org.parkwatch.backend.security.Principal;
import org.parkwatch.backend.security.TenantScope;

import java.util.List;
import java.util.Optional;

/**
 * HTTP resources of issue 4 (read-only GETs under {@link Permissions#HAZARD_READ}): major hazards with their
 * arithmetic and monitoring coverage, chemicals with disposal cards, the enterprise registry list and the exports of
 * docs/exports.md. The enterprise file, its writes and the CSV import are {@link RegistryRoutes}. Handlers run on
 * the ingest context, where the hazard service and live state live. Units, registry rows and export rows are scoped
 * to the caller by {@link TenantScope} (another enterprise's unit answers 404); chemicals are reference data.
 */
public final class HazardRoutes {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String CSV = "text/csv; charset=utf-8";

    private final HazardService hazards;
    private final HazardJson json;
    private final RegistryJson registryJson;
    private final RegistryBook registry;
    private final LiveState live;
    private final TenantScope tenancy;

    public HazardRoutes(HazardService hazards, HazardJson json, RegistryBook registry, RegistryJson registryJson,
                        LiveState live, TenantScope tenancy) {
        this.hazards = hazards;
        this.json = json;
        this.registry = registry;
        this.registryJson = registryJson;
        this.live = live;
        this.tenancy = tenancy;
    }

    /** The unit summaries the caller sees (by the unit's enterprise). */
    private List<ObjectNode> summaries(RoutingContext ctx) {
        Principal p = Principal.of(ctx);
        List<ObjectNode> all = json.summaries(this::tagLive);
        if (!p.scoped()) return all;
        return all.stream().filter(u -> tenancy.seesEnterprise(p, u.path("enterpriseId").asText(null))).toList();
    }

    public List<RouteSpec> routes() {
        String read = Permissions.HAZARD_READ;
        return List.of(RouteSpec.get("/api/hazards", this::list, read),
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
        List<ObjectNode> units = summaries(ctx);
        ObjectNode out = MAPPER.createObjectNode();
        int majors = 0;
        int applicable = 0;
        int liveSignals = 0;
        for (ObjectNode u : units) {
            if (!u.path("isMajorHazard").asBoolean()) continue;
            majors++;
            applicable += u.path("coverage").path("applicable").asInt();
            liveSignals += u.path("coverage").path("live").asInt();
        }
        out.putObject("coverage").put("majorHazards", majors).put("applicableSignals", applicable)
                .put("liveSignals", liveSignals)
                .put("percent", applicable == 0 ? 0 : Math.round(1000.0 * liveSignals / applicable) / 10.0);
        out.putArray("units").addAll(units);
        ApiReplies.json(ctx, out.toString());
    }

    private void detail(RoutingContext ctx) {
        String id = ctx.pathParam("unitId");
        if (hazards.unit(id).filter(u -> tenancy.seesEnterprise(Principal.of(ctx), u.enterpriseId())).isEmpty()) {
            ApiReplies.error(ctx, 404, "no unit '" + id + "' in the park");
            return;
        }
        ApiReplies.json(ctx, json.detail(id, this::tagLive).toString());
    }

    private void chemicals(RoutingContext ctx) {
        ArrayNode out = MAPPER.createArrayNode();
        hazards.chemicals().all().forEach(c -> out.add(ChemicalView.summary(c)));
        ApiReplies.json(ctx, out.toString());
    }

    private void chemical(RoutingContext ctx) {
        String key = ctx.pathParam("cas");
        Optional<ChemicalRecord> c = hazards.chemicals().byCas(key).or(() -> hazards.chemicals().byName(key));
        if (c.isEmpty()) {
            ApiReplies.error(ctx, 404, "no chemical with CAS number or name '" + key + "' in the catalogue");
            return;
        }
        ApiReplies.json(ctx, ChemicalView.detail(c.get(), hazards.resolver(), hazards.disposalCards()).toString());
    }

    private void enterprises(RoutingContext ctx) {
        Principal p = Principal.of(ctx);
        ArrayNode out = MAPPER.createArrayNode();
        for (JsonNode e : registryJson.enterprises()) {
            if (tenancy.seesEnterprise(p, e.path("id").asText(null))) out.add(e);
        }
        ApiReplies.json(ctx, out.toString());
    }

    private void hazardsCsv(RoutingContext ctx) {
        download(ctx, CSV, "hazards.csv", HazardExports.hazardsCsv(summaries(ctx)));
    }

    private void hazardsGeoJson(RoutingContext ctx) {
        download(ctx, "application/geo+json; charset=utf-8", "hazards.geojson", HazardExports.hazardsGeoJson(
                summaries(ctx), id -> hazards.unit(id).orElseThrow().geometry()));
    }

    private void registryCsv(RoutingContext ctx) {
        Principal p = Principal.of(ctx);
        download(ctx, CSV, "registry.csv", HazardExports.registryCsv(registry.enterprises().stream()
                .filter(e -> tenancy.seesEnterprise(p, e.id())).toList()));
    }

    private static void download(RoutingContext ctx, String type, String name, String body) {
        ctx.response().putHeader("Content-Type", type)
                .putHeader("Content-Disposition", "attachment; filename=\"" + name + "\"").end(body);
    }

    static JsonNode tree(Object o) {
        return MAPPER.valueToTree(o);
    }
}
