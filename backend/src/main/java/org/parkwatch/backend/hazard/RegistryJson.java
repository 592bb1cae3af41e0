package org.parkwatch.backend.hazard;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parkwatch.backend.hazard.registry.BlacklistEntry;
import org.parkwatch.backend.hazard.registry.CreditCode;
import org.parkwatch.backend.hazard.registry.Enterprise;
import org.parkwatch.backend.hazard.registry.Installation;
import org.parkwatch.backend.hazard.registry.Licence;
import org.parkwatch.backend.hazard.registry.RegistryBook;
import org.parkwatch.backend.hazard.registry.RiskColour;

/**
 * JSON of {@code GET /api/registry/enterprises} (一企一档): each enterprise with its activities, units
 * and their grades, installations, and a risk colour: the regulator's latest assessment (colour
 * history) when there is one, else derived from the enterprise's most severe major hazard ({@link
 * #colourOfLevel}). {@link #file} adds licences (with {@code expiringSoon}), duty contacts, colour
 * history and blacklist entries; {@link #publishedBlacklist} is the public list.
 */
public final class RegistryJson {
    /**
     * Basis of the derived colour: level 1 → red, 2 → orange, 3 → yellow, 4 or no major hazard →
     * blue. Status [U]: a working rule mirroring GB 18218's four levels onto the four colours of
     * the Henan plan (task 1); the regulator's own assessment replaces it.
     */
    public static final String DERIVED_BASIS = "derived-from-major-hazard-level";

    /** Basis of a colour taken from the registry's colour history (the regulator's assessment). */
    public static final String ASSESSED_BASIS = "regulator-assessment";

    /**
     * Time zone of the park's calendar days (licence validity, blacklist dates): the park is in
     * Henan, China.
     */
    public static final ZoneId PARK_ZONE = ZoneId.of("Asia/Shanghai");

    private final HazardService hazards;
    private final RegistryBook registry;

    public RegistryJson(HazardService hazards, RegistryBook registry) {
        this.hazards = hazards;
        this.registry = registry;
    }

    public JsonArray enterprises() {
        JsonArray out = new JsonArray();
        for (Enterprise e : registry.enterprises()) out.add(enterprise(e));
        return out;
    }

    JsonObject enterprise(Enterprise e) {
        JsonObject o = new JsonObject();
        o.put("id", e.id())
                .put("nameZh", e.nameZh())
                .put("nameEn", e.nameEn())
                .put("creditCode", e.creditCode())
                .put("creditCodeValid", CreditCode.isValid(e.creditCode()))
                .put("address", e.address());
        JsonArray acts = new JsonArray();
        e.activities().stream()
                .sorted()
                .forEach(
                        a ->
                                acts.add(
                                        new JsonObject()
                                                .put("id", HazardExports.activityId(a))
                                                .put("zh", a.zh())));
        o.put("activities", acts);
        Integer worst = null;
        JsonArray units = new JsonArray();
        o.put("units", units);
        for (String id : hazards.unitIds()) {
            UnitInfo u = hazards.unit(id).orElseThrow();
            if (!u.enterpriseId().equals(e.id())) continue;
            GradingResult g = hazards.liveGrade(id);
            JsonObject un =
                    HazardJson.brief(g)
                            .put("id", id)
                            .put("nameZh", u.nameZh())
                            .put("nameEn", u.nameEn())
                            .put("unitType", u.unitType());
            units.add(un);
            if (g.level() != null && (worst == null || g.level() < worst)) worst = g.level();
        }
        Optional<RiskColour> assessed = registry.colourOn(e.id(), today());
        RiskColour colour = assessed.orElse(colourOfLevel(worst));
        o.put(
                "riskColour",
                new JsonObject()
                        .put("id", colour.name().toLowerCase())
                        .put("zh", colour.zh())
                        .put("basis", assessed.isPresent() ? ASSESSED_BASIS : DERIVED_BASIS));
        o.put("worstLevel", worst);
        JsonArray inst = new JsonArray();
        o.put("installations", inst);
        for (Installation i : registry.installationsOf(e.id())) {
            JsonObject n =
                    new JsonObject()
                            .put("id", i.id())
                            .put("unitId", i.unitId())
                            .put("kind", i.kind())
                            .put("chemicalCas", i.chemicalCas())
                            .put("capacityM3", i.capacityM3())
                            .put("hasSis", i.hasSis());
            number(n, "designPressureKPa", i.designPressureKPa());
            number(n, "designTemperatureC", i.designTemperatureC());
            inst.add(n);
        }
        o.put("problems", new JsonArray(List.copyOf(e.problems())));
        return o;
    }

    /** The park's calendar day now. */
    public static LocalDate today() {
        return LocalDate.now(PARK_ZONE);
    }

    /**
     * The enterprise file: {@link #enterprise} plus licences, contacts, colour history and
     * blacklist entries.
     */
    public JsonObject file(Enterprise e) {
        LocalDate today = today();
        JsonObject o = enterprise(e);
        JsonArray lic = new JsonArray();
        o.put("licences", lic);
        for (Map.Entry<String, Licence> en : registry.licencesOf(e.id()).entrySet()) {
            Licence l = en.getValue();
            lic.add(
                    new JsonObject()
                            .put("id", en.getKey())
                            .put("kind", l.kind())
                            .put("number", l.number())
                            .put("validFrom", l.validFrom().toString())
                            .put("validUntil", l.validUntil().toString())
                            .put("valid", l.isValidOn(today))
                            .put("expiringSoon", l.expiringSoon(today)));
        }
        JsonArray con = new JsonArray();
        o.put("contacts", con);
        registry.contactsOf(e.id())
                .forEach(
                        (id, c) ->
                                con.add(
                                        new JsonObject()
                                                .put("id", id)
                                                .put("name", c.name())
                                                .put("role", c.role())
                                                .put("phone", c.phone())));
        JsonArray col = new JsonArray();
        o.put("colourHistory", col);
        registry.coloursOf(e.id())
                .forEach(
                        (id, c) ->
                                col.add(
                                        new JsonObject()
                                                .put("id", id)
                                                .put("colour", c.colour().name().toLowerCase())
                                                .put("zh", c.colour().zh())
                                                .put("since", c.since().toString())
                                                .put("reason", c.reason())));
        JsonArray bl = new JsonArray();
        o.put("blacklist", bl);
        registry.blacklistOf(e.id()).forEach((id, b) -> bl.add(entry(id, b, today)));
        o.put(
                "blacklisted",
                registry.blacklistOf(e.id()).values().stream().anyMatch(b -> b.isActiveOn(today)));
        return o;
    }

    /** The published blacklist: entries active today with the enterprise's name and credit code. */
    public JsonArray publishedBlacklist() {
        LocalDate today = today();
        JsonArray out = new JsonArray();
        registry.blacklist()
                .forEach(
                        (id, b) -> {
                            if (!b.isActiveOn(today)) return;
                            JsonObject n =
                                    entry(id, b, today).put("enterpriseId", b.enterpriseId());
                            registry.enterprise(b.enterpriseId())
                                    .ifPresent(
                                            e ->
                                                    n.put("nameZh", e.nameZh())
                                                            .put("nameEn", e.nameEn())
                                                            .put("creditCode", e.creditCode()));
                            out.add(n);
                        });
        return out;
    }

    static JsonObject entry(String id, BlacklistEntry b, LocalDate today) {
        return new JsonObject()
                .put("id", id)
                .put("reason", b.reason())
                .put("listedOn", b.listedOn().toString())
                .put("removedOn", b.removedOn() == null ? null : b.removedOn().toString())
                .put("removalReason", b.removalReason())
                .put("active", b.isActiveOn(today));
    }

    /**
     * Colour for the most severe GB 18218 level of an enterprise's units (null = none is a major
     * hazard).
     */
    public static RiskColour colourOfLevel(Integer level) {
        if (level == null) return RiskColour.BLUE;
        return switch (level) {
            case 1 -> RiskColour.RED;
            case 2 -> RiskColour.ORANGE;
            case 3 -> RiskColour.YELLOW;
            default -> RiskColour.BLUE;
        };
    }

    private static void number(JsonObject o, String field, double v) {
        if (Double.isFinite(v)) o.put(field, v);
        else o.putNull(field);
    }
}
