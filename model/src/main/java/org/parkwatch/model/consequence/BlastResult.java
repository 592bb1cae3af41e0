package org.parkwatch.model.consequence;

import java.util.List;

/**
 * A blast-model answer: the value (overpressure in MPa or distance in m, as the method says) or NaN when the question
 * falls outside the model's table or fit, with the warnings that say why.
 *
 * @param value        the answer, NaN when beyond the table
 * @param beyondTable  true when the input lies outside the reference data
 * @param warnings     validity warnings (BEYOND_TABLE, NEAR_FIELD, …)
 */
public record BlastResult(double value, boolean beyondTable, List<Warning> warnings) {
}
