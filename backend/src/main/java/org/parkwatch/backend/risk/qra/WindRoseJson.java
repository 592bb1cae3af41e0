package org.parkwatch.backend.risk.qra;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.parkwatch.model.consequence.StabilityClass;

/**
 * The JSON of a {@link WindRose}: {@code {"sectors":[16
 * shares],"classes":[{stability,speedMPerS,fraction}],…}}.
 */
public final class WindRoseJson {

    private WindRoseJson() {}

    /**
     * Parses and validates a rose.
     *
     * @throws IllegalArgumentException naming the field (e.g. {@code sectors[3]}, {@code
     *     classes[1].stability})
     */
    public static WindRose parse(JsonObject json, String source, String note) {
        Object sectorsValue = json.getValue("sectors");
        if (!(sectorsValue instanceof JsonArray sa) || sa.size() != WindRose.SECTORS) {
            throw new IllegalArgumentException(
                    "sectors: expected an array of " + WindRose.SECTORS + " shares");
        }
        double[] sectors = new double[WindRose.SECTORS];
        for (int k = 0; k < WindRose.SECTORS; k++) {
            sectors[k] = share(sa.getValue(k), "sectors[" + k + "]");
        }
        WindRose.checkSum(sectors, "sectors");
        Object classesValue = json.getValue("classes");
        if (!(classesValue instanceof JsonArray ca) || ca.isEmpty()) {
            throw new IllegalArgumentException(
                    "classes: expected a non-empty array of weather classes");
        }
        List<WeatherClass> classes = new ArrayList<>();
        double[] fractions = new double[ca.size()];
        for (int k = 0; k < ca.size(); k++) {
            String field = "classes[" + k + "]";
            if (!(ca.getValue(k) instanceof JsonObject c)) {
                throw new IllegalArgumentException(field + ": expected an object");
            }
            String st = c.getValue("stability") instanceof String s ? s : "";
            if (!st.matches("[A-F]")) {
                throw new IllegalArgumentException(
                        field + ".stability: expected one of A, B, C, D, E, F");
            }
            if (!(c.getValue("speedMPerS") instanceof Number speed)
                    || !(speed.doubleValue() >= WindRose.MIN_SPEED_M_PER_S
                            && speed.doubleValue() <= WindRose.MAX_SPEED_M_PER_S)) {
                throw new IllegalArgumentException(
                        field
                                + ".speedMPerS: expected a wind speed of "
                                + WindRose.MIN_SPEED_M_PER_S
                                + "–"
                                + WindRose.MAX_SPEED_M_PER_S
                                + " m/s, not "
                                + c.getValue("speedMPerS")
                                + " (风速须在 "
                                + WindRose.MIN_SPEED_M_PER_S
                                + "–"
                                + WindRose.MAX_SPEED_M_PER_S
                                + " m/s 之间)");
            }
            fractions[k] = share(c.getValue("fraction"), field + ".fraction");
            classes.add(
                    new WeatherClass(
                            StabilityClass.valueOf(st), speed.doubleValue(), fractions[k]));
        }
        WindRose.checkSum(fractions, "classes[].fraction");
        return new WindRose(sectors, classes, source, note);
    }

    private static double share(Object v, String field) {
        if (!(v instanceof Number n) || !(n.doubleValue() >= 0 && n.doubleValue() <= 1)) {
            throw new IllegalArgumentException(field + ": expected a share between 0 and 1");
        }
        return n.doubleValue();
    }

    public static JsonObject toJson(WindRose rose) {
        JsonArray s = new JsonArray();
        for (double v : rose.sectors()) {
            s.add(v);
        }
        JsonArray c = new JsonArray();
        rose.classes()
                .forEach(
                        w ->
                                c.add(
                                        new JsonObject()
                                                .put("stability", w.stability().name())
                                                .put("speedMPerS", w.speedMPerS())
                                                .put("fraction", w.fraction())));
        return new JsonObject()
                .put("sectors", s)
                .put("classes", c)
                .put("source", rose.source())
                .put("note", rose.note());
    }
}
