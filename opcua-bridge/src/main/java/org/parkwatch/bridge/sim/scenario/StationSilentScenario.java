package org.parkwatch.bridge.sim.scenario;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parkwatch.model.park.TagDefinition;

/**
 * {@code station-silent}: a feed goes quiet so the platform's stale and feed-lost detection fires.
 * Mode {@code freeze} (default): the OPC UA server stays up but stops updating the values (and
 * source timestamps) of the enterprise's or the station's tags. Mode {@code down}: the enterprise's
 * server is shut down, and started again on the same port when the scenario stops. Options: {@code
 * enterprise} (enterprise id) or {@code station} (feature id, freeze only), {@code mode}.
 */
public final class StationSilentScenario implements Scenario {
    public static final String NAME = "station-silent";
    static final List<String> OPTIONS = List.of("enterprise", "station", "mode");

    private final String enterpriseId;
    private final String stationId;
    private final boolean down;
    private final Set<String> tags;

    StationSilentScenario(String enterpriseId, String stationId, boolean down, Set<String> tags) {
        this.enterpriseId = enterpriseId;
        this.stationId = stationId;
        this.down = down;
        this.tags = tags;
    }

    public static ScenarioType type() {
        return new ScenarioType(
                NAME,
                "某企业或监测站停止上送数据（数值冻结或服务器停机）",
                "An enterprise's or a station's feed goes silent (values freeze or the server goes down)",
                OPTIONS,
                StationSilentScenario::create);
    }

    static Scenario create(ScenarioOptions o, ScenarioContext ctx) {
        o.allowOnly(OPTIONS);
        String mode = o.text("mode").orElse("freeze");
        if (!mode.equals("freeze") && !mode.equals("down")) {
            throw o.invalid("mode", "expected 'freeze' or 'down', got '" + mode + "'");
        }
        String enterprise = o.text("enterprise").orElse(null);
        String station = o.text("station").orElse(null);
        if ((enterprise == null) == (station == null)) {
            throw o.invalid(
                    "enterprise",
                    "give exactly one of 'enterprise' (enterprise id) or 'station' (feature id)");
        }
        Set<String> tags = new LinkedHashSet<>();
        for (TagDefinition t : ctx.model().tags()) {
            if (enterprise != null
                    ? t.enterpriseId().equals(enterprise)
                    : t.featureId().equals(station)) {
                tags.add(t.id());
            }
        }
        if (tags.isEmpty()) {
            throw enterprise != null
                    ? o.invalid("enterprise", "no tags for enterprise '" + enterprise + "'")
                    : o.invalid("station", "no tags for station '" + station + "'");
        }
        if (mode.equals("down") && enterprise == null) {
            throw o.invalid("mode", "'down' needs option 'enterprise' (a whole server goes down)");
        }
        return new StationSilentScenario(enterprise, station, mode.equals("down"), tags);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Map<String, Object> options() {
        Map<String, Object> m = new LinkedHashMap<>();
        if (enterpriseId != null) m.put("enterprise", enterpriseId);
        if (stationId != null) m.put("station", stationId);
        m.put("mode", down ? "down" : "freeze");
        m.put("tagCount", tags.size());
        return m;
    }

    @Override
    public void start(ScenarioContext ctx) {
        if (down) ctx.servers().stopServer(enterpriseId);
    }

    @Override
    public void apply(ScenarioContext ctx, double elapsedS) {
        // nothing to overwrite: the servers skip the silenced tags
    }

    @Override
    public void stop(ScenarioContext ctx) {
        if (down) ctx.servers().startServer(enterpriseId);
    }

    @Override
    public Set<String> silencedTags() {
        return down ? Set.of() : tags;
    }
}
