package org.parkwatch.backend.emergency;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parkwatch.backend.security.AuditRecord;
import org.parkwatch.model.emergency.EmergencyPlan;
import org.parkwatch.model.emergency.LevelProposer;

/**
 * The API's JSON of emergency command: proposals, command records, tasks, dispatches, resources.
 */
final class EmergencyJson {
    private EmergencyJson() {}

    static JsonObject proposal(CommandService.Proposed p) {
        JsonArray checks = new JsonArray();
        for (LevelProposer.Check c : p.proposal().checks()) {
            checks.add(
                    new JsonObject()
                            .put("level", c.level().name())
                            .put("fact", c.fact().id())
                            .put("factZh", c.fact().textZh())
                            .put("factEn", c.fact().textEn())
                            .put("atLeast", c.atLeast())
                            .put("actual", c.actual())
                            .put("known", c.actual() != null)
                            .put("met", c.met()));
        }
        var level = p.proposal().level();
        return new JsonObject()
                .put("planId", p.plan().id())
                .put("planTitleZh", p.plan().titleZh())
                .put("planTitleEn", p.plan().titleEn())
                .put("level", level == null ? null : level.name())
                .put("levelZh", level == null ? null : level.nameZh())
                .put("zoneRun", p.proposal().basis())
                .put("checks", checks);
    }

    static JsonObject record(CommandRecord r) {
        return new JsonObject()
                .put("incidentId", r.incidentId())
                .put("enterprises", new JsonArray(r.enterprises()))
                .put("incidentKind", r.incidentKind())
                .put("drill", r.drill())
                .put("detectedMs", r.detectedMs())
                .put("planId", r.planId())
                .put("level", r.level() == null ? null : r.level().name())
                .put("levelZh", r.level() == null ? null : r.level().nameZh())
                .put("government", r.government())
                .put("casualties", r.casualties())
                .put("receptorReached", r.receptorReached())
                .put("confirmedMs", r.confirmedMs())
                .put("decidedMs", r.decidedMs())
                .put("firstDispatchMs", r.firstDispatchMs())
                .put("evacuationMs", r.evacuationMs())
                .put("allClearMs", r.allClearMs())
                .put("closed", r.closed());
    }

    static JsonObject task(Task t) {
        return new JsonObject()
                .put("taskId", t.taskId())
                .put("actionId", t.actionId())
                .put("level", t.level())
                .put("group", t.groupId())
                .put("ownerZh", t.ownerZh())
                .put("ownerEn", t.ownerEn())
                .put("textZh", t.textZh())
                .put("textEn", t.textEn())
                .put("withinMin", t.withinMin())
                .put("status", t.status().name())
                .put("statusZh", t.status().nameZh())
                .put("createdMs", t.createdMs())
                .put("startedMs", t.startedMs())
                .put("doneMs", t.doneMs());
    }

    static JsonObject dispatch(Dispatch d) {
        return new JsonObject()
                .put("dispatchId", d.dispatchId())
                .put("incidentId", d.incidentId())
                .put("resourceId", d.resourceId())
                .put("dispatchedMs", d.dispatchedMs())
                .put("distanceM", d.distanceM())
                .put("etaS", d.etaS())
                .put("etaBasisZh", d.etaBasisZh())
                .put("etaBasisEn", d.etaBasisEn())
                .put("estimate", true)
                .put("releasedMs", d.releasedMs())
                .put("dispatchedBy", d.dispatchedBy());
    }

    static JsonObject foam(Optional<DispatchService.FoamCheck> f) {
        if (f.isEmpty()) return null;
        DispatchService.FoamCheck c = f.get();
        return new JsonObject()
                .put("areaM2", c.areaM2())
                .put("neededT", c.neededT())
                .put("inStoreT", c.inStoreT())
                .put("shortage", c.shortage())
                .put(
                        "ruleZh",
                        "泡沫液用量 = 池火区面积 × 6.5 L/(min·m²) × 15 min × 3%（NFPA 11、GB 50151，未复核 [U]）；按池火最严重区面积估算，偏保守")
                .put(
                        "ruleEn",
                        "concentrate = pool-fire zone area × 6.5 L/(min·m²) × 15 min × 3 % (NFPA 11, GB"
                                + " 50151, unverified [U]); the most severe pool-fire zone's area is used, an"
                                + " upper estimate");
    }

    static JsonArray intervals(List<AfterActionReport.Interval> list) {
        JsonArray a = new JsonArray();
        for (AfterActionReport.Interval i : list) {
            a.add(
                    new JsonObject()
                            .put("key", i.key())
                            .put("nameZh", i.nameZh())
                            .put("nameEn", i.nameEn())
                            .put("atMs", i.atMs())
                            .put("minutes", i.minutes())
                            .put("targetMin", i.targetMin())
                            .put("met", i.met()));
        }
        return a;
    }

    static JsonArray log(List<AuditRecord> entries) {
        JsonArray a = new JsonArray();
        for (AuditRecord r : entries) a.add(r.toJson());
        return a;
    }

    static JsonObject planSummary(EmergencyPlan p) {
        return new JsonObject()
                .put("id", p.id())
                .put("kind", p.kind().name().toLowerCase(java.util.Locale.ROOT))
                .put("titleZh", p.titleZh())
                .put("titleEn", p.titleEn())
                .put("parent", p.parent())
                .put("enterpriseId", p.enterpriseId())
                .put("incidentKinds", new JsonArray(p.incidentKinds()))
                .put(
                        "levels",
                        new JsonArray(p.levels().stream().map(l -> l.level().name()).toList()));
    }

    static JsonObject resource(
            EmergencyResource r, Dispatch committedTo, Map<String, Double> stock) {
        JsonArray items = new JsonArray();
        for (EmergencyResource.StockItem it : r.items()) {
            items.add(
                    new JsonObject()
                            .put("item", it.item())
                            .put("nameZh", it.nameZh())
                            .put("nameEn", it.nameEn())
                            .put("unit", it.unit())
                            .put("quantity", stock.getOrDefault(it.item(), it.quantity()))
                            .put("foam", it.foam()));
        }
        return new JsonObject()
                .put("id", r.id())
                .put("type", r.type().name().toLowerCase(java.util.Locale.ROOT))
                .put("kind", r.kind())
                .put("nameZh", r.nameZh())
                .put("nameEn", r.nameEn())
                .put("enterpriseId", r.enterpriseId())
                .put("lon", Double.isNaN(r.lon()) ? null : r.lon())
                .put("lat", Double.isNaN(r.lat()) ? null : r.lat())
                .put("capacity", r.capacity())
                .put("specialities", new JsonArray(r.specialities()))
                .put("items", items)
                .put("committedTo", committedTo == null ? null : committedTo.incidentId());
    }
}
