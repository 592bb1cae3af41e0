package org.parkwatch.backend.environment;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Map;
import org.parkwatch.model.consequence.Warning;
import org.parkwatch.model.environment.AqiItem;
import org.parkwatch.model.environment.AqiLevel;
import org.parkwatch.model.environment.AqiResult;
import org.parkwatch.model.environment.AveragedValue;
import org.parkwatch.model.environment.EnvLimit;
import org.parkwatch.model.environment.LimitCheck;
import org.parkwatch.model.environment.RiverTravel;
import org.parkwatch.model.environment.SubIndex;
import org.parkwatch.model.environment.backtrace.BacktraceResult;
import org.parkwatch.model.environment.backtrace.SourceRank;

/** The JSON of the environment routes (the edge: records in, Vert.x JSON out). */
final class EnvironmentJson {

    private EnvironmentJson() {}

    static JsonObject aqi(AqiService.ParkAqi a, List<AqiService.StationAqi> visible) {
        JsonArray stations = new JsonArray();
        for (AqiService.StationAqi s : visible) {
            stations.add(
                    new JsonObject()
                            .put("featureId", s.station().featureId())
                            .put("nameZh", s.station().nameZh())
                            .put("nameEn", s.station().nameEn())
                            .put("lon", s.station().lon())
                            .put("lat", s.station().lat())
                            .put("aqi", s.result() == null ? null : result(s.result())));
        }
        return new JsonObject()
                .put("at", a.atMs())
                .put("park", a.park() == null ? null : result(a.park()))
                .put("stations", stations)
                .put("warnings", warnings(a.warnings()));
    }

    static JsonObject result(AqiResult r) {
        JsonArray subs = new JsonArray();
        for (SubIndex s : r.subIndices()) {
            subs.add(
                    new JsonObject()
                            .put("item", s.item().name())
                            .put("pollutant", s.item().pollutant())
                            .put("nameZh", s.item().nameZh())
                            .put("nameEn", s.item().nameEn())
                            .put("concentration", s.concentration())
                            .put("unit", s.item().unit().symbol())
                            .put("iaqi", s.iaqi())
                            .put("capped", s.capped()));
        }
        return new JsonObject()
                .put("aqi", r.aqi())
                .put("level", r.level().name())
                .put("levelZh", r.level().levelZh())
                .put("categoryZh", r.level().categoryZh())
                .put("categoryEn", r.level().categoryEn())
                .put("colour", r.level().colourHex())
                .put("primary", items(r.primary()))
                .put("exceeding", items(r.exceeding()))
                .put("subIndices", subs)
                .put("warnings", warnings(r.warnings()));
    }

    static JsonObject backtrace(BacktraceResult r, long fromMs, long toMs, AirNetwork network) {
        JsonArray ranking = new JsonArray();
        for (SourceRank s : r.ranking()) {
            double[] lonLat = network.lonLat(s.source().xM(), s.source().yM());
            ranking.add(
                    new JsonObject()
                            .put("rank", s.rank())
                            .put("sourceId", s.source().id())
                            .put("enterpriseId", s.source().enterpriseId())
                            .put("lon", lonLat[0])
                            .put("lat", lonLat[1])
                            .put("releaseRateKgPerS", s.releaseRateKgPerS())
                            .put("backgroundUgPerM3", s.backgroundUgPerM3())
                            .put("explainedFraction", s.explainedFraction())
                            .put("confidence", s.confidence()));
        }
        JsonObject byEnterprise = new JsonObject();
        for (Map.Entry<String, Double> e : r.confidenceByEnterprise().entrySet()) {
            byEnterprise.put(e.getKey(), e.getValue());
        }
        return new JsonObject()
                .put("pollutant", r.pollutant().name())
                .put("pollutantZh", r.pollutant().nameZh())
                .put("pollutantEn", r.pollutant().nameEn())
                .put("from", fromMs)
                .put("to", toMs)
                .put("samplesUsed", r.samplesUsed())
                .put("stepsSkipped", r.stepsSkipped())
                .put("ranking", ranking)
                .put("confidenceByEnterprise", byEnterprise)
                .put("warnings", warnings(r.warnings()));
    }

    static JsonObject daily(String date, List<DailyService.StationDay> days) {
        JsonArray stations = new JsonArray();
        for (DailyService.StationDay d : days) {
            JsonArray pollutants = new JsonArray();
            for (DailyService.PollutantDay p : d.pollutants()) {
                pollutants.add(
                        new JsonObject()
                                .put("pollutant", p.pollutant().name())
                                .put("symbol", p.pollutant().symbol())
                                .put("unit", p.unit())
                                .put("dailyMean", averaged(p.dailyMean()))
                                .put("validHours", p.validHours())
                                .put(
                                        "maxHourly",
                                        Double.isFinite(p.maxHourly()) ? p.maxHourly() : null)
                                .put(
                                        "maxEightHour",
                                        p.maxEightHour() == null
                                                ? null
                                                : averaged(p.maxEightHour())));
            }
            JsonArray checks = new JsonArray();
            for (LimitCheck c : d.checks()) {
                checks.add(
                        new JsonObject()
                                .put("limitId", c.limit().id())
                                .put("pollutant", c.limit().pollutant().name())
                                .put("averaging", c.limit().averaging().key())
                                .put("limit", c.limit().max())
                                .put("unit", c.limit().unit())
                                .put("standard", c.limit().standard())
                                .put("clause", c.limit().clause())
                                .put("status", c.limit().status().name())
                                .put("value", c.judged() ? c.value() : null)
                                .put("judged", c.judged())
                                .put("exceeded", c.exceeded())
                                .put("ratio", Double.isFinite(c.ratio()) ? c.ratio() : null)
                                .put("warnings", warnings(c.warnings())));
            }
            stations.add(
                    new JsonObject()
                            .put("featureId", d.station().featureId())
                            .put("nameZh", d.station().nameZh())
                            .put("nameEn", d.station().nameEn())
                            .put("aqi", d.aqi() == null ? null : result(d.aqi()))
                            .put("pollutants", pollutants)
                            .put("checks", checks));
        }
        return new JsonObject().put("date", date).put("stations", stations);
    }

    static JsonArray limits(List<EnvLimit> limits) {
        JsonArray out = new JsonArray();
        for (EnvLimit l : limits) {
            out.add(
                    new JsonObject()
                            .put("id", l.id())
                            .put("medium", l.medium().name())
                            .put("pollutant", l.pollutant().name())
                            .put("pollutantZh", l.pollutant().nameZh())
                            .put("pollutantEn", l.pollutant().nameEn())
                            .put("averaging", l.averaging().key())
                            .put("min", Double.isNaN(l.min()) ? null : l.min())
                            .put("max", Double.isNaN(l.max()) ? null : l.max())
                            .put("unit", l.unit())
                            .put("standard", l.standard())
                            .put("clause", l.clause())
                            .put("status", l.status().name())
                            .put("note", l.note()));
        }
        return out;
    }

    static JsonObject containment(ContainmentService.Plan plan, ContainmentReader.Place intake) {
        JsonArray steps = new JsonArray();
        for (ContainmentService.Step st : plan.steps()) {
            steps.add(
                    new JsonObject()
                            .put("tier", st.tier())
                            .put("action", st.action())
                            .put("place", place(st.place()))
                            .put("valveTagId", st.place().valveTagId())
                            .put("valve", st.valve() == null ? null : st.valve().name())
                            .put("done", st.done()));
        }
        JsonObject travel = null;
        if (plan.travel() != null) {
            RiverTravel.Estimate e = plan.travel();
            travel =
                    new JsonObject()
                            .put("from", place(plan.riverEntry()))
                            .put("to", place(intake))
                            .put("distanceM", e.distanceM())
                            .put("velocityMPerS", e.velocityMPerS())
                            .put("travelS", e.travelS())
                            .put("entryOffsetM", e.entryOffsetM())
                            .put("method", "plug-flow")
                            .put("warnings", warnings(e.warnings()));
        }
        return new JsonObject()
                .put("enterpriseId", plan.enterpriseId())
                .put("steps", steps)
                .put("containedM3", plan.containedM3())
                .put("travel", travel)
                .put("travelProblem", plan.travelProblem());
    }

    private static JsonObject place(ContainmentReader.Place p) {
        if (p == null) return null;
        return new JsonObject()
                .put("id", p.id())
                .put("enterpriseId", p.enterpriseId())
                .put("nameZh", p.nameZh())
                .put("nameEn", p.nameEn())
                .put(
                        "capacityM3",
                        Double.isFinite(p.capacityM3()) ? Math.round(p.capacityM3()) : null);
    }

    static JsonObject report(EnvironmentReport.Report r) {
        JsonObject byLevel = new JsonObject();
        for (AqiLevel l : AqiLevel.values())
            byLevel.put(l.name(), r.daysByLevel().getOrDefault(l, 0));
        JsonArray days = new JsonArray();
        for (EnvironmentReport.Day d : r.days()) {
            days.add(
                    new JsonObject()
                            .put("date", d.date().toString())
                            .put("aqi", d.aqi() == null ? null : d.aqi().aqi())
                            .put("level", d.aqi() == null ? null : d.aqi().level().name()));
        }
        JsonArray ex = new JsonArray();
        for (EnvironmentReport.Exceedance e : r.exceedances()) {
            ex.add(
                    new JsonObject()
                            .put("date", e.date().toString())
                            .put("stationId", e.station().featureId())
                            .put("limitId", e.check().limit().id())
                            .put("value", e.check().value())
                            .put("limit", e.check().limit().max())
                            .put("unit", e.check().limit().unit())
                            .put("standard", e.check().limit().standard())
                            .put("clause", e.check().limit().clause()));
        }
        JsonArray dis = new JsonArray();
        for (EnvironmentReport.Discharge d : r.discharges()) {
            dis.add(
                    new JsonObject()
                            .put("featureId", d.featureId())
                            .put("enterpriseId", d.enterpriseId())
                            .put("waterM3", finite(d.waterM3()))
                            .put("codKg", finite(d.codKg()))
                            .put("nh3nKg", finite(d.nh3nKg()))
                            .put("tpKg", finite(d.tpKg()))
                            .put("hoursWithFlow", d.hoursWithFlow()));
        }
        return new JsonObject()
                .put("kind", r.kind())
                .put("period", r.period())
                .put("first", r.first().toString())
                .put("last", r.last().toString())
                .put("daysByLevel", byLevel)
                .put("daysWithoutAqi", r.daysWithoutAqi())
                .put("days", days)
                .put("exceedances", ex)
                .put("discharges", dis);
    }

    private static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }

    private static JsonObject averaged(AveragedValue v) {
        return new JsonObject()
                .put("value", v.valid() ? v.value() : null)
                .put("valid", v.valid())
                .put("validCount", v.validCount())
                .put("required", v.required())
                .put("warnings", warnings(v.warnings()));
    }

    private static JsonArray items(List<AqiItem> items) {
        JsonArray out = new JsonArray();
        items.forEach(i -> out.add(i.name()));
        return out;
    }

    private static JsonArray warnings(List<Warning> warnings) {
        JsonArray out = new JsonArray();
        for (Warning w : warnings) {
            out.add(
                    new JsonObject()
                            .put("code", w.code())
                            .put("textZh", w.textZh())
                            .put("textEn", w.textEn()));
        }
        return out;
    }
}
