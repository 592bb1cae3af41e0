package org.parkwatch.backend.emergency;

import io.vertx.core.WorkerExecutor;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.Map;
import java.util.concurrent.Callable;
import org.parkwatch.backend.platform.http.ApiReplies;

/**
 * How the emergency routes run their work and answer: on the capability's one worker thread, in
 * order; a conflict is 409, a plan problem 400 with every problem, a body of the wrong shape 400,
 * the rest as {@link ApiReplies#failure} says.
 */
final class EmergencyReplies {
    private EmergencyReplies() {}

    static void run(WorkerExecutor worker, RoutingContext ctx, Callable<String> work) {
        worker.executeBlocking(work, true)
                .onComplete(
                        ar -> {
                            if (ar.succeeded()) ApiReplies.json(ctx, ar.result());
                            else fail(ctx, ar.cause());
                        });
    }

    static void fail(RoutingContext ctx, Throwable t) {
        if (t instanceof ConflictException) ApiReplies.error(ctx, 409, t.getMessage());
        else if (t instanceof ClassCastException)
            ApiReplies.error(ctx, 400, "a field of the body has the wrong type: " + t.getMessage());
        else if (t instanceof PlanException e)
            ApiReplies.error(
                    ctx, 400, e.getMessage(), Map.of("problems", new JsonArray(e.problems())));
        else ApiReplies.failure(ctx, t);
    }

    static JsonObject body(RoutingContext ctx) {
        try {
            JsonObject o = ctx.body().asJsonObject();
            if (o != null) return o;
        } catch (DecodeException | ClassCastException e) {
            // answered below
        }
        ApiReplies.error(ctx, 400, "the body must be a JSON object");
        return null;
    }
}
