package org.parkwatch.backend.alarm.service;

import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.parkwatch.backend.alarm.AlarmConfigException;
import org.parkwatch.backend.alarm.AlarmConfigLoader;
import org.parkwatch.backend.alarm.AlarmDefinition;
import org.parkwatch.backend.alarm.DefaultAlarmDefinitions;
import org.parkwatch.backend.alarm.DualPreventionAlarmDefinitions;
import org.parkwatch.backend.alarm.EnvironmentAlarmDefinitions;
import org.parkwatch.backend.alarm.LogisticsAlarmDefinitions;
import org.parkwatch.backend.alarm.TruckAlarmDefinitions;
import org.parkwatch.backend.alarm.WorkPermitAlarmDefinitions;
import org.parkwatch.backend.alarm.correlation.CorrelationConfig;
import org.parkwatch.backend.hazard.ParkLayerReader;
import org.parkwatch.backend.platform.config.ParkWatchConfig;
import org.parkwatch.backend.security.TenantScope;
import org.parkwatch.model.environment.LimitsCsv;
import org.parkwatch.model.park.EnterpriseInfo;
import org.parkwatch.model.park.ParkCatalog;

/**
 * The alarm configuration of a backend: the defaults from the park's tag lists, overridden by the
 * JSON files named in {@value #DEFINITIONS_KEY} ({@link AlarmConfigLoader} format) and {@value
 * #CORRELATION_KEY} ({@link CorrelationConfig#parse} format). An empty key means the defaults. With
 * them the longest validity of a bypass permit ({@value PermitRoutes#MAX_VALIDITY_KEY}).
 *
 * @param definitions the merged, validated alarm definitions
 * @param correlation the correlation rules
 * @param permitMaxValidityMs the longest validity a bypass permit may have, ms
 */
public record AlarmConfigFiles(
        List<AlarmDefinition> definitions,
        CorrelationConfig correlation,
        long permitMaxValidityMs) {
    /** Config key: path of the alarm-definition overrides (JSON), empty = defaults. */
    public static final String DEFINITIONS_KEY = "alarm.definitionsFile";

    /** Config key: path of the correlation rules (JSON), empty = defaults. */
    public static final String CORRELATION_KEY = "alarm.correlationFile";

    /**
     * Reads both files.
     *
     * @throws AlarmConfigException naming the file and every bad entry and field (an unreadable
     *     file included)
     * @throws IllegalArgumentException naming {@value PermitRoutes#MAX_VALIDITY_KEY} and its value
     *     when out of range
     */
    public static AlarmConfigFiles load(ParkWatchConfig config, ParkCatalog park) {
        long permitMaxValidityMs = PermitRoutes.maxValidityMs(config::value);
        List<AlarmDefinition> defs = new ArrayList<>(DefaultAlarmDefinitions.from(park));
        // issue 17: environmental limits on their averaging periods
        defs.addAll(EnvironmentAlarmDefinitions.from(park.allTags(), LimitsCsv.demo()));
        // issue 16: each enterprise's hazmat-truck alarms (route, speed, stop, closed road)
        defs.addAll(
                TruckAlarmDefinitions.from(
                        park.enterprises().stream().map(EnterpriseInfo::id).toList()));
        // issue 16: hazmat parking overstay, loading without the five checks
        List<String> enterpriseIds =
                new TenantScope(park)
                        .enterpriseIds().stream()
                                .filter(id -> !TenantScope.PARK_ID.equals(id))
                                .sorted()
                                .toList();
        defs.addAll(LogisticsAlarmDefinitions.from(parkingLotIds(park), enterpriseIds));
        // issue 15: the daily safety commitment not declared by the configured hour
        defs.addAll(LogisticsAlarmDefinitions.commitments(enterpriseIds));
        // issue 15: hidden dangers past their rectification deadline, per enterprise and the park
        defs.addAll(DualPreventionAlarmDefinitions.from(enterpriseIds));
        // issue 15: special work permits' cross-checks with live data
        defs.addAll(
                WorkPermitAlarmDefinitions.from(
                        park.enterprises().stream().map(EnterpriseInfo::id).toList()));
        String defsFile = config.value(DEFINITIONS_KEY);
        if (defsFile != null && !defsFile.isBlank()) {
            defs =
                    new AlarmConfigLoader(park::tag)
                            .apply(defs, read(DEFINITIONS_KEY, defsFile), defsFile);
        }
        CorrelationConfig corr = CorrelationConfig.defaults();
        String corrFile = config.value(CORRELATION_KEY);
        if (corrFile != null && !corrFile.isBlank())
            corr = CorrelationConfig.parse(read(CORRELATION_KEY, corrFile), corrFile);
        return new AlarmConfigFiles(defs, corr, permitMaxValidityMs);
    }

    /** The hazmat parking lots' feature ids ({@code park-facilities}, kind {@code parking}). */
    private static List<String> parkingLotIds(ParkCatalog park) {
        List<String> ids = new ArrayList<>();
        for (JsonObject f :
                ParkLayerReader.features(ParkLayerReader.layer(park, "park-facilities"))) {
            JsonObject p = f.getJsonObject("properties", new JsonObject());
            if ("parking".equals(p.getString("kind")) && f.getString("id") != null)
                ids.add(f.getString("id"));
        }
        return ids;
    }

    private static String read(String key, String file) {
        try {
            return Files.readString(Path.of(file), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            throw new AlarmConfigException(
                    file, List.of(key + ": cannot read '" + file + "': " + e));
        }
    }
}
