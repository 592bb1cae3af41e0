package org.parkwatch.backend.onboarding;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.nio.file.Path;
import java.util.List;
import org.parkwatch.backend.ingest.uplink.PasswordHash;
import org.parkwatch.backend.ingest.uplink.UplinkCli;
import org.parkwatch.backend.ingest.uplink.UplinkCredential;
import org.parkwatch.backend.ingest.uplink.UplinkCredentialStore;
import org.parkwatch.backend.platform.Capability;
import org.parkwatch.backend.platform.config.ParkWatchConfig;
import org.parkwatch.backend.platform.http.ApiReplies;
import org.parkwatch.backend.platform.http.Permissions;
import org.parkwatch.backend.platform.http.RouteSpec;
import org.parkwatch.model.park.ParkCatalog;
import org.parkwatch.model.park.ParkCatalogException;
import org.parkwatch.model.park.TagDefinition;

/**
 * {@code POST /api/enterprises}: the same one-step onboarding as {@code ./parkwatch enterprise
 * add}, for the browser (administrators: {@link Permissions#REGISTRY_WRITE}). The body has {@code
 * id}, {@code nameZh}, {@code nameEn}, {@code activity}, {@code site} (GeoJSON outline), {@code
 * tags} (the browse tag list) and optionally {@code bridge} (the browse skeleton); the answer (201)
 * has the bridge's configuration, its MQTT user name and its password, shown this once. The park
 * folder changes at once; the running backend serves the enterprise from its next start ({@code
 * "restartRequired": true}). A bad field is a 400 naming it, and nothing is changed.
 */
public final class OnboardingRoutes implements Capability {
    private final ParkWatchConfig config;
    private final Vertx vertx;

    public OnboardingRoutes(ParkWatchConfig config, Vertx vertx) {
        this.config = config;
        this.vertx = vertx;
    }

    @Override
    public List<RouteSpec> routes() {
        return List.of(RouteSpec.post("/api/enterprises", this::add, Permissions.REGISTRY_WRITE));
    }

    @Override
    public Future<?> start() {
        return Future.succeededFuture();
    }

    @Override
    public Future<?> stop() {
        return Future.succeededFuture();
    }

    private void add(RoutingContext ctx) {
        JsonObject body;
        NewEnterprise e;
        try {
            body = ctx.body() == null ? null : ctx.body().asJsonObject();
            if (body == null) throw new OnboardingException("the body must be a JSON object");
            e =
                    new NewEnterprise(
                            body.getString("id"),
                            body.getString("nameZh"),
                            body.getString("nameEn"),
                            body.getString("activity"),
                            body.getJsonObject("site"),
                            body.getJsonObject("tags"));
        } catch (OnboardingException | DecodeException | ClassCastException ex) {
            ApiReplies.error(ctx, 400, ex.getMessage());
            return;
        }
        JsonObject skeleton = body.getJsonObject("bridge");
        vertx.executeBlocking(() -> onboard(e, skeleton), false)
                .onComplete(
                        r -> {
                            if (r.succeeded()) {
                                ctx.response().setStatusCode(201);
                                ApiReplies.json(ctx, r.result().encode());
                            } else if (r.cause() instanceof OnboardingException
                                    || r.cause() instanceof ParkCatalogException) {
                                ApiReplies.error(ctx, 400, r.cause().getMessage());
                            } else {
                                ApiReplies.failure(ctx, r.cause());
                            }
                        });
    }

    /** Blocking: park folder, then the credential; the answer carries the password once. */
    private synchronized JsonObject onboard(NewEnterprise e, JsonObject skeleton) throws Exception {
        String bridgeId = e.id() + "-B1";
        Path credentials = UplinkCli.credentialsFile(config);
        UplinkCredentialStore store = UplinkCredentialStore.read(credentials);
        if (store.byBridge(bridgeId).isPresent()) {
            throw new OnboardingException("bridge " + bridgeId + " has uplink credentials already");
        }
        ParkCatalog park =
                ParkFolder.openOrCopyDemo(EnterpriseCli.parkFolder(config)).addEnterprise(e);
        List<String> tags =
                park.tagsOf(e.id())
                        .map(t -> t.tags().stream().map(TagDefinition::id).toList())
                        .orElse(List.of());
        String password = PasswordHash.randomPassword();
        store.with(
                        new UplinkCredential(
                                bridgeId,
                                e.id(),
                                bridgeId,
                                PasswordHash.hash(
                                        password.toCharArray(), PasswordHash.DEFAULT_ITERATIONS),
                                System.currentTimeMillis(),
                                tags))
                .write(credentials);
        String passwordFile = bridgeId + ".mqtt-password";
        JsonObject out =
                new JsonObject()
                        .put("enterpriseId", e.id())
                        .put("bridgeId", bridgeId)
                        .put("username", bridgeId)
                        .put("password", password)
                        .put("passwordFile", passwordFile)
                        .put("tags", tags.size())
                        .put("restartRequired", true);
        if (skeleton != null) {
            out.put(
                    "bridgeConfig",
                    EnterpriseCli.bridgeConfig(
                            skeleton,
                            e.id(),
                            bridgeId,
                            EnterpriseCli.mqttUrl(config),
                            Path.of(passwordFile),
                            park));
        }
        return out;
    }
}
