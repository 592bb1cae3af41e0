package org.parkwatch.model.calc.models;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.parkwatch.model.calc.CalcInputException;
import org.parkwatch.model.calc.CalcModel;
import org.parkwatch.model.risk.FnCurve;
import org.parkwatch.model.risk.Gb36894Check;
import org.parkwatch.model.risk.ProtectionClass;

/**
 * {@code gb36894}: the GB 36894-2018 checks a regulator runs on one target or one F–N curve. In:
 * {@code points} [{id, protectionClass (highly-sensitive | important | general-1 | general-2 |
 * general-3), newFacility, irPerYear}] and/or {@code outcomes} [{frequencyPerYear, fatalities}].
 * Out: per point the limit, ratio and verdict; the F–N curve (F of N or more), its PLL and its
 * region against the lines with the worst point.
 */
public final class Gb36894Model implements CalcModel {

    @Override
    public String name() {
        return "gb36894";
    }

    @Override
    public String summary() {
        return "GB 36894 checks: points [{id, protectionClass, newFacility, irPerYear}] and/or outcomes "
                + "[{frequencyPerYear, fatalities}] -> IR verdicts and F-N region";
    }

    @Override
    public JsonNode compute(JsonNode json) throws CalcInputException {
        if (json == null || !json.isObject() || (!json.has("points") && !json.has("outcomes"))) {
            throw new CalcInputException(
                    "(input)",
                    "give points [{id, protectionClass, newFacility, irPerYear}] "
                            + "and/or outcomes [{frequencyPerYear, fatalities}]");
        }
        for (Iterator<String> it = json.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!f.equals("points") && !f.equals("outcomes")) {
                throw new CalcInputException(f, "unknown field; known: points, outcomes");
            }
        }
        Gb36894Check check = new Gb36894Check();
        ObjectNode out = CalcOutput.object();
        if (json.has("points")) {
            out.set("points", points(json.get("points"), check));
        }
        if (json.has("outcomes")) {
            societal(json.get("outcomes"), check, out);
        }
        out.set("warnings", CalcOutput.JSON.arrayNode());
        return out;
    }

    private static ArrayNode points(JsonNode arr, Gb36894Check check) throws CalcInputException {
        if (!arr.isArray()) {
            throw new CalcInputException("points", "must be an array");
        }
        ArrayNode out = CalcOutput.JSON.arrayNode();
        for (int i = 0; i < arr.size(); i++) {
            String at = "points[" + i + "]";
            CalcInput in = new CalcInput(arr.get(i));
            String id = in.text("id", at);
            ProtectionClass c = parseClass(in.text("protectionClass"), at + ".protectionClass");
            boolean isNew = in.flag("newFacility", false);
            double ir = in.nonNegative("irPerYear");
            in.rejectUnknown();
            Gb36894Check.IndividualVerdict v = check.individual(c, isNew, ir);
            ObjectNode o =
                    out.addObject()
                            .put("id", id)
                            .put("protectionClass", c.textZh() + " / " + c.textEn())
                            .put("newFacility", isNew);
            CalcOutput.put(o, "irPerYear", ir);
            CalcOutput.put(o, "limitPerYear", v.limitPerYear());
            CalcOutput.put(o, "excessRatio", v.excessRatio());
            o.put("acceptable", v.acceptable());
        }
        return out;
    }

    private static void societal(JsonNode arr, Gb36894Check check, ObjectNode out)
            throws CalcInputException {
        if (!arr.isArray()) {
            throw new CalcInputException("outcomes", "must be an array");
        }
        List<FnCurve.Outcome> outcomes = new ArrayList<>();
        for (int i = 0; i < arr.size(); i++) {
            CalcInput in = new CalcInput(arr.get(i));
            double f = in.nonNegative("frequencyPerYear");
            double n = in.nonNegative("fatalities");
            in.rejectUnknown();
            outcomes.add(new FnCurve.Outcome(f, n));
        }
        FnCurve fn = FnCurve.of(outcomes);
        Gb36894Check.SocietalVerdict v = check.societal(fn);
        ArrayNode curve = out.putArray("fn");
        for (FnCurve.Point p : fn.points()) {
            ObjectNode o = curve.addObject();
            CalcOutput.put(o, "fatalities", p.fatalities());
            CalcOutput.put(o, "frequencyPerYear", p.frequencyPerYear());
            CalcOutput.put(o, "upperLinePerYear", check.lines().upperF(p.fatalities()));
            CalcOutput.put(o, "lowerLinePerYear", check.lines().lowerF(p.fatalities()));
            o.put(
                    "region",
                    check.region(p.fatalities(), p.frequencyPerYear())
                            .name()
                            .toLowerCase(Locale.ROOT));
        }
        CalcOutput.put(out, "potentialLossOfLifePerYear", fn.potentialLossOfLife());
        out.put("region", v.region().name().toLowerCase(Locale.ROOT));
        if (v.worstPoint() != null) {
            ObjectNode w = out.putObject("worstPoint");
            CalcOutput.put(w, "fatalities", v.worstPoint().fatalities());
            CalcOutput.put(w, "frequencyPerYear", v.worstPoint().frequencyPerYear());
        }
    }

    private static ProtectionClass parseClass(String text, String field) throws CalcInputException {
        String key = text.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        for (ProtectionClass c : ProtectionClass.values()) {
            if (c.name().equals(key)) {
                return c;
            }
        }
        throw new CalcInputException(
                field,
                "must be highly-sensitive, important, general-1, general-2 or general-3 "
                        + "but was "
                        + text);
    }
}
