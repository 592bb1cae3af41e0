package org.parkwatch.backend.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

class RedactionTest {
    @Test
    void secretFieldsAreMaskedAtAnyDepth() {
        JsonObject out =
                (JsonObject)
                        Redaction.body(
                                "{\"username\":\"a\",\"password\":\"p\",\"nested\":"
                                        + "{\"newPassword\":\"q\",\"apiToken\":\"t\",\"limit\":5}}");
        assertEquals("a", out.getString("username"));
        assertEquals(Redaction.MASK, out.getString("password"));
        assertEquals(Redaction.MASK, out.getJsonObject("nested").getString("newPassword"));
        assertEquals(Redaction.MASK, out.getJsonObject("nested").getString("apiToken"));
        assertEquals(5, out.getJsonObject("nested").getInteger("limit"));
    }

    @Test
    void nonJsonBodiesAreKeptAsCutText() {
        assertEquals("id,name", Redaction.body("id,name"));
        String big = "x".repeat(Redaction.MAX_BODY_CHARS + 10);
        assertEquals(
                Redaction.MAX_BODY_CHARS + "…(cut)".length(),
                ((String) Redaction.body(big)).length());
        assertNull(Redaction.body(""));
    }
}
