package org.parkwatch.backend.platform.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Decoding with Vert.x JSON and saying where a file is malformed. */
class SourceJsonTest {

    @Test
    void malformedTextNamesTheLineAndColumnOfTheError() {
        SourceJson.SyntaxException e =
                assertThrows(
                        SourceJson.SyntaxException.class,
                        () -> SourceJson.decode("{\n\"a\": 1,\n \"b\": x}"));
        assertEquals(3, e.line());
        // line 3 is ' "b": x}': the x is the 7th character; the parser points at it or just past it
        assertTrue(e.column() == 7 || e.column() == 8, "column " + e.column());
        assertTrue(e.reason().startsWith("Unrecognized token 'x'"), e.reason());
        assertEquals(1, e.reason().lines().count(), "the reason is one line, without the position");
    }

    @Test
    void anUnclosedArrayIsReportedWhereTheTextEndsNotWhereTheArrayBegan() {
        SourceJson.SyntaxException e =
                assertThrows(SourceJson.SyntaxException.class, () -> SourceJson.decode("[1,2"));
        assertEquals(1, e.line());
        assertEquals(5, e.column());
    }

    @Test
    void blankTextIsNoValueAndAnArrayIsNotAnObject() throws Exception {
        assertNull(SourceJson.decode("  \n"));
        assertNull(SourceJson.decode(new byte[0]));
        assertNull(SourceJson.decodeObject("[1]"));
        assertInstanceOf(JsonArray.class, SourceJson.decode("[1]"));
    }

    @Test
    void bytesWithAByteOrderMarkDecode() throws Exception {
        byte[] text = "\uFEFF{\"名称\":\"氯气\"}".getBytes(StandardCharsets.UTF_8);
        assertEquals(new JsonObject().put("名称", "氯气"), SourceJson.decode(text));
    }
}
