package org.parkwatch.backend.risk.qra;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The QRA's configuration keys ({@code risk.qra.*} in parkwatch-defaults.properties), read once and
 * validated.
 *
 * @param autoStart run at start when no run is stored
 * @param startDelayMs wait after start before that run (ms)
 * @param marginM raster margin around the park extent (m)
 * @param cellM raster cell size (m)
 * @param statusOverride GB 36894 limits for every target: {@code risk.qra.newFacilities} true = new
 *     facilities, false = in service, empty (the default) = each target's {@code facilityStatus}
 * @param windRoseFile configured wind rose JSON, if any
 * @param historyMinHours hourly wind-direction values needed to derive the rose from history
 * @param inventoryChange relative inventory change that counts as material (fraction)
 * @param debounceMs wait after the first material change before re-running (ms)
 * @param checkMs period of the material-change check (ms)
 * @param threads risk-grid threads (≥ 1)
 */
public record QraSettings(
        boolean autoStart,
        long startDelayMs,
        double marginM,
        double cellM,
        Optional<FacilityStatus> statusOverride,
        Optional<Path> windRoseFile,
        int historyMinHours,
        double inventoryChange,
        long debounceMs,
        long checkMs,
        int threads) {

    /**
     * @throws IllegalArgumentException naming every bad key and value
     */
    public static QraSettings from(Function<String, String> config) {
        List<String> problems = new ArrayList<>();
        Reader r = new Reader(config, problems);
        boolean autoStart = r.bool("risk.qra.autoStart");
        long startDelay = (long) r.number("risk.qra.startDelayMs", 0, 3_600_000);
        double margin = r.number("risk.qra.marginM", 0, 20_000);
        double cell = r.number("risk.qra.cellM", 1, 1000);
        Optional<FacilityStatus> statusOverride =
                r.optionalBool("risk.qra.newFacilities")
                        .map(isNew -> isNew ? FacilityStatus.NEW : FacilityStatus.IN_SERVICE);
        String file = config.apply("risk.qra.windRoseFile");
        int minHours = (int) r.number("risk.qra.historyMinHours", 1, 1_000_000);
        double change = r.number("risk.qra.inventoryChange", 0.001, 10);
        long debounce = (long) r.number("risk.qra.debounceMs", 0, 86_400_000);
        long check = (long) r.number("risk.qra.checkMs", 10, 3_600_000);
        int threads = (int) r.number("risk.qra.threads", 0, 256);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(
                    "bad QRA configuration: " + String.join("; ", problems));
        }
        return new QraSettings(
                autoStart,
                startDelay,
                margin,
                cell,
                statusOverride,
                file == null || file.isBlank()
                        ? Optional.empty()
                        : Optional.of(Path.of(file.trim())),
                minHours,
                change,
                debounce,
                check,
                threads == 0 ? Runtime.getRuntime().availableProcessors() : threads);
    }

    private record Reader(Function<String, String> config, List<String> problems) {
        boolean bool(String key) {
            String v = String.valueOf(config.apply(key)).trim();
            if (!v.equals("true") && !v.equals("false")) {
                problems.add(key + "=" + v + " (expected true or false)");
            }
            return v.equals("true");
        }

        /** Empty when the key is unset or blank. */
        Optional<Boolean> optionalBool(String key) {
            String v = config.apply(key);
            return v == null || v.isBlank() ? Optional.empty() : Optional.of(bool(key));
        }

        double number(String key, double min, double max) {
            String v = String.valueOf(config.apply(key)).trim();
            try {
                double d = Double.parseDouble(v);
                if (d >= min && d <= max) {
                    return d;
                }
            } catch (NumberFormatException e) {
                // reported below with the key
            }
            problems.add(key + "=" + v + " (expected a number from " + min + " to " + max + ")");
            return min;
        }
    }
}
