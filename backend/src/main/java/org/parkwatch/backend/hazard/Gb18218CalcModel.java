package org.parkwatch.backend.hazard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.parkwatch.model.calc.CalcInputException;
import org.parkwatch.model.calc.CalcModel;

/**
 * Calculator {@code gb18218}: identifies and grades one unit by GB 18218-2018 from a list of
 * chemicals (by CAS, by Chinese or English name, or by Table 2 class) with quantities in tonnes and
 * the people within 500 m.
 *
 * <p>Input {@code {"chemicals":[{"cas":"7782-50-5","quantityT":20},{"name":"甲醇","quantityT":1000},
 * {"hazardClass":"W2","quantityT":12}],"exposedPeople":100}}; an item may combine {@code cas} or
 * {@code name} with {@code hazardClass} to supply the class of a chemical the data does not
 * classify. Output: see {@link GradingJson#toJson(GradingResult)}. The one Jackson tree in the
 * backend: {@link CalcModel}, shared with the command-line calculator in the {@code model} module,
 * speaks Jackson's {@link JsonNode}.
 */
public final class Gb18218CalcModel implements CalcModel {

    private static final ObjectMapper TREE = new ObjectMapper();

    private final ChemicalResolver resolver;
    private final MajorHazardGrader grader;

    /**
     * For {@link java.util.ServiceLoader}: loads the catalogue and chemicals data from the
     * classpath.
     */
    public Gb18218CalcModel() {
        this(Gb18218Catalogue.loadDefault(), ChemicalProperties.loadDefault());
    }

    public Gb18218CalcModel(Gb18218Catalogue catalogue, ChemicalProperties properties) {
        this.resolver = new ChemicalResolver(catalogue, properties);
        this.grader = new MajorHazardGrader(catalogue);
    }

    @Override
    public String name() {
        return "gb18218";
    }

    @Override
    public String summary() {
        return "GB 18218-2018 major hazard identification and grading: {\"chemicals\":[{\"cas\"|\"name\"|"
                + "\"hazardClass\",\"quantityT\"}],\"exposedPeople\"} -> S, R, level with the arithmetic";
    }

    @Override
    public JsonNode compute(JsonNode input) throws CalcInputException {
        if (input == null || !input.isObject()) {
            throw new CalcInputException(
                    "(input)", "expected a JSON object with chemicals and exposedPeople");
        }
        JsonNode chemicals = input.get("chemicals");
        if (chemicals == null || !chemicals.isArray() || chemicals.isEmpty()) {
            throw new CalcInputException(
                    "chemicals", "expected a non-empty array of {cas|name|hazardClass, quantityT}");
        }
        List<HazardItem> items = new ArrayList<>();
        for (int i = 0; i < chemicals.size(); i++) {
            items.add(item(chemicals.get(i), "chemicals[" + i + "]"));
        }
        int people = exposedPeople(input.get("exposedPeople"));
        String json = GradingJson.toJson(grader.grade(items, people)).encode();
        try {
            return TREE.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("grading JSON did not read back: " + e.getMessage(), e);
        }
    }

    private HazardItem item(JsonNode n, String path) throws CalcInputException {
        if (n == null || !n.isObject()) {
            throw new CalcInputException(
                    path, "expected an object {cas|name|hazardClass, quantityT}");
        }
        String cas = text(n, "cas", path);
        String name = text(n, "name", path);
        String hazardClass = text(n, "hazardClass", path);
        ResolvedChemical chemical;
        try {
            if (cas != null && name != null) {
                chemical = resolver.byCasAndName(cas, name, hazardClass);
            } else if (cas != null) {
                chemical = resolver.byCas(cas, hazardClass);
            } else if (name != null) {
                chemical = resolver.byName(name, hazardClass);
            } else if (hazardClass != null) {
                chemical = resolver.byClass(hazardClass);
            } else {
                throw new CalcInputException(path, "give cas, name or hazardClass");
            }
        } catch (ChemicalLookupException e) {
            String f =
                    e.getMessage().startsWith("unknown GB 18218 Table 2 class")
                            ? path + ".hazardClass"
                            : cas != null ? path + ".cas" : path + ".name";
            throw new CalcInputException(f, e.getMessage());
        }
        if (chemical.counts() && chemical.beta() == null) {
            throw new CalcInputException(
                    path + ".hazardClass",
                    chemical.label()
                            + " is in GB 18218 Table 1 but its "
                            + "Table 2 class, needed for β, is not in the project's data; give hazardClass");
        }
        return new HazardItem(chemical, quantity(n.get("quantityT"), path + ".quantityT"));
    }

    private static double quantity(JsonNode q, String path) throws CalcInputException {
        if (q == null || q.isNull()) {
            throw new CalcInputException(path, "missing; give the quantity in tonnes");
        }
        if (!q.isNumber() || !Double.isFinite(q.asDouble()) || q.asDouble() < 0) {
            throw new CalcInputException(path, "must be a number >= 0 (tonnes), got " + q);
        }
        return q.asDouble();
    }

    private static int exposedPeople(JsonNode n) throws CalcInputException {
        if (n == null || n.isNull()) {
            throw new CalcInputException(
                    "exposedPeople", "missing; give the number of people within 500 m (0 if none)");
        }
        if (!n.canConvertToInt() || !n.isIntegralNumber() || n.asInt() < 0) {
            throw new CalcInputException("exposedPeople", "must be a whole number >= 0, got " + n);
        }
        return n.asInt();
    }

    private static String text(JsonNode n, String field, String path) throws CalcInputException {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual() || v.asText().isBlank()) {
            throw new CalcInputException(
                    path + "." + field, "must be a non-empty string, got " + v);
        }
        return v.asText().trim();
    }
}
