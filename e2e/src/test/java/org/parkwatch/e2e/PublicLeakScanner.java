package org.parkwatch.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.geom.Path2D;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.parkwatch.backend.hazard.registry.DutyContact;
import org.parkwatch.backend.hazard.registry.RegistryBook;
import org.parkwatch.model.park.EnterpriseInfo;
import org.parkwatch.model.park.LayerInfo;
import org.parkwatch.model.park.ParkCatalog;
import org.parkwatch.model.park.TagDefinition;

/**
 * What the public display must never show, gathered from the data itself: chemical names, synonyms
 * and CAS numbers (backend hazard/chemicals.json), tag ids (park catalogue), installation feature
 * ids and names (tanks, units, warehouses, tank farms, detectors, cameras), duty contact names and
 * phones (registry), inventory-type field names, and positions within {@value #MIN_DISTANCE_M} m of
 * a toxic installation. Enterprise names are public (they are on the gate) and are removed from a
 * text before it is scanned, so "滨河恒源甲醇有限公司" does not count as "甲醇". Independent of the production
 * code: its own distance and containment arithmetic.
 */
final class PublicLeakScanner {
    /** The AQI's pollutant codes (HJ 633-2012), which a public display shows by design. */
    private static final Set<String> PUBLISHED_AIR_POLLUTANTS =
            Set.of("SO2", "NO2", "PM10", "PM2.5", "CO", "O3");

    static final double MIN_DISTANCE_M = 50;
    private static final Set<String> INSTALLATION_KINDS =
            Set.of("tank", "tank-farm", "process-unit", "warehouse", "gas-detector", "camera");
    private static final List<String> FIELD_WORDS =
            List.of(
                    "inventory",
                    "quantity",
                    "capacity",
                    "chemicalCas",
                    "designInventory",
                    "creditCode",
                    "phone");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Set<String> terms = new LinkedHashSet<>();
    private final List<String> enterpriseNames = new ArrayList<>();
    private final List<Path2D> toxicAreas = new ArrayList<>();
    private final List<double[]> toxicPoints = new ArrayList<>();
    private final List<String> toxicIds = new ArrayList<>();

    PublicLeakScanner(ParkCatalog park, RegistryBook registry) throws IOException {
        JsonNode chemicals;
        try (InputStream in =
                PublicLeakScanner.class
                        .getClassLoader()
                        .getResourceAsStream("hazard/chemicals.json")) {
            chemicals = JSON.readTree(in);
        }
        Set<String> toxicCas = new HashSet<>();
        for (JsonNode c : chemicals.path("chemicals")) {
            terms.add(c.path("cas").asText());
            c.path("otherCas").forEach(x -> terms.add(x.asText()));
            terms.add(c.path("nameZh").asText());
            terms.add(c.path("nameEn").asText());
            c.path("synonyms").forEach(x -> terms.add(x.asText()));
            boolean toxic = c.path("flags").path("highlyToxic").asBoolean();
            for (JsonNode g : c.path("ghs"))
                toxic |= g.path("en").asText().contains("acute toxicity");
            if (toxic) {
                toxicCas.add(c.path("cas").asText());
                c.path("otherCas").forEach(x -> toxicCas.add(x.asText()));
            }
        }
        for (TagDefinition t : park.allTags()) terms.add(t.id());
        for (LayerInfo layer : park.layers()) {
            for (JsonNode f : park.layer(layer.id()).path("features")) {
                JsonNode p = f.path("properties");
                if (!INSTALLATION_KINDS.contains(p.path("kind").asText())) continue;
                terms.add(f.path("id").asText());
                terms.add(p.path("nameZh").asText());
                terms.add(p.path("nameEn").asText());
                Set<String> cas = new HashSet<>();
                cas.add(p.path("chemicalCas").asText());
                p.path("chemicals").forEach(x -> cas.add(x.asText()));
                cas.retainAll(toxicCas);
                if (!cas.isEmpty()) addToxic(f.path("id").asText(), f.path("geometry"));
            }
        }
        for (EnterpriseInfo e : park.enterprises()) {
            enterpriseNames.add(e.nameZh());
            enterpriseNames.add(e.nameEn());
            for (DutyContact c : registry.contactList(e.id())) {
                terms.add(c.name());
                terms.add(c.phone());
            }
        }
        terms.removeIf(String::isBlank);
        // the AQI's six pollutants are published by law (HJ 633-2012): carbon monoxide's synonym
        // "CO"
        // names a criteria pollutant on the public air view, not an inventory
        terms.removeAll(PUBLISHED_AIR_POLLUTANTS);
        enterpriseNames.sort((a, b) -> b.length() - a.length());
    }

    int termCount() {
        return terms.size() + FIELD_WORDS.size();
    }

    int toxicInstallations() {
        return toxicIds.size();
    }

    /**
     * Every forbidden term found in {@code text} (after removing enterprise names); empty when
     * clean.
     */
    List<String> forbiddenTermsIn(String text) {
        String t = text;
        for (String name : enterpriseNames) t = t.replace(name, " ");
        List<String> found = new ArrayList<>();
        String lower = t.toLowerCase(java.util.Locale.ROOT);
        for (String word : FIELD_WORDS)
            if (lower.contains(word.toLowerCase(java.util.Locale.ROOT))) found.add(word);
        for (String term : terms) {
            if (isAscii(term)) {
                int flags =
                        term.length() <= 3
                                ? 0
                                : Pattern.CASE_INSENSITIVE; // "CO" the gas, not "co" in a word
                if (Pattern.compile(
                                "(?<![A-Za-z0-9])" + Pattern.quote(term) + "(?![A-Za-z0-9])", flags)
                        .matcher(t)
                        .find()) {
                    found.add(term);
                }
            } else if (t.contains(term)) {
                found.add(term);
            }
        }
        return found;
    }

    /**
     * Every lon/lat pair in a JSON document that lies within {@value #MIN_DISTANCE_M} m of a toxic
     * installation.
     */
    List<String> positionsNearToxicInstallations(String json) throws IOException {
        List<String> out = new ArrayList<>();
        List<double[]> positions = new ArrayList<>();
        collectPositions(JSON.readTree(json), positions);
        for (double[] p : positions) {
            for (int i = 0; i < toxicIds.size(); i++) {
                double d = distanceM(p, i);
                if (d < MIN_DISTANCE_M)
                    out.add(
                            p[0]
                                    + ","
                                    + p[1]
                                    + " is "
                                    + Math.round(d)
                                    + " m from "
                                    + toxicIds.get(i));
            }
        }
        return out;
    }

    /** How many lon/lat pairs a JSON document holds (to show the scan looked at something). */
    static int positionCount(String json) throws IOException {
        List<double[]> positions = new ArrayList<>();
        collectPositions(JSON.readTree(json), positions);
        return positions.size();
    }

    private double distanceM(double[] p, int i) {
        double[] xy = xy(p[0], p[1]);
        Path2D area = toxicAreas.get(i);
        if (area != null && area.contains(xy[0], xy[1])) return 0;
        double best = Double.POSITIVE_INFINITY;
        for (int k = 0; k < toxicPoints.size(); k++) {
            if ((int) toxicPoints.get(k)[2] != i) continue;
            best =
                    Math.min(
                            best,
                            Math.hypot(
                                    xy[0] - toxicPoints.get(k)[0], xy[1] - toxicPoints.get(k)[1]));
        }
        return best;
    }

    private void addToxic(String id, JsonNode geometry) {
        int index = toxicIds.size();
        toxicIds.add(id);
        List<double[]> vertices = new ArrayList<>();
        collectPositions(geometry.path("coordinates"), vertices);
        Path2D area = null;
        if (geometry.path("type").asText().endsWith("Polygon")) {
            area = new Path2D.Double();
            for (int k = 0; k < vertices.size(); k++) {
                double[] xy = xy(vertices.get(k)[0], vertices.get(k)[1]);
                if (k == 0) area.moveTo(xy[0], xy[1]);
                else area.lineTo(xy[0], xy[1]);
            }
            area.closePath();
        }
        toxicAreas.add(area);
        for (double[] v : vertices) {
            double[] xy = xy(v[0], v[1]);
            toxicPoints.add(new double[] {xy[0], xy[1], index});
        }
    }

    /** Local metres around 113.95 E, 35.25 N (the demo park's centre), equirectangular. */
    private static double[] xy(double lon, double lat) {
        return new double[] {
            (lon - 113.95) * 111_320 * Math.cos(Math.toRadians(35.25)), (lat - 35.25) * 110_574
        };
    }

    private static void collectPositions(JsonNode n, List<double[]> out) {
        if (n.isArray() && n.size() == 2 && n.get(0).isNumber() && n.get(1).isNumber()) {
            double lon = n.get(0).asDouble(), lat = n.get(1).asDouble();
            if (lon > 70 && lon < 140 && lat > 15 && lat < 55) out.add(new double[] {lon, lat});
            return;
        }
        if (n.isContainerNode()) n.forEach(c -> collectPositions(c, out));
    }

    private static boolean isAscii(String s) {
        return s.chars().allMatch(c -> c < 128);
    }
}
