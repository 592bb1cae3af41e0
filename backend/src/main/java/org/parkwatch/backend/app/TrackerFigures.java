package org.parkwatch.backend.app;

import io.vertx.core.json.JsonObject;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Supplier;
import org.parkwatch.backend.emergency.EmergencyCapability;
import org.parkwatch.backend.hazard.GradingResult;
import org.parkwatch.backend.hazard.HazardService;
import org.parkwatch.backend.hazard.MonitoringCoverage;
import org.parkwatch.backend.live.LiveState;
import org.parkwatch.backend.live.Quality;
import org.parkwatch.backend.live.TagState;
import org.parkwatch.backend.logistics.LogisticsCapability;
import org.parkwatch.backend.lots.ChemicalLotsCapability;
import org.parkwatch.backend.lots.LotLedger;
import org.parkwatch.backend.pipeline.PipelineCapability;
import org.parkwatch.backend.risk.qra.QraCapability;
import org.parkwatch.backend.risk.qra.QraRun;
import org.parkwatch.backend.security.Principal;
import org.parkwatch.backend.security.Role;
import org.parkwatch.backend.tracker.PlatformFigures;

/**
 * The tracker's {@link PlatformFigures}, read live from the capabilities that own them (each may be
 * absent: then its figure is empty, and the tracker says so). Blocking calls run on the tracker's
 * worker.
 */
final class TrackerFigures implements PlatformFigures {
    /** Whom the lot ledger sees when the tracker counts lots: the park, every enterprise. */
    private static final Principal PARK = new Principal("tracker", Role.REGULATOR, null);

    private final HazardService hazards;
    private final LiveState live;
    private final QraCapability qra;
    private final ChemicalLotsCapability lots;
    private final LogisticsCapability logistics;
    private final PipelineCapability pipelines;
    private final Supplier<EmergencyCapability> emergency;

    TrackerFigures(
            HazardService hazards,
            LiveState live,
            QraCapability qra,
            ChemicalLotsCapability lots,
            LogisticsCapability logistics,
            PipelineCapability pipelines,
            Supplier<EmergencyCapability> emergency) {
        this.hazards = hazards;
        this.live = live;
        this.qra = qra;
        this.lots = lots;
        this.logistics = logistics;
        this.pipelines = pipelines;
        this.emergency = emergency;
    }

    @Override
    public Optional<HazardFigures> hazards() {
        if (hazards == null) return Optional.empty();
        int majors = 0;
        int applicable = 0;
        int liveSignals = 0;
        Map<Integer, Integer> byLevel = new HashMap<>();
        for (String id : hazards.unitIds()) {
            GradingResult g = hazards.liveGrade(id);
            GradingResult s = hazards.staticGrade(id);
            if (!g.majorHazard() && !s.majorHazard()) continue;
            majors++;
            // the grade of the unit as it stands now (live), its design grade when live says none
            Integer level = g.level() != null ? g.level() : s.level();
            if (level != null) byLevel.merge(level, 1, Integer::sum);
            MonitoringCoverage.UnitCoverage c = hazards.coverage().of(id, this::tagLive);
            applicable += c.applicable();
            liveSignals += c.live();
        }
        int enterprises = hazards.registry() == null ? 0 : hazards.registry().enterprises().size();
        return Optional.of(
                new HazardFigures(
                        enterprises,
                        hazards.unitIds().size(),
                        majors,
                        byLevel,
                        applicable,
                        liveSignals,
                        hazards.disposalCards().all().size()));
    }

    /** A tag is live when it has a value of good quality that is not stale (as the hazard API). */
    private boolean tagLive(String tagId) {
        TagState t = live.tag(tagId);
        return t != null && t.hasValue() && t.quality() == Quality.GOOD && !t.stale();
    }

    @Override
    public Optional<Optional<QraFigures>> qra() {
        if (qra == null) return Optional.empty();
        QraRun run = qra.service().latest();
        if (run == null || !run.done()) return Optional.of(Optional.empty());
        int candidates = new JsonObject(run.summary()).getInteger("relocationCandidates", 0);
        return Optional.of(Optional.of(new QraFigures(run.id(), run.finishedMs(), candidates)));
    }

    @Override
    public Optional<LotFigures> lots() {
        if (lots == null) return Optional.empty();
        Set<String> enterprises = new HashSet<>();
        int n = 0;
        for (LotLedger.LotState s : lots.inventory().lots(PARK)) {
            n++;
            enterprises.add(s.enterpriseId());
        }
        return Optional.of(new LotFigures(n, enterprises.size()));
    }

    @Override
    public OptionalInt loadingChecks(long fromMs, long toMs) throws SQLException {
        if (logistics == null) return OptionalInt.empty();
        return OptionalInt.of(logistics.loadingChecksBetween(fromMs, toMs));
    }

    @Override
    public Optional<PipelineFigures> pipelines(long fromMs, long toMs) throws SQLException {
        if (pipelines == null) return Optional.empty();
        var s = pipelines.service();
        return Optional.of(
                new PipelineFigures(
                        s.pipelines().size(),
                        s.encroachments().size(),
                        s.patrols(fromMs, toMs).size()));
    }

    @Override
    public OptionalInt drills(long fromMs, long toMs) throws SQLException {
        EmergencyCapability e = emergency.get();
        if (e == null) return OptionalInt.empty();
        return OptionalInt.of(e.drillsBetween(fromMs, toMs));
    }
}
