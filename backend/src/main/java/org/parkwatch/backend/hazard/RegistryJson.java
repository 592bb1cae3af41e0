package org.parkwatch.backend.hazard;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.parkwatch.backend.hazard.registry.CreditCode;
import org.parkwatch.backend.hazard.registry.Enterprise;
import org.parkwatch.backend.hazard.registry.Installation;
import org.parkwatch.backend.hazard.registry.RegistryBook;
import org.parkwatch.backend.hazard.registry.RiskColour;

/**
 * JSON of {@code GET /api/registry/enterprises} (一企一档): each enterprise with its activities, units and their
 * grades, installations, and a risk colour. Until the regulator's colour assessments are imported, the colour is
 * derived from the enterprise's most severe major hazard: {@link #colourOfLevel}.
 */
public final class RegistryJson {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    /**
     * Basis of the derived colour: level 1 → red, 2 → orange, 3 → yellow, 4 or no major hazard → blue. Status [U]: a
     * working rule mirroring GB 18218's four levels onto the four colours of the Henan plan (task 1); the regulator's
     * own assessment replaces it.
     */
    public static final String DERIVED_BASIS = "derived-from-major-hazard-level";

    private final HazardService hazards;
    private final RegistryBook registry;

    public RegistryJson(HazardService hazards, RegistryBook registry) {
        this.hazards = hazards;
        this.registry = registry;
    }

    public ArrayNode enterprises() {
        ArrayNode out = F.arrayNode();
        for (Enterprise e : registry.enterprises()) out.add(enterprise(e));
        return out;
    }

    ObjectNode enterprise(Enterprise e) {
        ObjectNode o = F.objectNode();
        o.put("id", e.id()).put("nameZh", e.nameZh()).put("nameEn", e.nameEn()).put("creditCode", e.creditCode())
                .put("creditCodeValid", CreditCode.isValid(e.creditCode())).put("address", e.address());
        ArrayNode acts = o.putArray("activities");
        e.activities().stream().sorted().forEach(a -> acts.addObject().put("id", HazardExports.activityId(a))
                .put("zh", a.zh()));
        Integer worst = null;
        ArrayNode units = o.putArray("units");
        for (String id : hazards.unitIds()) {
            UnitInfo u = hazards.unit(id).orElseThrow();
            if (!u.enterpriseId().equals(e.id())) continue;
            GradingResult g = hazards.liveGrade(id);
            ObjectNode un = HazardJson.brief(g).put("id", id).put("nameZh", u.nameZh()).put("nameEn", u.nameEn())
                    .put("unitType", u.unitType());
            units.add(un);
            if (g.level() != null && (worst == null || g.level() < worst)) worst = g.level();
        }
        RiskColour colour = colourOfLevel(worst);
        o.putObject("riskColour").put("id", colour.name().toLowerCase()).put("zh", colour.zh())
                .put("basis", DERIVED_BASIS);
        if (worst == null) o.putNull("worstLevel");
        else o.put("worstLevel", worst);
        ArrayNode inst = o.putArray("installations");
        for (Installation i : registry.installationsOf(e.id())) {
            ObjectNode n = inst.addObject().put("id", i.id()).put("unitId", i.unitId()).put("kind", i.kind())
                    .put("chemicalCas", i.chemicalCas()).put("capacityM3", i.capacityM3()).put("hasSis", i.hasSis());
            number(n, "designPressureKPa", i.designPressureKPa());
            number(n, "designTemperatureC", i.designTemperatureC());
        }
        e.problems().forEach(o.putArray("problems")::add);
        return o;
    }

    /** Colour for the most severe GB 18218 level of an enterprise's units (null = none is a major hazard). */
    public static RiskColour colourOfLevel(Integer level) {
        if (level == null) return RiskColour.BLUE;
        return switch (level) {
            case 1 -> RiskColour.RED;
            case 2 -> RiskColour.ORANGE;
            case 3 -> RiskColour.YELLOW;
            default -> RiskColour.BLUE;
        };
    }

    private static void number(ObjectNode o, String field, double v) {
        if (Double.isFinite(v)) o.put(field, v);
        else o.putNull(field);
    }
}
