package org.parkwatch.backend.tracker;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The figures the task file may name and how each is read from {@link PlatformFigures} for a
 * period: a snapshot reads each port at most once, so every task that shows the same figure shows
 * the same value. Plain Java.
 */
public final class FigureCatalog {
    public static final String NO_FIGURE_ZH = "平台无此数据";
    public static final String NO_FIGURE_EN = "no figure on the platform";

    /** Every key a task file may name. */
    public static final Set<String> KEYS =
            Set.of(
                    "enterprises",
                    "hazardUnits",
                    "majorHazards",
                    "majorHazardsL1",
                    "majorHazardsL2",
                    "majorHazardsL3",
                    "majorHazardsL4",
                    "monitoringCoverage",
                    "disposalCards",
                    "qraDone",
                    "relocationCandidates",
                    "lotsTracked",
                    "lotEnterprises",
                    "loadingChecks",
                    "pipelineEncroachments",
                    "pipelinePatrols",
                    "drills");

    private static final String[] LEVEL_ZH = {"", "一级", "二级", "三级", "四级"};

    private FigureCatalog() {}

    /** The ports read once for [fromMs, toMs); {@link #figure} answers from it. */
    public static final class Snapshot {
        private final Optional<PlatformFigures.HazardFigures> hazards;
        private final Optional<Optional<PlatformFigures.QraFigures>> qra;
        private final Optional<PlatformFigures.LotFigures> lots;
        private final OptionalInt loadingChecks;
        private final Optional<PlatformFigures.PipelineFigures> pipelines;
        private final OptionalInt drills;
        private final ZoneId zone;

        public Snapshot(PlatformFigures p, long fromMs, long toMs, ZoneId zone)
                throws java.sql.SQLException {
            this.hazards = p.hazards();
            this.qra = p.qra();
            this.lots = p.lots();
            this.loadingChecks = p.loadingChecks(fromMs, toMs);
            this.pipelines = p.pipelines(fromMs, toMs);
            this.drills = p.drills(fromMs, toMs);
            this.zone = zone;
        }

        /** The figures of a task, in the task file's order. */
        public List<PlatformFigure> figures(PlanTask t) {
            List<PlatformFigure> out = new ArrayList<>();
            for (String k : t.figureKeys()) out.add(figure(k));
            return out;
        }

        /**
         * @throws IllegalArgumentException for a key not in {@link #KEYS}
         */
        public PlatformFigure figure(String key) {
            return switch (key) {
                case "enterprises" ->
                        count(
                                key,
                                "登记在册企业",
                                "Enterprises in the registry",
                                hazards.map(PlatformFigures.HazardFigures::enterprises),
                                "企业档案（一企一档）",
                                "enterprise registry");
                case "hazardUnits" ->
                        count(
                                key,
                                "危险化学品装置（单元）",
                                "Hazard units (installations)",
                                hazards.map(PlatformFigures.HazardFigures::units),
                                "GB 18218-2018 辨识",
                                "GB 18218-2018 identification");
                case "majorHazards" ->
                        count(
                                key,
                                "已辨识重大危险源",
                                "Major hazards identified",
                                hazards.map(PlatformFigures.HazardFigures::majorHazards),
                                "GB 18218-2018 辨识与分级",
                                "GB 18218-2018 identification and grading");
                case "majorHazardsL1", "majorHazardsL2", "majorHazardsL3", "majorHazardsL4" ->
                        level(key);
                case "monitoringCoverage" ->
                        number(
                                key,
                                "重大危险源监测信号在线率（%）",
                                "Major hazards' monitoring signals live (%)",
                                hazards.map(PlatformFigures.HazardFigures::coveragePercent),
                                "实时监测（液位、温度、压力、气体、SIS）",
                                "live monitoring (level, temperature, pressure, gas, SIS)");
                case "disposalCards" ->
                        count(
                                key,
                                "化学品应急处置卡",
                                "Chemical disposal cards",
                                hazards.map(PlatformFigures.HazardFigures::disposalCards),
                                "化学品数据",
                                "chemical data");
                case "qraDone" -> qraDone(key);
                case "relocationCandidates" ->
                        count(
                                key,
                                "搬迁候选企业（最新定量风险评估）",
                                "Relocation candidates (latest QRA)",
                                qra.map(
                                        q ->
                                                q.map(
                                                                PlatformFigures.QraFigures
                                                                        ::relocationCandidates)
                                                        .orElse(0)),
                                "定量风险评估搬迁筛查",
                                "QRA relocation screening");
                case "lotsTracked" ->
                        count(
                                key,
                                "电子标识追踪批次",
                                "Lots tracked with electronic labels",
                                lots.map(PlatformFigures.LotFigures::lots),
                                "剧毒、易制爆化学品台账",
                                "toxic and precursor lot ledger");
                case "lotEnterprises" ->
                        count(
                                key,
                                "持有追踪批次的企业",
                                "Enterprises holding tracked lots",
                                lots.map(PlatformFigures.LotFigures::enterprises),
                                "剧毒、易制爆化学品台账",
                                "toxic and precursor lot ledger");
                case "loadingChecks" ->
                        count(
                                key,
                                "本季度装货前查验",
                                "Pre-loading checks this quarter",
                                boxed(loadingChecks),
                                "危化品运输查验",
                                "hazmat transport checks");
                case "pipelineEncroachments" ->
                        count(
                                key,
                                "管道安全距离内占压",
                                "Pipeline encroachments now",
                                pipelines.map(PlatformFigures.PipelineFigures::encroachments),
                                "管道图层与占压检查",
                                "pipeline layer and encroachment check");
                case "pipelinePatrols" ->
                        count(
                                key,
                                "本季度管道巡线",
                                "Pipeline patrols this quarter",
                                pipelines.map(PlatformFigures.PipelineFigures::patrols),
                                "管道巡线记录",
                                "pipeline patrol records");
                case "drills" ->
                        count(
                                key,
                                "本季度应急演练",
                                "Emergency drills this quarter",
                                boxed(drills),
                                "应急指挥记录",
                                "emergency command records");
                default -> throw new IllegalArgumentException("no platform figure '" + key + "'");
            };
        }

        private PlatformFigure level(String key) {
            int level = key.charAt(key.length() - 1) - '0';
            return count(
                    key,
                    LEVEL_ZH[level] + "重大危险源",
                    "Level " + level + " major hazards",
                    hazards.map(h -> h.byLevel().getOrDefault(level, 0)),
                    "GB 18218-2018 分级",
                    "GB 18218-2018 grading");
        }

        private PlatformFigure qraDone(String key) {
            String zh = "园区定量风险评估";
            String en = "Park QRA";
            if (qra.isEmpty()) return none(key, zh, en, "定量风险评估", "QRA");
            Optional<PlatformFigures.QraFigures> run = qra.get();
            if (run.isEmpty())
                return new PlatformFigure(key, zh, en, 0.0, "未完成", "not run", "定量风险评估", "QRA");
            String date =
                    Instant.ofEpochMilli(run.get().finishedMs())
                            .atZone(zone)
                            .toLocalDate()
                            .toString();
            return new PlatformFigure(
                    key,
                    zh,
                    en,
                    1.0,
                    "已完成（第 " + run.get().runId() + " 次，" + date + "）",
                    "done (run " + run.get().runId() + ", " + date + ")",
                    "定量风险评估",
                    "QRA");
        }

        private static Optional<Integer> boxed(OptionalInt i) {
            return i.isPresent() ? Optional.of(i.getAsInt()) : Optional.empty();
        }
    }

    private static PlatformFigure count(
            String key, String zh, String en, Optional<Integer> v, String srcZh, String srcEn) {
        if (v.isEmpty()) return none(key, zh, en, srcZh, srcEn);
        String text = Integer.toString(v.get());
        return new PlatformFigure(key, zh, en, (double) v.get(), text, text, srcZh, srcEn);
    }

    private static PlatformFigure number(
            String key, String zh, String en, Optional<Double> v, String srcZh, String srcEn) {
        if (v.isEmpty()) return none(key, zh, en, srcZh, srcEn);
        String text = String.format(Locale.ROOT, "%.1f", v.get());
        return new PlatformFigure(key, zh, en, v.get(), text, text, srcZh, srcEn);
    }

    private static PlatformFigure none(
            String key, String zh, String en, String srcZh, String srcEn) {
        return new PlatformFigure(key, zh, en, null, NO_FIGURE_ZH, NO_FIGURE_EN, srcZh, srcEn);
    }
}
