package org.parkwatch.backend.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class RosterTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private static Roster demo() throws Exception {
        try (InputStream in =
                RosterTest.class
                        .getClassLoader()
                        .getResourceAsStream(NotifyCapability.DEMO_ROSTER)) {
            return RosterJson.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "demo");
        }
    }

    private static List<String> onDuty(Roster r, String localTime) {
        return r
                .onDuty(ZonedDateTime.parse(localTime + "+08:00[Asia/Shanghai]").toInstant())
                .stream()
                .map(DutyPerson::id)
                .toList();
    }

    @Test
    void demoRosterCoversTheWholeWeek() throws Exception {
        assertEquals(List.of(), demo().gaps());
    }

    @Test
    void dayShiftIsToldInItsEscalationOrder() throws Exception {
        assertEquals(List.of("P01", "P02", "P05", "P03"), onDuty(demo(), "2026-12-07T10:00"));
    }

    @Test
    void nightShiftRunsPastMidnightIntoTheNextDay() throws Exception {
        Roster r = demo();
        assertEquals(List.of("P04", "P02", "P03"), onDuty(r, "2026-12-07T22:30"));
        assertEquals(List.of("P04", "P02", "P03"), onDuty(r, "2026-12-08T03:00"));
        assertEquals("P01", onDuty(r, "2026-12-08T08:00").get(0));
    }

    @Test
    void rosterWithNobodyOnDutyAtNightIsRefusedNamingTheGap() {
        String json =
                "{\"people\":[{\"id\":\"A\",\"name\":\"甲\",\"email\":\"a@example.com\",\"channels\":[\"email\"]}],"
                        + "\"shifts\":[{\"id\":\"day\",\"days\":[\"MON\",\"TUE\",\"WED\",\"THU\",\"FRI\",\"SAT\",\"SUN\"],"
                        + "\"start\":\"08:00\",\"end\":\"20:00\",\"escalation\":[\"A\"]}]}";
        RosterJson.RosterException e =
                assertThrows(
                        RosterJson.RosterException.class, () -> RosterJson.parse(json, "r.json"));
        assertTrue(
                e.problems().contains("nobody on duty MONDAY 00:00–08:00 (无人值班)"), e.getMessage());
        assertTrue(
                e.problems().contains("nobody on duty SUNDAY 20:00–24:00 (无人值班)"), e.getMessage());
        assertTrue(e.getMessage().startsWith("r.json: "), e.getMessage());
    }

    @Test
    void unknownChannelMissingAddressAndUnknownPersonAreNamed() {
        String json =
                "{\"people\":[{\"id\":\"A\",\"name\":\"甲\",\"channels\":[\"fax\",\"email\"]}],"
                        + "\"shifts\":[{\"id\":\"all\",\"days\":[\"MON\"],\"start\":\"00:00\",\"end\":\"00:00\","
                        + "\"escalation\":[\"A\",\"Z\"]}]}";
        RosterJson.RosterException e =
                assertThrows(
                        RosterJson.RosterException.class, () -> RosterJson.parse(json, "r.json"));
        assertTrue(
                e.getMessage().contains("people[0].channels[0]: unknown channel 'fax'"),
                e.getMessage());
        // parsing problems are reported before validation; fix the channel and see the rest
        RosterJson.RosterException v =
                assertThrows(
                        RosterJson.RosterException.class,
                        () -> RosterJson.parse(json.replace("\"fax\",", ""), "r.json"));
        assertTrue(v.problems().contains("people[A]: channel email needs email"), v.getMessage());
        assertTrue(
                v.problems().contains("shifts[all].escalation: unknown person 'Z'"),
                v.getMessage());
    }

    @Test
    void rosterRoundTripsThroughItsJson() throws Exception {
        Roster r = demo();
        assertEquals(r, RosterJson.parse(RosterJson.toJson(r), "again"));
    }
}
