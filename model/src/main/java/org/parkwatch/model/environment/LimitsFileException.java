package org.parkwatch.model.environment;

/** A limits file that cannot be used, naming the file, line and column at fault. */
public final class LimitsFileException extends RuntimeException {

    private final int line;

    public LimitsFileException(String file, int line, String message) {
        super(file + " line " + line + ": " + message);
        this.line = line;
    }

    /** 1-based line of the file (the header is line 1). */
    public int line() {
        return line;
    }
}
