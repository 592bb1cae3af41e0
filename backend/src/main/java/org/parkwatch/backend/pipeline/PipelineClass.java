package org.parkwatch.backend.pipeline;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A pipeline class and its safety zones, narrowest first.
 *
 * @param alsoSee further sources named but not taken a value from, or ""
 */
public record PipelineClass(
        String id, String nameZh, String nameEn, List<SafetyZone> zones, String alsoSee) {

    public PipelineClass {
        zones =
                zones.stream()
                        .sorted(
                                Comparator.comparing(
                                        z ->
                                                z.distanceM() == null
                                                        ? Double.MAX_VALUE
                                                        : z.distanceM()))
                        .toList();
    }

    /** The widest zone with a value, metres; empty when the class has no value from a source. */
    public Optional<Double> widestM() {
        return zones.stream()
                .map(SafetyZone::distanceM)
                .filter(d -> d != null)
                .max(Double::compare);
    }

    /** The narrowest zone that holds something {@code distanceM} from the centre line. */
    public Optional<SafetyZone> zoneAt(double distanceM) {
        return zones.stream()
                .filter(z -> z.distanceM() != null && distanceM <= z.distanceM())
                .findFirst();
    }
}
