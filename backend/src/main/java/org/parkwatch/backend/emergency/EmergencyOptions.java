package org.parkwatch.backend.emergency;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.parkwatch.backend.platform.config.ConfigException;

/**
 * Configuration of emergency command: the speeds of the straight-line ETA estimate ({@link
 * StraightLineTravelTimes}).
 *
 * @param drivingKmPerH {@code emergency.drivingKmPerH}, default 40: mean speed of fire engines on
 *     park roads (GB 51054-2014 plans a 5-min turnout within a 4–7 km² district, implying 30–50
 *     km/h; 40 taken. Status [U])
 * @param walkingKmPerH {@code emergency.walkingKmPerH}, default 4: evacuees on foot (adult walking
 *     speed 1.1–1.3 m/s, slower for the elderly. Status [U])
 */
public record EmergencyOptions(double drivingKmPerH, double walkingKmPerH) {

    /** Reads both keys; a bad value is a {@link ConfigException} naming the key and value. */
    public static EmergencyOptions from(Function<String, String> value) {
        List<String> problems = new ArrayList<>();
        double drive = speed(value, "emergency.drivingKmPerH", 40, problems);
        double walk = speed(value, "emergency.walkingKmPerH", 4, problems);
        if (!problems.isEmpty()) throw new ConfigException(problems);
        return new EmergencyOptions(drive, walk);
    }

    private static double speed(
            Function<String, String> value, String key, double dflt, List<String> problems) {
        String text = value.apply(key);
        if (text == null || text.isBlank()) return dflt;
        try {
            double v = Double.parseDouble(text.trim());
            if (v > 0 && v <= 200) return v;
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(key + "='" + text + "': must be a speed in km/h between 0 and 200");
        return dflt;
    }
}
