package org.parkwatch.backend.tracker;

/** A task file refused: its message names the file, the line and the field. */
public final class PlanTaskException extends IllegalArgumentException {
    private final int line;
    private final String field;

    PlanTaskException(String file, int line, String field, String problem) {
        super(file + " line " + line + ", field " + field + ": " + problem);
        this.line = line;
        this.field = field;
    }

    public int line() {
        return line;
    }

    public String field() {
        return field;
    }
}
