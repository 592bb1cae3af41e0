package org.parkwatch.backend.emergency;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Drill mode from the commander and from the drill-state tag, and the drill periods it keeps. */
class DrillModeTest {
    @Test
    void drillTagSwitchesDrillModeOnAndOffAndThePeriodIsKept() {
        DrillMode d = new DrillMode();
        assertNull(d.signal(false, 100, "PARK.SYS.DRILL"), "no drill, nothing changes");
        assertNotNull(d.signal(true, 1000, "PARK.SYS.DRILL"));
        assertTrue(d.on());
        assertNull(d.signal(true, 1500, "PARK.SYS.DRILL"), "repeated value changes nothing");
        assertNotNull(d.signal(false, 2000, "PARK.SYS.DRILL"));
        assertFalse(d.on());
        assertFalse(d.during(999));
        assertTrue(d.during(1000));
        assertTrue(d.during(1999));
        assertFalse(d.during(2000));
    }

    @Test
    void drillTagDoesNotEndACommandersDrill() {
        DrillMode d = new DrillMode();
        d.set(true, 1000, "commander", "桌面推演");
        assertNull(d.signal(false, 1500, "PARK.SYS.DRILL"));
        assertTrue(d.on());
        assertTrue(d.during(5000), "still running");
    }
}
