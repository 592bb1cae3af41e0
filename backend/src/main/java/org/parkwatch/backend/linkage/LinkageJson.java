package org.parkwatch.backend.linkage;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.parkwatch.backend.hazard.ChemicalRecord;
import org.parkwatch.backend.hazard.DisposalCard;
import org.parkwatch.backend.hazard.GhsClass;
import org.parkwatch.backend.hazard.registry.DutyContact;

/**
 * The JSON shape of a {@link LinkagePackage} (API and push): metres rounded to 0.1 m, bearings to
 * 0.1°.
 */
public final class LinkageJson {
    private LinkageJson() {}

    public static JsonObject of(LinkagePackage p) {
        JsonObject o = new JsonObject();
        o.put(
                "place",
                new JsonObject()
                        .put("featureId", p.place().featureId())
                        .put("layerId", p.place().layerId())
                        .put("nameZh", p.place().nameZh())
                        .put("nameEn", p.place().nameEn())
                        .put("lon", p.place().lon())
                        .put("lat", p.place().lat()));
        JsonArray chems = new JsonArray();
        for (LinkagePackage.Chemical c : p.chemicals()) chems.add(chemical(c));
        o.put("chemicals", chems);
        JsonArray work = new JsonArray();
        for (LinkagePackage.Work w : p.work()) {
            work.add(
                    new JsonObject()
                            .put("id", w.id())
                            .put("enterpriseId", w.enterpriseId())
                            .put("kind", w.kind())
                            .put("kindZh", w.kindZh())
                            .put("level", w.level())
                            .put("levelZh", w.levelZh())
                            .put("state", w.state())
                            .put("placeZh", w.placeZh())
                            .put("leaders", new JsonArray(w.leaders()))
                            .put("guardians", new JsonArray(w.guardians()))
                            .put("approvers", new JsonArray(w.approvers()))
                            .put("distanceM", r1(w.distanceM()))
                            .put("cameraId", w.cameraId())
                            .put("lon", w.lon())
                            .put("lat", w.lat())
                            .put("workers", w.workers())
                            .put("alarmIds", new JsonArray(w.alarmIds())));
        }
        o.put("work", work);
        JsonArray cams = new JsonArray();
        for (LinkagePackage.Camera c : p.cameras()) {
            cams.add(
                    new JsonObject()
                            .put("id", c.id())
                            .put("nameZh", c.nameZh())
                            .put("nameEn", c.nameEn())
                            .put("enterpriseId", c.enterpriseId())
                            .put("distanceM", r1(c.distanceM()))
                            .put("bearingDeg", r1(c.bearingDeg()))
                            .put("headingDeg", c.headingDeg())
                            .put("fovDeg", c.fovDeg())
                            .put("rangeM", c.rangeM())
                            .put("ptz", c.ptz())
                            .put("lon", c.lon())
                            .put("lat", c.lat()));
        }
        o.put("cameras", cams);
        JsonArray targets = new JsonArray();
        for (LinkagePackage.Target t : p.targets()) {
            targets.add(
                    new JsonObject()
                            .put("id", t.id())
                            .put("kind", t.kind())
                            .put("nameZh", t.nameZh())
                            .put("nameEn", t.nameEn())
                            .put("population", t.population())
                            .put("distanceM", r1(t.distanceM()))
                            .put("lon", t.lon())
                            .put("lat", t.lat()));
        }
        o.put("targets", targets).put("radiusM", p.radiusM()).put("people", p.people());
        JsonArray res = new JsonArray();
        for (LinkagePackage.Resource r : p.resources()) {
            res.add(
                    new JsonObject()
                            .put("id", r.id())
                            .put("kind", r.kind())
                            .put("nameZh", r.nameZh())
                            .put("nameEn", r.nameEn())
                            .put("distanceM", r1(r.distanceM()))
                            .put("lon", r.lon())
                            .put("lat", r.lat()));
        }
        o.put("resources", res);
        JsonArray contacts = new JsonArray();
        for (DutyContact c : p.contacts()) {
            contacts.add(
                    new JsonObject()
                            .put("enterpriseId", c.enterpriseId())
                            .put("name", c.name())
                            .put("role", c.role())
                            .put("phone", c.phone()));
        }
        return o.put("contacts", contacts);
    }

    private static JsonObject chemical(LinkagePackage.Chemical c) {
        JsonObject o =
                new JsonObject()
                        .put("cas", c.cas())
                        .put("atFeatures", new JsonArray(c.atFeatures()));
        ChemicalRecord r = c.record();
        if (r != null) {
            o.put("id", r.id())
                    .put("nameZh", r.nameZh())
                    .put("nameEn", r.nameEn())
                    .put("unNumber", r.unNumber());
            JsonArray ghs = new JsonArray();
            for (GhsClass g : r.ghs())
                ghs.add(new JsonObject().put("zh", g.zh()).put("en", g.en()));
            o.put("ghs", ghs);
            JsonObject props = new JsonObject();
            r.properties()
                    .forEach(
                            (k, v) ->
                                    props.put(
                                            k,
                                            new JsonObject()
                                                    .put("value", v.value())
                                                    .put("unit", v.unit())
                                                    .put("source", v.source())));
            o.put("properties", props);
        }
        DisposalCard d = c.card();
        if (d != null) {
            o.put(
                    "card",
                    new JsonObject()
                            .put("unNumber", d.unNumber())
                            .put("ergGuide", d.ergGuide())
                            .put("zh", text(d.zh()))
                            .put("en", text(d.en()))
                            .put(
                                    "isolation",
                                    new JsonObject()
                                            .put(
                                                    "immediatePrecautionM",
                                                    d.isolation().immediatePrecautionM())
                                            .put("fireIsolationM", d.isolation().fireIsolationM())
                                            .put(
                                                    "largeSpillDownwindEvacuationM",
                                                    d.isolation().largeSpillDownwindEvacuationM())
                                            .put("smallSpill", spill(d.isolation().smallSpill()))
                                            .put("largeSpill", spill(d.isolation().largeSpill()))
                                            .put("source", d.isolation().source())));
        }
        return o;
    }

    private static JsonObject text(DisposalCard.Text t) {
        return new JsonObject()
                .put("name", t.name())
                .put("hazards", new JsonArray(t.hazards()))
                .put("protectiveEquipment", new JsonArray(t.protectiveEquipment()))
                .put("fireFighting", new JsonArray(t.fireFighting()))
                .put("spill", new JsonArray(t.spill()))
                .put("firstAid", new JsonArray(t.firstAid()));
    }

    private static JsonObject spill(DisposalCard.Spill s) {
        return s == null
                ? null
                : new JsonObject()
                        .put("isolationM", s.isolationM())
                        .put("protectDayKm", s.protectDayKm())
                        .put("protectNightKm", s.protectNightKm());
    }

    private static double r1(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
