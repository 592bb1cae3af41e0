package org.parkwatch.backend.hazard.registry;

import java.util.List;

/**
 * Parsed rows and row errors of one CSV import. The store saves the rows only when {@link #ok()}
 * (all or nothing).
 *
 * @param rows the valid rows, in file order
 * @param errors every rejected row with its line number
 */
public record ImportResult<T>(List<T> rows, List<RowError> errors) {

    public ImportResult {
        rows = List.copyOf(rows);
        errors = List.copyOf(errors);
    }

    public boolean ok() {
        return errors.isEmpty();
    }
}
