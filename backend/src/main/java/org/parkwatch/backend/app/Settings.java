package org.parkwatch.backend.app;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.parkwatch.backend.alarm.AlarmConfigException;
import org.parkwatch.backend.alarm.service.AlarmConfigFiles;
import org.parkwatch.backend.basemap.BasemapOptions;
import org.parkwatch.backend.emergency.EmergencyOptions;
import org.parkwatch.backend.history.HistoryOptions;
import org.parkwatch.backend.ingest.Plausibility;
import org.parkwatch.backend.logistics.LogisticsOptions;
import org.parkwatch.backend.notify.NotifySettings;
import org.parkwatch.backend.platform.config.ConfigException;
import org.parkwatch.backend.platform.config.ParkWatchConfig;
import org.parkwatch.backend.platform.db.DatabaseOptions;
import org.parkwatch.backend.publicdisplay.PublicDisplayOptions;
import org.parkwatch.backend.risk.qra.QraSettings;
import org.parkwatch.backend.risk.qra.WindRoseStore;
import org.parkwatch.backend.security.SecurityConfig;
import org.parkwatch.backend.video.VideoOptions;
import org.parkwatch.model.park.ParkCatalog;

/**
 * Every capability's configuration group, read into validated records at once before anything
 * opens: a bad value anywhere stops the start with one message that names every bad key, file and
 * entry.
 *
 * @param database the database ({@code db.enabled=false}: a private in-memory H2GIS database)
 * @param history the history store: write-ahead folder, checkpoints, retention per tier
 * @param security users, sessions and the first administrator
 * @param alarms alarm definitions and correlation rules (defaults overridden by their files)
 * @param qra the park QRA's settings
 * @param windRoses the configured wind rose (file or API)
 * @param publicDisplay the open-day display
 * @param hazardRegradeMs shortest interval between two regradings of a unit, ms
 * @param basemap the one-map's base map (tile source or offline MBTiles)
 * @param plausibility the ingest's limits beyond which samples are quarantined (source time skew,
 *     value range)
 * @param logistics the JT/T 808 server for vehicle terminals and the trucks' pushes
 * @param video where each camera's live HLS stream is
 * @param notification notification channels, acknowledgement and escalation (issue 14), with their
 *     secrets read from the environment or owner-only files
 * @param emergency emergency command: the speeds of the straight-line ETA estimate
 */
public record Settings(
        DatabaseOptions database,
        HistoryOptions history,
        SecurityConfig security,
        AlarmConfigFiles alarms,
        QraSettings qra,
        WindRoseStore windRoses,
        PublicDisplayOptions publicDisplay,
        long hazardRegradeMs,
        BasemapOptions basemap,
        Plausibility plausibility,
        LogisticsOptions logistics,
        VideoOptions video,
        NotifySettings notification,
        EmergencyOptions emergency) {

    /** Reads every group with secrets from the process environment. */
    public static Settings read(ParkWatchConfig config, ParkCatalog park) {
        return read(config, park, System::getenv);
    }

    /**
     * Reads every group; throws one {@link ConfigException} listing all problems.
     *
     * @param secrets where secrets named {@code env:VARIABLE} by configuration are read
     */
    public static Settings read(
            ParkWatchConfig config, ParkCatalog park, Function<String, String> secrets) {
        List<String> problems = new ArrayList<>();
        DatabaseOptions database =
                attempt(
                        problems,
                        () ->
                                Boolean.parseBoolean(config.value("db.enabled"))
                                        ? DatabaseOptions.from(config::value, config.dataDir())
                                        : DatabaseOptions.inMemory(config.dataDir()));
        HistoryOptions history =
                database == null
                        ? null
                        : attempt(problems, () -> HistoryOptions.from(config::value, database));
        SecurityConfig security = attempt(problems, () -> SecurityConfig.from(config::value));
        AlarmConfigFiles alarms = attempt(problems, () -> AlarmConfigFiles.load(config, park));
        QraSettings qra = attempt(problems, () -> QraSettings.from(config::value));
        WindRoseStore roses =
                qra == null
                        ? null
                        : attempt(
                                problems,
                                () -> new WindRoseStore(config.dataDir(), qra.windRoseFile()));
        PublicDisplayOptions display =
                attempt(problems, () -> PublicDisplayOptions.from(config::value));
        Long regradeMs = attempt(problems, () -> positiveLong(config, "hazard.regradeMs"));
        BasemapOptions basemap = attempt(problems, () -> BasemapOptions.from(config::value));
        Plausibility plausibility = attempt(problems, () -> Plausibility.from(config::value));
        LogisticsOptions logistics = attempt(problems, () -> LogisticsOptions.from(config::value));
        VideoOptions video = attempt(problems, () -> VideoOptions.from(config::value));
        NotifySettings notification =
                attempt(problems, () -> NotifySettings.from(config::value, secrets));
        EmergencyOptions emergency = attempt(problems, () -> EmergencyOptions.from(config::value));
        if (!problems.isEmpty()) throw new ConfigException(problems);
        return new Settings(
                database,
                history,
                security,
                alarms,
                qra,
                roses,
                display,
                regradeMs,
                basemap,
                plausibility,
                logistics,
                video,
                notification,
                emergency);
    }

    private static long positiveLong(ParkWatchConfig config, String key) {
        String text = config.value(key);
        try {
            long v = Long.parseLong(text == null ? "" : text.trim());
            if (v > 0) return v;
        } catch (NumberFormatException e) {
            // reported below with the key
        }
        throw new IllegalArgumentException(
                key + "='" + text + "': must be a positive whole number");
    }

    private static <T> T attempt(List<String> problems, Supplier<T> read) {
        try {
            return read.get();
        } catch (ConfigException e) {
            problems.addAll(e.problems());
        } catch (AlarmConfigException | IllegalArgumentException e) {
            problems.add(e.getMessage());
        }
        return null;
    }
}
