package org.parkwatch.backend.portal;

import com.fasterxml.jackson.core.JsonGenerator;
import io.vertx.ext.web.RoutingContext;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.parkwatch.backend.live.FeedHealth;
import org.parkwatch.backend.live.LiveJson;
import org.parkwatch.backend.live.LiveState;
import org.parkwatch.backend.platform.http.ApiReplies;
import org.parkwatch.backend.platform.http.Permissions;
import org.parkwatch.backend.platform.http.RouteSpec;
import org.parkwatch.backend.security.Principal;
import org.parkwatch.backend.security.TenantScope;
import org.parkwatch.model.park.EnterpriseInfo;
import org.parkwatch.model.park.EnterpriseTags;
import org.parkwatch.model.park.ParkCatalog;
import org.parkwatch.model.park.TagDefinition;
import org.parkwatch.model.park.TagLimits;

/**
 * {@code GET /api/enterprises/:id/mapping} (enterprise portal, issue 7): how an enterprise's OPC UA
 * variables map onto park tags — namespace, node id, sampling interval and deadband, range and
 * alarm limits of every tag — with the enterprise's site feature and its feed and bridge health. An
 * enterprise user reads only its own (403 for another: enterprise ids are public, the enterprises
 * layer names them); park roles read every one. Runs on the ingest context (it reads live feed
 * state).
 *
 * <pre>{"enterpriseId","nameZh","nameEn","siteFeatureId","namespaceUri","feed":Feed|null,
 *  "tags":[{"id","node","kind","unit","featureId","nameZh","nameEn","samplingMs","deadband","min","max",
 *           "limits":{"ll","l","h","hh"}}]}</pre>
 */
public final class EnterpriseMappingRoutes {
    private final ParkCatalog park;
    private final LiveState live;
    private final TenantScope tenancy;

    public EnterpriseMappingRoutes(ParkCatalog park, LiveState live, TenantScope tenancy) {
        this.park = park;
        this.live = live;
        this.tenancy = tenancy;
    }

    public List<RouteSpec> routes() {
        return List.of(
                RouteSpec.get(
                        "/api/enterprises/:id/mapping", this::mapping, Permissions.LIVE_READ));
    }

    private void mapping(RoutingContext ctx) {
        String id = ctx.pathParam("id");
        Optional<EnterpriseInfo> info =
                park.enterprises().stream().filter(e -> e.id().equals(id)).findFirst();
        if (info.isEmpty()) {
            ApiReplies.error(ctx, 404, "no enterprise '" + id + "' in the park");
            return;
        }
        if (!tenancy.seesEnterprise(Principal.of(ctx), id)) {
            ApiReplies.error(
                    ctx,
                    403,
                    "enterprise '" + id + "': an enterprise user sees only its own mapping");
            return;
        }
        EnterpriseTags tags = park.tagsOf(id).orElse(new EnterpriseTags(id, "", List.of()));
        FeedHealth feed = live.feed(id);
        ApiReplies.json(
                ctx,
                LiveJson.render(
                        g -> {
                            EnterpriseInfo e = info.get();
                            g.writeStartObject();
                            g.writeStringField("enterpriseId", e.id());
                            g.writeStringField("nameZh", e.nameZh());
                            g.writeStringField("nameEn", e.nameEn());
                            g.writeStringField("siteFeatureId", e.featureId());
                            g.writeStringField("namespaceUri", tags.namespaceUri());
                            g.writeFieldName("feed");
                            if (feed == null) g.writeNull();
                            else LiveJson.writeFeed(g, feed);
                            g.writeArrayFieldStart("tags");
                            for (TagDefinition t : tags.tags()) writeTag(g, t);
                            g.writeEndArray();
                            g.writeEndObject();
                        }));
    }

    private static void writeTag(JsonGenerator g, TagDefinition t) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", t.id());
        g.writeStringField("node", t.node());
        g.writeStringField("kind", t.kind().id());
        g.writeStringField("unit", t.unit());
        g.writeStringField("featureId", t.featureId());
        g.writeStringField("nameZh", t.nameZh());
        g.writeStringField("nameEn", t.nameEn());
        g.writeNumberField("samplingMs", t.samplingMs());
        g.writeNumberField("deadband", t.deadband());
        g.writeNumberField("min", t.min());
        g.writeNumberField("max", t.max());
        TagLimits l = t.limits();
        g.writeObjectFieldStart("limits");
        limit(g, "ll", l.ll());
        limit(g, "l", l.l());
        limit(g, "h", l.h());
        limit(g, "hh", l.hh());
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void limit(JsonGenerator g, String name, Double v) throws IOException {
        if (v == null) g.writeNullField(name);
        else g.writeNumberField(name, v);
    }
}
