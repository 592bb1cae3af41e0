package org.parkwatch.backend.hazard.registry;

/**
 * One rejected CSV row.
 *
 * @param line 1-based line number in the file
 * @param column column name, or empty for the whole row
 * @param message what is wrong, in words a person can act on
 */
public record RowError(int line, String column, String message) {

    @Override
    public String toString() {
        return "line " + line + (column.isEmpty() ? "" : ", " + column) + ": " + message;
    }
}
