package org.parkwatch.model.calc;

/**
 * Bad calculator input; {@link #field()} names the offending field (dotted path, e.g. {@code
 * chemicals[2].cas}).
 */
public class CalcInputException extends Exception {
    private final String field;

    public CalcInputException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
