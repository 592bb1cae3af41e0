package org.parkwatch.backend.workpermit;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Geometry;

/**
 * A special work permit (特殊作业票, GB 30871-2022) as the park holds it.
 *
 * @param id the park's id, {@code WP-<enterpriseId>-<n>}
 * @param enterpriseId the enterprise doing the work
 * @param externalId the id in the enterprise's own permit system (null when filed by hand); with
 *     the enterprise it identifies the permit for idempotent pushes
 * @param kind what work
 * @param level its level ({@link WorkKind#levels()}); null for kinds without levels
 * @param state where it is in its life
 * @param placeZh the place as written on the permit (作业地点)
 * @param geometry the place on the map, EPSG:4326 point or polygon
 * @param startMs start of the permitted window, epoch ms (inclusive)
 * @param endMs end of the window, epoch ms (exclusive)
 * @param people the responsible people
 * @param gasAnalyses the gas analyses, oldest first
 * @param startedMs when the work last entered IN_PROGRESS (0: never)
 * @param createdBy who filed it (login)
 * @param createdMs when it was filed
 * @param updatedMs when it last changed
 * @param note free text (作业内容), may be null
 */
public record SpecialWorkPermit(
        String id,
        String enterpriseId,
        String externalId,
        WorkKind kind,
        String level,
        WorkState state,
        String placeZh,
        Geometry geometry,
        long startMs,
        long endMs,
        List<ResponsiblePerson> people,
        List<GasAnalysis> gasAnalyses,
        long startedMs,
        String createdBy,
        long createdMs,
        long updatedMs,
        String note) {

    public SpecialWorkPermit {
        people = people == null ? List.of() : List.copyOf(people);
        gasAnalyses = gasAnalyses == null ? List.of() : List.copyOf(gasAnalyses);
    }

    /**
     * Active at {@code nowMs}: in progress (whatever its window: work outside it is an alarm of its
     * own), or approved and inside its window.
     */
    public boolean activeAt(long nowMs) {
        return state == WorkState.IN_PROGRESS
                || (state == WorkState.APPROVED && nowMs >= startMs && nowMs < endMs);
    }

    /** True when its window overlaps [fromMs, toMs). */
    public boolean overlaps(long fromMs, long toMs) {
        return startMs < toMs && endMs > fromMs;
    }

    public SpecialWorkPermit withState(WorkState s, long atMs) {
        long started = s == WorkState.IN_PROGRESS ? atMs : startedMs;
        return new SpecialWorkPermit(
                id,
                enterpriseId,
                externalId,
                kind,
                level,
                s,
                placeZh,
                geometry,
                startMs,
                endMs,
                people,
                gasAnalyses,
                started,
                createdBy,
                createdMs,
                atMs,
                note);
    }

    public SpecialWorkPermit withGasAnalysis(GasAnalysis a, long atMs) {
        List<GasAnalysis> all = new ArrayList<>(gasAnalyses);
        all.add(a);
        all.sort((x, y) -> Long.compare(x.atMs(), y.atMs()));
        return new SpecialWorkPermit(
                id,
                enterpriseId,
                externalId,
                kind,
                level,
                state,
                placeZh,
                geometry,
                startMs,
                endMs,
                people,
                all,
                startedMs,
                createdBy,
                createdMs,
                atMs,
                note);
    }

    public SpecialWorkPermit withPeople(List<ResponsiblePerson> p, long atMs) {
        return new SpecialWorkPermit(
                id,
                enterpriseId,
                externalId,
                kind,
                level,
                state,
                placeZh,
                geometry,
                startMs,
                endMs,
                p,
                gasAnalyses,
                startedMs,
                createdBy,
                createdMs,
                atMs,
                note);
    }

    /** This permit with the id, creator and creation time of {@code stored} (an update). */
    public SpecialWorkPermit replacing(SpecialWorkPermit stored, long atMs) {
        return new SpecialWorkPermit(
                stored.id,
                enterpriseId,
                externalId,
                kind,
                level,
                stored.state,
                placeZh,
                geometry,
                startMs,
                endMs,
                people,
                gasAnalyses,
                stored.startedMs,
                stored.createdBy,
                stored.createdMs,
                atMs,
                note);
    }

    public SpecialWorkPermit withId(String newId) {
        return new SpecialWorkPermit(
                newId,
                enterpriseId,
                externalId,
                kind,
                level,
                state,
                placeZh,
                geometry,
                startMs,
                endMs,
                people,
                gasAnalyses,
                startedMs,
                createdBy,
                createdMs,
                updatedMs,
                note);
    }

    /** The names of the people with this role. */
    public List<String> namesOf(String role) {
        return people.stream()
                .filter(p -> p.role().equals(role))
                .map(ResponsiblePerson::name)
                .toList();
    }
}
