package org.parkwatch.backend.publicdisplay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parkwatch.backend.platform.config.ConfigException;

class PublicDisplayOptionsTest {
    @Test
    void defaultsDelayFifteenMinutes() {
        PublicDisplayOptions o = PublicDisplayOptions.from(k -> null);
        assertEquals(900_000, o.delayMs());
        assertEquals(PublicDisplayOptions.DEFAULT_SNAPSHOT_MS, o.snapshotMs());
    }

    @Test
    void badValuesAreAllNamed() {
        Map<String, String> cfg = Map.of("public.delaySeconds", "-5", "public.snapshotMs", "soon");
        ConfigException e =
                assertThrows(ConfigException.class, () -> PublicDisplayOptions.from(cfg::get));
        assertEquals(2, e.problems().size());
        assertTrue(e.getMessage().contains("public.delaySeconds=-5"), e.getMessage());
        assertTrue(e.getMessage().contains("public.snapshotMs=soon"), e.getMessage());
    }

    @Test
    void delayAboveOneDayIsRefused() {
        assertThrows(
                ConfigException.class,
                () -> PublicDisplayOptions.from(Map.of("public.delaySeconds", "86401")::get));
    }
}
