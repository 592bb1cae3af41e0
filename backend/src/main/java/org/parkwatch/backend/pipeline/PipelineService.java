package org.parkwatch.backend.pipeline;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.parkwatch.backend.gis.FeatureAttributes;
import org.parkwatch.backend.gis.FeatureAttributesJson;
import org.parkwatch.backend.gis.FeatureRecord;
import org.parkwatch.backend.gis.GisRepository;
import org.parkwatch.backend.gis.MetricProjection;
import org.parkwatch.backend.gis.SpatialQueries;

/**
 * The pipelines as the database holds them now (layer {@value #LAYER}), their encroachments, the
 * patrols and the coverage of each segment. Methods block.
 */
public final class PipelineService {
    /** The park's layer of pipelines and pipe racks. */
    public static final String LAYER = "pipelines";

    /** Most points one patrol track may have (a day's walk at one fix every 5 s). */
    static final int MAX_TRACK_POINTS = 20_000;

    private static final GeometryFactory LON_LAT = new GeometryFactory();

    private final GisRepository gis;
    private final Map<String, PipelineClass> classes;
    private final EncroachmentCheck encroachment;
    private final PatrolRepository patrols;

    public PipelineService(
            GisRepository gis,
            SpatialQueries database,
            Map<String, PipelineClass> classes,
            PatrolRepository patrols) {
        this.gis = gis;
        this.classes = classes;
        this.encroachment = new EncroachmentCheck(database, classes);
        this.patrols = patrols;
    }

    public Map<String, PipelineClass> classes() {
        return classes;
    }

    /** The pipelines and pipe racks of the layer, by id. */
    public List<Pipeline> pipelines() throws SQLException {
        List<Pipeline> out = new ArrayList<>();
        for (FeatureRecord f : gis.features(LAYER, null, 10_000, 0)) {
            FeatureAttributes a = FeatureAttributesJson.parse(f.propsJson());
            String cls =
                    a.text(
                            "pipelineClass",
                            f.kind().equals("pipe-rack") ? "pipe-rack" : "in-park-pipeline");
            out.add(
                    new Pipeline(
                            f.id(),
                            f.kind(),
                            cls,
                            f.nameZh(),
                            f.nameEn(),
                            f.enterpriseId(),
                            f.geometry()));
        }
        return out;
    }

    public List<Encroachment> encroachments() throws SQLException {
        return encroachment.check(pipelines());
    }

    /**
     * Checks and stores a patrol.
     *
     * @throws IllegalArgumentException naming the field or track point that is wrong
     */
    public Patrol file(Patrol p) throws SQLException {
        if (p.patroller() == null || p.patroller().isBlank() || p.patroller().length() > 100) {
            throw new IllegalArgumentException("patroller is required (at most 100 characters)");
        }
        if (p.note().length() > 500) {
            throw new IllegalArgumentException("note is longer than 500 characters");
        }
        if (pipelines().stream().noneMatch(x -> x.id().equals(p.pipelineId()))) {
            throw new IllegalArgumentException(
                    "pipelineId '" + p.pipelineId() + "' is no pipeline of the layer " + LAYER);
        }
        List<double[]> t = p.track();
        if (t.size() < 2 || t.size() > MAX_TRACK_POINTS) {
            throw new IllegalArgumentException(
                    "track needs 2 to " + MAX_TRACK_POINTS + " points, got " + t.size());
        }
        for (int i = 0; i < t.size(); i++) {
            double[] pt = t.get(i);
            if (!(pt[0] >= -180 && pt[0] <= 180 && pt[1] >= -90 && pt[1] <= 90)) {
                throw new IllegalArgumentException(
                        "track[" + i + "]: lon/lat out of range: " + pt[0] + ", " + pt[1]);
            }
            if (i > 0 && pt[2] < t.get(i - 1)[2]) {
                throw new IllegalArgumentException("track[" + i + "]: time goes backwards");
            }
        }
        Patrol stored =
                new Patrol(
                        p.id(),
                        p.pipelineId(),
                        p.patroller().trim(),
                        (long) t.get(0)[2],
                        (long) t.get(t.size() - 1)[2],
                        t,
                        p.note(),
                        p.createdBy(),
                        p.createdMs());
        patrols.insert(stored);
        return stored;
    }

    /** Patrols that ended in [fromMs, toMs), newest first. */
    public List<Patrol> patrols(long fromMs, long toMs) throws SQLException {
        return patrols.between(fromMs, toMs);
    }

    /**
     * Coverage of every segment of every pipeline by the tracks of the patrols that ended in
     * [fromMs, toMs) (any patrol's track counts for any pipeline it passes).
     */
    public List<PatrolCoverage.Segment> coverage(long fromMs, long toMs) throws SQLException {
        MetricProjection plane = new MetricProjection();
        List<Geometry> tracks = new ArrayList<>();
        for (Patrol p : patrols.between(fromMs, toMs)) {
            Coordinate[] cs = new Coordinate[p.track().size()];
            for (int i = 0; i < cs.length; i++)
                cs[i] = new Coordinate(p.track().get(i)[0], p.track().get(i)[1]);
            tracks.add(plane.toMetres(LON_LAT.createLineString(cs)));
        }
        List<PatrolCoverage.Segment> out = new ArrayList<>();
        for (Pipeline p : pipelines()) {
            out.addAll(PatrolCoverage.of(p.id(), plane.toMetres(p.lonLat()), tracks));
        }
        return out;
    }
}
