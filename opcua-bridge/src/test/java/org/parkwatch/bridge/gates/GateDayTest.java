package org.parkwatch.bridge.gates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The simulated day: the night shift at night, everyone by mid-morning, people pass both gates. */
class GateDayTest {
    @Test
    void theStaffInsideFollowsTheShifts() {
        GateDay day = new GateDay("E01", 100, 3, 1);
        for (int i = 0; i < 100; i++) day.step(3.0);
        assertEquals(20, day.peopleInside(), "the night shift");
        for (int i = 0; i < 100; i++) day.step(10.0);
        assertEquals(100, day.peopleInside(), "the day shift");
        for (int i = 0; i < 100; i++) day.step(20.0);
        assertEquals(20, day.peopleInside());
    }

    @Test
    void aPersonEntersThroughTheParkGateFirstAndLeavesThroughItLast() {
        GateDay day = new GateDay("E02", 10, 0, 2);
        var in = day.step(10.0);
        assertTrue(in.get(0).parkGate() && in.get(0).entering());
        assertTrue(!in.get(1).parkGate() && in.get(1).subject().equals(in.get(0).subject()));
        for (int i = 0; i < 20; i++) day.step(10.0);
        var out = day.step(23.0);
        assertTrue(!out.get(0).parkGate() && !out.get(0).entering());
        assertTrue(out.get(1).parkGate() && !out.get(1).entering());
    }
}
