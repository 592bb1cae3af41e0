package org.parkwatch.backend.logistics;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.parkwatch.model.logistics.gate.DriverDocs;
import org.parkwatch.model.logistics.gate.GateDecision;
import org.parkwatch.model.logistics.gate.GateFinding;
import org.parkwatch.model.logistics.gate.VehicleDocs;
import org.parkwatch.model.logistics.gate.Waybill;

/**
 * The gate's records as JSON, and request bodies read into them; a bad field is an {@link
 * IllegalArgumentException} naming it. Findings carry their text in both languages so that a gate
 * display shows the reason without a dictionary of its own.
 */
final class GateJson {
    private static final Map<GateFinding.Code, String[]> ENTRY_TEXT =
            Map.of(
                    GateFinding.Code.UNKNOWN_VEHICLE,
                    new String[] {"车辆 {plate} 未登记", "vehicle {plate} is not registered"},
                    GateFinding.Code.VEHICLE_PERMIT_EXPIRED,
                    new String[] {
                        "车辆 {plate} 道路运输证已于 {validUntil} 过期",
                        "transport permit of {plate} expired on {validUntil}"
                    },
                    GateFinding.Code.UNKNOWN_DRIVER,
                    new String[] {"驾驶员 {driver} 未登记", "driver {driver} is not registered"},
                    GateFinding.Code.DRIVER_QUALIFICATION_EXPIRED,
                    new String[] {
                        "驾驶员 {driver} 从业资格已于 {validUntil} 过期",
                        "qualification of driver {driver} expired on {validUntil}"
                    },
                    GateFinding.Code.NO_WAYBILL,
                    new String[] {"车辆 {plate} 在 {day} 无电子运单", "{plate} has no waybill on {day}"},
                    GateFinding.Code.OUTSIDE_TIME_SLOT,
                    new String[] {
                        "运单 {waybill} 预约时段为 {from} 至 {to}",
                        "waybill {waybill} is for {from} to {to}"
                    },
                    GateFinding.Code.DRIVER_NOT_ON_WAYBILL,
                    new String[] {
                        "驾驶员 {driver} 不是运单 {waybill} 的驾驶员",
                        "driver {driver} is not the driver of waybill {waybill}"
                    },
                    GateFinding.Code.ENTERPRISE_NOT_IN_PARK,
                    new String[] {"运单企业 {enterprise} 不在园区内", "{enterprise} is not in the park"},
                    GateFinding.Code.CHEMICAL_NOT_HANDLED,
                    new String[] {
                        "企业 {enterprise} 不经营 {chemical}（CAS {cas}）",
                        "{enterprise} does not handle {chemical} (CAS {cas})"
                    },
                    GateFinding.Code.OVER_CAPACITY,
                    new String[] {
                        "运量 {quantityT} t 超过罐体核定载质量 {capacityT} t",
                        "{quantityT} t exceeds the tank's rated load of {capacityT} t"
                    });

    private static final Map<GateFinding.Code, String[]> EXIT_TEXT =
            Map.of(
                    GateFinding.Code.NO_ENTRY_RECORD,
                    new String[] {"卡口无车辆 {plate} 的入园记录", "no gate has recorded {plate} coming in"},
                    GateFinding.Code.LOADING_UNCHECKED,
                    new String[] {
                        "车辆 {plate} 在 {enterprise} 充装（运单 {waybill}）未完成充装前查验：{missingZh}",
                        "{plate} loaded at {enterprise} (waybill {waybill}) without the pre-loading"
                                + " checks: {missingEn}"
                    });

    private static final Map<GateFinding.Code, String[]> TEXT = texts();

    private static Map<GateFinding.Code, String[]> texts() {
        Map<GateFinding.Code, String[]> all = new java.util.EnumMap<>(ENTRY_TEXT);
        all.putAll(EXIT_TEXT);
        return all;
    }

    private GateJson() {}

    static JsonObject decision(GateDecision d, long tsMs, String gate, String plate) {
        JsonArray findings = new JsonArray();
        for (GateFinding f : d.findings()) findings.add(finding(f));
        return new JsonObject()
                .put("tsMs", tsMs)
                .put("gate", gate)
                .put("plate", plate)
                .put("allowed", d.allowed())
                .put("waybill", d.waybill() == null ? null : waybill(d.waybill()))
                .put("findings", findings);
    }

    static JsonObject finding(GateFinding f) {
        String[] t = TEXT.get(f.code());
        return new JsonObject()
                .put("code", f.code().name())
                .put("facts", new JsonObject(Map.copyOf(f.facts())))
                .put("textZh", fill(t[0], f.facts()))
                .put("textEn", fill(t[1], f.facts()));
    }

    private static String fill(String template, Map<String, String> facts) {
        String s = template;
        for (Map.Entry<String, String> e : facts.entrySet()) {
            s = s.replace("{" + e.getKey() + "}", e.getValue());
        }
        return s;
    }

    static JsonObject waybill(Waybill w) {
        return new JsonObject()
                .put("id", w.id())
                .put("plate", w.plate())
                .put("driverId", w.driverId())
                .put("cas", w.cas())
                .put("unNumber", w.unNumber())
                .put("chemicalZh", w.chemicalZh())
                .put("quantityT", w.quantityT())
                .put("enterpriseId", w.enterpriseId())
                .put("direction", w.direction().name())
                .put("slotFromMs", w.slotFrom().toEpochMilli())
                .put("slotToMs", w.slotTo().toEpochMilli());
    }

    static VehicleDocs vehicle(JsonObject b) {
        double capacity = positive(b, "capacityT");
        return new VehicleDocs(
                text(b, "plate"),
                text(b, "carrier"),
                text(b, "tankType"),
                capacity,
                date(b, "permitValidUntil"));
    }

    static DriverDocs driver(JsonObject b) {
        return new DriverDocs(text(b, "id"), text(b, "name"), date(b, "qualificationValidUntil"));
    }

    static Waybill waybill(JsonObject b) {
        String cas = text(b, "cas");
        if (!cas.matches("\\d{2,7}-\\d{2}-\\d")) {
            throw new IllegalArgumentException(
                    "cas '" + cas + "' is not a CAS number (e.g. 7782-50-5)");
        }
        String un = text(b, "unNumber");
        if (!un.matches("UN\\d{4}")) {
            throw new IllegalArgumentException(
                    "unNumber '" + un + "' must be UN followed by 4 digits");
        }
        Waybill.Direction direction;
        try {
            direction = Waybill.Direction.valueOf(text(b, "direction"));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("direction must be LOAD or UNLOAD");
        }
        long from = whole(b, "slotFromMs");
        long to = whole(b, "slotToMs");
        if (to <= from) throw new IllegalArgumentException("slotToMs must be after slotFromMs");
        return new Waybill(
                text(b, "id"),
                text(b, "plate"),
                text(b, "driverId"),
                cas,
                un,
                text(b, "chemicalZh"),
                positive(b, "quantityT"),
                text(b, "enterpriseId"),
                direction,
                Instant.ofEpochMilli(from),
                Instant.ofEpochMilli(to));
    }

    static String text(JsonObject b, String key) {
        Object v = b.getValue(key);
        if (!(v instanceof String s) || s.isBlank() || s.length() > 200) {
            throw new IllegalArgumentException(key + " is required (text up to 200 characters)");
        }
        return s.trim();
    }

    private static double positive(JsonObject b, String key) {
        Object v = b.getValue(key);
        if (!(v instanceof Number n) || !(n.doubleValue() > 0) || n.doubleValue() > 1000) {
            throw new IllegalArgumentException(key + " must be a number above 0 and at most 1000");
        }
        return n.doubleValue();
    }

    private static long whole(JsonObject b, String key) {
        Object v = b.getValue(key);
        if (!(v instanceof Number n) || n.longValue() <= 0) {
            throw new IllegalArgumentException(key + " must be epoch milliseconds");
        }
        return n.longValue();
    }

    private static LocalDate date(JsonObject b, String key) {
        String s = text(b, key);
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(key + " '" + s + "' is not a date YYYY-MM-DD");
        }
    }
}
