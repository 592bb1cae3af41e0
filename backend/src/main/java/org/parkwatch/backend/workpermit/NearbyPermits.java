package org.parkwatch.backend.workpermit;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;
import org.locationtech.jts.geom.Point;
import org.parkwatch.backend.linkage.LinkagePackage;
import org.parkwatch.backend.linkage.NearbyWork;

/**
 * The special work near an alarm's or incident's place, for its linkage package (issue 15): every
 * permit active now, of any kind (a gas leak next to work at height still means workers to
 * evacuate), within the cross-check's radius {@link WorkPermitOptions#gasNearM()}, with its workers
 * count, the camera that sees it and the cross-check alarms ({@code WP_GAS_NEAR}, {@code
 * WP_WINDOW}, {@code WP_NO_GAS}) raised for it now. The active permits sit in a {@link PermitGrid}
 * rebuilt when permits change and on the capability's tick (approved work entering its window), so
 * a lookup costs one cell. Which enterprise may see which permit is decided at the HTTP edge
 * ({@code ScopedViews#linkage}). Thread-safe.
 */
public final class NearbyPermits implements NearbyWork {
    private final WorkPermitService permits;
    private final WorkPlaces places;
    private final WorkPermitOptions options;
    private final WorkPermitCrossCheck crossCheck;
    private final LongSupplier clockMs;
    private volatile PermitGrid grid;

    public NearbyPermits(
            WorkPermitService permits,
            WorkPlaces places,
            WorkPermitOptions options,
            WorkPermitCrossCheck crossCheck,
            LongSupplier clockMs) {
        this.permits = permits;
        this.places = places;
        this.options = options;
        this.crossCheck = crossCheck;
        this.clockMs = clockMs;
        this.grid = new PermitGrid(List.of(), options.gasNearM(), crossCheck.plane());
    }

    /** Indexes the permits active now (a permit changed, or the periodic tick). */
    public void rebuild() {
        grid =
                new PermitGrid(
                        permits.active(clockMs.getAsLong()),
                        options.gasNearM(),
                        crossCheck.plane());
    }

    @Override
    public List<LinkagePackage.Work> near(double lon, double lat) {
        List<LinkagePackage.Work> out = new ArrayList<>();
        for (PermitGrid.Hit h : grid.near(lon, lat)) out.add(work(h.permit(), h.distanceM()));
        return out;
    }

    private LinkagePackage.Work work(SpecialWorkPermit p, double distanceM) {
        Point c = p.geometry().getCentroid();
        WorkPlaces.CameraChoice cam =
                places.cameraFor(c.getX(), c.getY(), options.cameraSearchM()).orElse(null);
        return new LinkagePackage.Work(
                p.id(),
                p.enterpriseId(),
                p.kind().name(),
                p.kind().nameZh(),
                p.level(),
                p.level() == null ? null : WorkKind.levelZh(p.level()),
                p.state().name(),
                p.placeZh(),
                p.namesOf("leader"),
                p.namesOf("guardian"),
                p.namesOf("approver"),
                distanceM,
                cam == null ? null : cam.id(),
                c.getX(),
                c.getY(),
                p.namesOf("worker").size(),
                crossCheck.alarmsRaisedFor(p.id()));
    }
}
