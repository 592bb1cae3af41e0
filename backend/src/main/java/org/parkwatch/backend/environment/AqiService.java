package org.parkwatch.backend.environment;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.parkwatch.model.consequence.Warning;
import org.parkwatch.model.environment.AqiCalculator;
import org.parkwatch.model.environment.AqiItem;
import org.parkwatch.model.environment.AqiResult;
import org.parkwatch.model.environment.EnvWarningCode;
import org.parkwatch.model.environment.Pollutant;
import org.parkwatch.model.park.TagDefinition;

/**
 * The real-time AQI (HJ 633-2012 实时报) of every air station and of the park from the stations'
 * current values. The park's AQI rates the mean of each item over the stations that have it (as a
 * city AQI rates the mean of its stations). Live values stand in for the 1-hour means; every result
 * carries {@link EnvWarningCode#LIVE_VALUE_AS_HOURLY_MEAN} so no screen shows it as the regulatory
 * figure.
 */
final class AqiService {

    /** One station's AQI; {@code result} is null when none of its values is usable. */
    record StationAqi(
            AirNetwork.AirStation station, Map<AqiItem, Double> inputs, AqiResult result) {}

    /** The park's and every station's AQI at one instant. */
    record ParkAqi(long atMs, AqiResult park, List<StationAqi> stations, List<Warning> warnings) {}

    private final AirNetwork network;

    AqiService(AirNetwork network) {
        this.network = network;
    }

    /**
     * @param valueOfTag current value of a tag in its unit, NaN when missing, stale or bad
     */
    ParkAqi now(ToDoubleFunction<String> valueOfTag, long nowMs) {
        List<StationAqi> stations = new ArrayList<>();
        Map<AqiItem, double[]> sums = new EnumMap<>(AqiItem.class); // item → {sum, count}
        for (AirNetwork.AirStation s : network.stations()) {
            Map<AqiItem, Double> inputs = new EnumMap<>(AqiItem.class);
            for (Map.Entry<Pollutant, TagDefinition> e : s.tags().entrySet()) {
                EnvironmentSignals.realTimeItem(e.getKey())
                        .ifPresent(
                                item -> {
                                    double v =
                                            EnvironmentSignals.toItemUnit(
                                                    valueOfTag.applyAsDouble(e.getValue().id()),
                                                    e.getValue().unit(),
                                                    item);
                                    if (Double.isFinite(v) && v >= 0) {
                                        inputs.put(item, v);
                                        double[] acc =
                                                sums.computeIfAbsent(item, i -> new double[2]);
                                        acc[0] += v;
                                        acc[1]++;
                                    }
                                });
            }
            stations.add(
                    new StationAqi(
                            s, inputs, inputs.isEmpty() ? null : AqiCalculator.realTime(inputs)));
        }
        Map<AqiItem, Double> parkInputs = new EnumMap<>(AqiItem.class);
        sums.forEach((item, acc) -> parkInputs.put(item, acc[0] / acc[1]));
        AqiResult park = parkInputs.isEmpty() ? null : AqiCalculator.realTime(parkInputs);
        return new ParkAqi(
                nowMs, park, stations, List.of(EnvWarningCode.LIVE_VALUE_AS_HOURLY_MEAN.warning()));
    }
}
