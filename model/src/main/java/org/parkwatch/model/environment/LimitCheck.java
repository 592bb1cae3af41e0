package org.parkwatch.model.environment;

import java.util.List;
import org.parkwatch.model.consequence.Warning;

/**
 * A value checked against one limit: exceeded or not, and by how much. A mean that failed its
 * validity rule is not judged ({@code judged} false) and keeps its warnings; it is never reported
 * as compliant.
 *
 * @param limit the limit applied
 * @param value the averaged value in the limit's unit (NaN when not valid)
 * @param judged false when the data were insufficient
 * @param exceeded true when judged and outside the limit
 * @param ratio value / max (exceedance multiple, 超标倍数 + 1), NaN when there is no max or no value
 * @param warnings carried from the average
 */
public record LimitCheck(
        EnvLimit limit,
        double value,
        boolean judged,
        boolean exceeded,
        double ratio,
        List<Warning> warnings) {

    public LimitCheck {
        warnings = List.copyOf(warnings);
    }

    /**
     * Checks an averaged value (already in the limit's unit and averaging period) against the
     * limit.
     */
    public static LimitCheck of(EnvLimit limit, AveragedValue average) {
        if (!average.valid()) {
            return new LimitCheck(limit, Double.NaN, false, false, Double.NaN, average.warnings());
        }
        double v = average.value();
        double ratio = Double.isNaN(limit.max()) || limit.max() == 0 ? Double.NaN : v / limit.max();
        return new LimitCheck(limit, v, true, limit.exceededBy(v), ratio, average.warnings());
    }
}
