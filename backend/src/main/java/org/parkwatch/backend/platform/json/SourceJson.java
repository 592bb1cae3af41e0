package org.parkwatch.backend.platform.json;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonObject;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes JSON text from a file or a request body with Vert.x JSON and, when it is malformed, says
 * where: the line and column of the first syntax error and the parser's reason, so a message can
 * point a person at the spot.
 */
public final class SourceJson {
    /** Where Vert.x's parser (jackson-core) states the position in its message. */
    private static final Pattern LOCATION = Pattern.compile("line: (\\d+), column: (\\d+)");

    private SourceJson() {}

    /**
     * Malformed JSON: {@code line} and {@code column} are 1-based, 0 when the parser gave no
     * position.
     */
    public static final class SyntaxException extends Exception {
        private final int line;
        private final int column;
        private final String reason;

        SyntaxException(int line, int column, String reason, Throwable cause) {
            super(line > 0 ? "line " + line + ", column " + column + ": " + reason : reason, cause);
            this.line = line;
            this.column = column;
            this.reason = reason;
        }

        public int line() {
            return line;
        }

        public int column() {
            return column;
        }

        /** The parser's reason without the position, one line. */
        public String reason() {
            return reason;
        }
    }

    /**
     * Any JSON value: a {@code JsonObject}, {@code JsonArray}, String, Number, Boolean or null;
     * null also for a text that is empty or only white space.
     */
    public static Object decode(String text) throws SyntaxException {
        if (text == null || text.isBlank()) return null;
        try {
            return Json.decodeValue(text);
        } catch (DecodeException e) {
            throw syntax(e);
        }
    }

    /** Any JSON value from bytes (UTF-8, a byte order mark allowed); null for no content. */
    public static Object decode(byte[] bytes) throws SyntaxException {
        if (bytes.length == 0) return null;
        try {
            return Json.decodeValue(Buffer.buffer(bytes));
        } catch (DecodeException e) {
            throw syntax(e);
        }
    }

    /** A JSON object; null when the text holds another kind of value (an array, a number …). */
    public static JsonObject decodeObject(String text) throws SyntaxException {
        return decode(text) instanceof JsonObject o ? o : null;
    }

    private static SyntaxException syntax(DecodeException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        Matcher m = LOCATION.matcher(message);
        int line = 0;
        int column = 0;
        while (m.find()) { // the last position is the error's; an earlier one may be where an array
            // began
            line = Integer.parseInt(m.group(1));
            column = Integer.parseInt(m.group(2));
        }
        String reason =
                message.lines().findFirst().orElse("").replaceFirst("^Failed to decode: ?", "");
        return new SyntaxException(line, column, reason.isBlank() ? "malformed JSON" : reason, e);
    }
}
