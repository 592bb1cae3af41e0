package org.parkwatch.model.consequence;

import java.util.List;

/**
 * A blast-model answer: the value (overpressure in MPa or distance in m, as the method says), with
 * the warnings that say how it was obtained. Outside a reference table the value comes from a
 * fallback model (named in the warnings); NaN only when no model covers the question.
 *
 * @param value the answer, NaN when no model covers the question
 * @param beyondTable true when the input lies outside the reference table (the value is then a
 *     fallback)
 * @param warnings validity warnings (BEYOND_TABLE, NEAR_FIELD, …)
 */
public record BlastResult(double value, boolean beyondTable, List<Warning> warnings) {}
