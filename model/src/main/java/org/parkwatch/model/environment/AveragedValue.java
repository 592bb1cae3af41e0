package org.parkwatch.model.environment;

import java.util.List;
import org.parkwatch.model.consequence.Warning;

/**
 * A mean over an averaging period, reported only when enough valid values went into it.
 *
 * @param value the mean, NaN when not {@code valid}
 * @param valid true when the data validity rule of GB 3095-2012 clause 8 was met
 * @param validCount number of valid values (or windows) that went into it
 * @param required number the rule requires
 * @param warnings {@link EnvWarningCode#INSUFFICIENT_DATA} when not valid
 */
public record AveragedValue(
        double value, boolean valid, int validCount, int required, List<Warning> warnings) {

    public AveragedValue {
        warnings = List.copyOf(warnings);
    }

    public static AveragedValue of(double value, int validCount, int required) {
        return new AveragedValue(value, true, validCount, required, List.of());
    }

    public static AveragedValue insufficient(int validCount, int required, String what) {
        return new AveragedValue(
                Double.NaN,
                false,
                validCount,
                required,
                List.of(
                        EnvWarningCode.INSUFFICIENT_DATA.warning(
                                what + ": " + validCount + " < " + required)));
    }
}
