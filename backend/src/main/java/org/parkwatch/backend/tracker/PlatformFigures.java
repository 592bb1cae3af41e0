package org.parkwatch.backend.tracker;

import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The platform's own figures that show the plan's progress, read live from the capabilities that
 * own them (the composition root connects each method; a capability that is not running answers
 * empty). Methods may block (a database read); the tracker calls them on a worker.
 */
public interface PlatformFigures {

    /**
     * The registry and GB 18218 grading (tasks 1, 2, 4, 17, 18).
     *
     * @param enterprises enterprises in the registry
     * @param units hazard units (installations) the park has
     * @param majorHazards units that are major hazards (statically or live)
     * @param byLevel major hazards by grade, level 1 (most severe) … 4
     * @param applicableSignals monitoring signals that apply to the major hazards (level,
     *     temperature, pressure, gas, SIS)
     * @param liveSignals of which are live now
     * @param disposalCards chemical disposal cards (处置卡) the platform hands to responders
     */
    record HazardFigures(
            int enterprises,
            int units,
            int majorHazards,
            Map<Integer, Integer> byLevel,
            int applicableSignals,
            int liveSignals,
            int disposalCards) {
        public HazardFigures {
            byLevel = Map.copyOf(byLevel);
        }

        /** Live monitoring signals of the major hazards, percent to 0.1; 0 when none applies. */
        public double coveragePercent() {
            return applicableSignals == 0
                    ? 0
                    : Math.round(1000.0 * liveSignals / applicableSignals) / 10.0;
        }
    }

    /**
     * The latest finished park QRA (tasks 5, 6).
     *
     * @param runId the run's id
     * @param finishedMs when it finished (epoch ms)
     * @param relocationCandidates enterprises the relocation screening ranks as candidates
     */
    record QraFigures(long runId, long finishedMs, int relocationCandidates) {}

    /**
     * Toxic and explosive-precursor chemical lots on the ledger (tasks 3, 28–29).
     *
     * @param lots lots with an electronic label id
     * @param enterprises enterprises holding them
     */
    record LotFigures(int lots, int enterprises) {}

    /**
     * Pipelines (task 8).
     *
     * @param encroachments buildings or sites inside a pipeline's safety distance now
     * @param patrols patrols filed in the period
     */
    record PipelineFigures(int pipelines, int encroachments, int patrols) {}

    Optional<HazardFigures> hazards();

    /** Empty when the QRA capability is absent; a present empty inner value: never run. */
    Optional<Optional<QraFigures>> qra();

    Optional<LotFigures> lots();

    /** Pre-loading checks (车、人、证、罐、单) filed in [fromMs, toMs) (task 7). */
    OptionalInt loadingChecks(long fromMs, long toMs) throws SQLException;

    Optional<PipelineFigures> pipelines(long fromMs, long toMs) throws SQLException;

    /** Drills (command records flagged as drills) detected in [fromMs, toMs) (tasks 30–33). */
    OptionalInt drills(long fromMs, long toMs) throws SQLException;

    /** A platform without any of the figures (every answer empty). */
    PlatformFigures NONE =
            new PlatformFigures() {
                @Override
                public Optional<HazardFigures> hazards() {
                    return Optional.empty();
                }

                @Override
                public Optional<Optional<QraFigures>> qra() {
                    return Optional.empty();
                }

                @Override
                public Optional<LotFigures> lots() {
                    return Optional.empty();
                }

                @Override
                public OptionalInt loadingChecks(long fromMs, long toMs) {
                    return OptionalInt.empty();
                }

                @Override
                public Optional<PipelineFigures> pipelines(long fromMs, long toMs) {
                    return Optional.empty();
                }

                @Override
                public OptionalInt drills(long fromMs, long toMs) {
                    return OptionalInt.empty();
                }
            };
}
