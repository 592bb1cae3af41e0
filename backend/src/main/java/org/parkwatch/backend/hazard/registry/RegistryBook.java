package org.parkwatch.backend.hazard.registry;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The registry's current enterprises and installations (一企一档), held in memory: seeded from park.json (name,
 * credit code, address, activity) and the tanks layer, then replaced row by row by CSV imports. An import is all or
 * nothing: {@link #importEnterprises} and {@link #importInstallations} change nothing when a row is bad. Single
 * thread (the ingest context). Persisting imports in the store is a follow-up; a restart returns to the seed.
 */
public final class RegistryBook {
    private final Map<String, Enterprise> enterprises = new LinkedHashMap<>();
    private final Map<String, Installation> installations = new LinkedHashMap<>();

    /**
     * @param parkJson   park.json (its {@code enterprises}); entries whose activity is not one of {@link Activity}
     *                   (the park operator) are skipped
     * @param tanks      tank features' properties by tank id
     * @param sisUnits   units with SIS tags (an installation there counts as SIS-protected)
     */
    public RegistryBook(JsonNode parkJson, Map<String, JsonNode> tanks, Set<String> sisUnits) {
        for (JsonNode e : parkJson.path("enterprises")) {
            Set<Activity> activities = EnumSet.noneOf(Activity.class);
            Activity.parse(e.path("activity").asText("")).ifPresent(activities::add);
            if (activities.isEmpty()) continue;
            Enterprise ent = new Enterprise(e.path("id").asText(), e.path("nameZh").asText(""),
                    e.path("nameEn").asText(""), e.path("creditCode").asText(""), e.path("address").asText(""),
                    activities);
            enterprises.put(ent.id(), ent);
        }
        tanks.forEach((id, p) -> {
            String unit = p.path("tankFarmId").asText("");
            installations.put(id, new Installation(id, p.path("enterpriseId").asText(""), unit,
                    p.path("tankType").asText("tank"), p.path("chemicalCas").asText(""),
                    p.path("capacityM3").asDouble(), p.path("designPressureKPa").asDouble(Double.NaN),
                    p.path("designTemperatureC").asDouble(Double.NaN), sisUnits.contains(unit)));
        });
    }

    public List<Enterprise> enterprises() {
        return List.copyOf(enterprises.values());
    }

    public List<Installation> installations() {
        return List.copyOf(installations.values());
    }

    public List<Installation> installationsOf(String enterpriseId) {
        List<Installation> out = new ArrayList<>();
        for (Installation i : installations.values()) if (i.enterpriseId().equals(enterpriseId)) out.add(i);
        return out;
    }

    /** Parses the CSV and, only when every row is valid, adds or replaces the enterprises by id. */
    public ImportResult<Enterprise> importEnterprises(List<String> lines) {
        ImportResult<Enterprise> r = RegistryCsvImport.enterprises(lines);
        if (r.ok()) r.rows().forEach(e -> enterprises.put(e.id(), e));
        return r;
    }

    /** Parses the CSV and, only when every row is valid, adds or replaces the installations by id. */
    public ImportResult<Installation> importInstallations(List<String> lines) {
        ImportResult<Installation> r = RegistryCsvImport.installations(lines);
        if (r.ok()) r.rows().forEach(i -> installations.put(i.id(), i));
        return r;
    }
}
