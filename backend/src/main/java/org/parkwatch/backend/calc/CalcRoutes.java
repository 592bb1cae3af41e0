package org.parkwatch.backend.calc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.parkwatch.backend.platform.http.ApiReplies;
import org.parkwatch.backend.platform.http.Permissions;
import org.parkwatch.backend.platform.http.RouteSpec;
import org.parkwatch.model.calc.CalcInputException;
import org.parkwatch.model.calc.CalcModel;

/**
 * The calculator over HTTP: {@code GET /api/calc} lists the models with their summaries, {@code
 * POST /api/calc/:model} computes one (JSON body in, JSON out) — the same models and answers as
 * {@code ./parkwatch calc}. Errors: unknown model → 404 with the known names; bad input → 400
 * {@code {"error": message, "field": path}}; the body size limit is the route table's ({@code
 * http.maxBodyBytes}). Models are pure and fast, so they run inline.
 */
public final class CalcRoutes {
    private final Map<String, CalcModel> models = new LinkedHashMap<>();
    private final ObjectMapper mapper = new ObjectMapper();

    /** Routes over the given models; the first of a name wins. */
    public CalcRoutes(List<CalcModel> models) {
        for (CalcModel m : models) this.models.putIfAbsent(m.name(), m);
    }

    /**
     * Routes over every model the {@link ServiceLoader} finds (model's built-ins and the backend's
     * gb18218).
     */
    public static CalcRoutes fromServiceLoader() {
        List<CalcModel> found = new ArrayList<>();
        ServiceLoader.load(CalcModel.class).forEach(found::add);
        return new CalcRoutes(found);
    }

    public List<String> modelNames() {
        return List.copyOf(models.keySet());
    }

    public List<RouteSpec> routes() {
        return List.of(
                RouteSpec.get("/api/calc", this::list, Permissions.CALC_RUN),
                RouteSpec.post("/api/calc/:model", this::compute, Permissions.CALC_RUN));
    }

    private void list(RoutingContext ctx) {
        ArrayNode out = mapper.createArrayNode();
        models.values()
                .forEach(m -> out.addObject().put("name", m.name()).put("summary", m.summary()));
        ApiReplies.json(ctx, out.toString());
    }

    private void compute(RoutingContext ctx) {
        String name = ctx.pathParam("model");
        CalcModel model = models.get(name);
        if (model == null) {
            ApiReplies.error(
                    ctx,
                    404,
                    "unknown model '" + name + "'; known: " + String.join(", ", models.keySet()),
                    Map.of("models", List.copyOf(models.keySet())));
            return;
        }
        JsonNode input;
        try {
            String body = ctx.body() == null ? null : ctx.body().asString();
            if (body == null || body.isBlank()) {
                fieldError(ctx, "request body is empty; send the model's input as JSON", "");
                return;
            }
            input = mapper.readTree(body);
        } catch (JsonProcessingException e) {
            fieldError(ctx, "request body is not JSON: " + e.getOriginalMessage(), "");
            return;
        }
        try {
            ApiReplies.json(ctx, model.compute(input).toString());
        } catch (CalcInputException e) {
            fieldError(ctx, e.getMessage(), e.field());
        }
    }

    private static void fieldError(RoutingContext ctx, String message, String field) {
        ApiReplies.error(ctx, 400, message, Collections.singletonMap("field", field));
    }
}
