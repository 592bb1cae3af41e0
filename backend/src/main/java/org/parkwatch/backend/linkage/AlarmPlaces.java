package org.parkwatch.backend.linkage;

import java.util.Optional;

/**
 * The port through which a linkage package learns where an alarm without a feature of its own is
 * (issue 15: a special work permit's cross-check alarm is at the permit's place; the work-permit
 * capability provides it). Alarms with a feature are located by the feature.
 */
@FunctionalInterface
public interface AlarmPlaces {
    AlarmPlaces NONE = alarmId -> Optional.empty();

    /**
     * The place of an alarm (point, or the centroid of an area; EPSG:4326) with its name; {@link
     * LinkagePackage.Place#featureId()} may be null. Empty when the alarm's place is not known.
     */
    Optional<LinkagePackage.Place> placeOf(String alarmId);
}
