package org.parkwatch.backend.hazard;

/**
 * A chemical or class that cannot be resolved (unknown, ambiguous); the message says what to give
 * instead.
 */
public class ChemicalLookupException extends RuntimeException {

    public ChemicalLookupException(String message) {
        super(message);
    }
}
