package org.parkwatch.model.calc;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One calculator model reachable as {@code ./parkwatch calc <name> '<json>'} and {@code POST
 * /api/calc/<name>}: JSON in, JSON out, no I/O. Implementations are stateless.
 */
public interface CalcModel {

    /** The model's name in the CLI and the URL, e.g. {@code plume}. */
    String name();

    /**
     * One line saying what the model computes and its inputs, for {@code ./parkwatch calc --help}.
     */
    String summary();

    /**
     * Computes the model.
     *
     * @throws CalcInputException when a field is missing, of the wrong type or out of range; the
     *     message names it
     */
    JsonNode compute(JsonNode input) throws CalcInputException;
}
