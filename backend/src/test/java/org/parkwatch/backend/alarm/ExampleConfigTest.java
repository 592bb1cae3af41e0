package org.parkwatch.backend.alarm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parkwatch.backend.alarm.correlation.CorrelationConfig;

/** The shipped example configs stay valid against the demo park. */
class ExampleConfigTest {

    static String resource(String name) throws IOException {
        try (InputStream in =
                ExampleConfigTest.class
                        .getClassLoader()
                        .getResourceAsStream("parkwatch/alarm/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void alarmExampleAppliesToTheDemoDefaults() throws IOException {
        Map<String, AlarmDefinition> d =
                AlarmDefinitionsTest.byId(
                        new AlarmConfigLoader(AlarmDefinitionsTest.PARK::tag)
                                .apply(
                                        AlarmDefinitionsTest.DEFAULTS,
                                        resource("alarms.example.json"),
                                        "alarms.example.json"));
        assertEquals(7.4, d.get("E01.TK201.LT.HH").limit());
        assertEquals(3000, d.get("E01.GD101.GAS.H").onDelayMs());
        assertEquals(
                Priority.HIGH,
                d.get("E01.GD101.GAS.H").priority()); // untouched field keeps the default
        assertEquals(0.0, d.get("E02.U100.RUN.ST").limit()); // "not running" as a state alarm
        assertFalse(d.containsKey("E01.TK202.LT.LL"));
        assertEquals(Priority.CRITICAL, d.get("E03.FEED_LOST").priority());
    }

    @Test
    void correlationExampleParses() throws IOException {
        CorrelationConfig c =
                CorrelationConfig.parse(
                        resource("correlation.example.json"), "correlation.example.json");
        assertEquals(350, c.domino().radiusOf("E04"));
    }
}
