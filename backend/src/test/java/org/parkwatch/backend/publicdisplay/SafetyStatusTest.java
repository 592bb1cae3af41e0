package org.parkwatch.backend.publicdisplay;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SafetyStatusTest {
    private static SafetyStatus of(int critical, int high, int incidents) {
        return SafetyStatus.of(new PublicInputs(0, critical, high, incidents, List.of()));
    }

    @Test
    void quietParkIsNormal() {
        assertEquals(SafetyStatus.NORMAL, of(0, 0, 0));
    }

    @Test
    void highAlarmCallsForAttention() {
        assertEquals(SafetyStatus.WATCH, of(0, 2, 0));
    }

    @Test
    void criticalAlarmOrOpenIncidentAlerts() {
        assertEquals(SafetyStatus.ALERT, of(1, 0, 0));
        assertEquals(SafetyStatus.ALERT, of(0, 3, 1));
    }

    @Test
    void airLevelFollowsTheTagLimits() {
        assertEquals(AirLevel.GOOD, AirLevel.of(74.9, 75, 150));
        assertEquals(AirLevel.ELEVATED, AirLevel.of(75, 75, 150));
        assertEquals(AirLevel.HIGH, AirLevel.of(150, 75, 150));
        assertEquals(AirLevel.NONE, AirLevel.of(Double.NaN, 75, 150));
        assertEquals(AirLevel.GOOD, AirLevel.of(500, Double.NaN, Double.NaN));
    }
}
