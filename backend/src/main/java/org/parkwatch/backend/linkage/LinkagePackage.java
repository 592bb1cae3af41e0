package org.parkwatch.backend.linkage;

import java.util.List;
import org.parkwatch.backend.hazard.ChemicalRecord;
import org.parkwatch.backend.hazard.DisposalCard;
import org.parkwatch.backend.hazard.registry.DutyContact;

/**
 * What a responder needs for one alarm or incident location. Distances in metres, positions
 * EPSG:4326, bearings in degrees clockwise from north.
 *
 * @param place the feature and coordinates
 * @param chemicals chemicals at the place features, with properties and disposal card when known
 * @param cameras cameras that see the point, nearest first
 * @param targets sensitive targets within {@code radiusM}, nearest first
 * @param radiusM the radius used for targets and people
 * @param resources the nearest emergency resource of each kind, nearest first
 * @param contacts duty contacts of the enterprises involved
 * @param work active special work of every kind (issue 15) near the place, nearest first
 */
public record LinkagePackage(
        Place place,
        List<Chemical> chemicals,
        List<Camera> cameras,
        List<Target> targets,
        double radiusM,
        List<Resource> resources,
        List<DutyContact> contacts,
        List<Work> work) {

    public LinkagePackage {
        work = work == null ? List.of() : List.copyOf(work);
    }

    /** This package found at another place. */
    public LinkagePackage withPlace(Place at) {
        return new LinkagePackage(
                at, chemicals, cameras, targets, radiusM, resources, contacts, work);
    }

    /** This package with other special work. */
    public LinkagePackage withWork(List<Work> current) {
        return new LinkagePackage(
                place, chemicals, cameras, targets, radiusM, resources, contacts, current);
    }

    /** A package without special work. */
    public LinkagePackage(
            Place place,
            List<Chemical> chemicals,
            List<Camera> cameras,
            List<Target> targets,
            double radiusM,
            List<Resource> resources,
            List<DutyContact> contacts) {
        this(place, chemicals, cameras, targets, radiusM, resources, contacts, List.of());
    }

    /**
     * Active special work near the place (issue 15): a responder to a leak stops it and evacuates
     * its workers.
     *
     * @param level null for kinds without levels
     * @param cameraId the camera that sees the work's place (or the nearest), null when none
     * @param workers the people named on the permit as workers (作业人)
     * @param alarmIds the work-permit cross-check alarms ({@code <E>.WP_GAS_NEAR}, {@code
     *     WP_WINDOW}, {@code WP_NO_GAS}) raised now with this permit among their permits
     */
    public record Work(
            String id,
            String enterpriseId,
            String kind,
            String kindZh,
            String level,
            String levelZh,
            String state,
            String placeZh,
            List<String> leaders,
            List<String> guardians,
            List<String> approvers,
            double distanceM,
            String cameraId,
            double lon,
            double lat,
            int workers,
            List<String> alarmIds) {
        public Work {
            alarmIds = alarmIds == null ? List.of() : List.copyOf(alarmIds);
        }
    }

    /** People in the sensitive targets within the radius. */
    public int people() {
        return targets.stream().mapToInt(Target::population).sum();
    }

    public record Place(
            String featureId,
            String layerId,
            String nameZh,
            String nameEn,
            double lon,
            double lat) {}

    /**
     * @param record null when the chemical is not in chemicals.json; card null when it has no
     *     disposal card
     */
    public record Chemical(
            String cas, ChemicalRecord record, DisposalCard card, List<String> atFeatures) {}

    public record Camera(
            String id,
            String nameZh,
            String nameEn,
            String enterpriseId,
            double distanceM,
            double bearingDeg,
            double headingDeg,
            double fovDeg,
            double rangeM,
            boolean ptz,
            double lon,
            double lat) {}

    public record Target(
            String id,
            String kind,
            String nameZh,
            String nameEn,
            int population,
            double distanceM,
            double lon,
            double lat) {}

    public record Resource(
            String id,
            String kind,
            String nameZh,
            String nameEn,
            double distanceM,
            double lon,
            double lat) {}
}
