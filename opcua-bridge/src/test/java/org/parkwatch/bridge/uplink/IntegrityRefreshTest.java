package org.parkwatch.bridge.uplink;

import org.junit.jupiter.api.Test;
import org.parkwatch.model.uplink.Sample;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IntegrityRefreshTest {

    @Test
    void unchangedTagIsSentAgainAfterTheRefreshPeriodOnly() {
        IntegrityRefresh r = new IntegrityRefresh(30_000);
        Sample quiet = Sample.of("E01.SIS1.TRIP", 0, 1_000);
        Sample busy = Sample.of("E01.TK201.LT", 3.5, 1_000);
        r.sent(quiet, 1_000);
        r.sent(busy, 1_000);
        assertEquals(List.of(), r.due(30_999));
        r.sent(Sample.of("E01.TK201.LT", 3.6, 20_000), 20_000);

        List<Sample> due = r.due(31_000);
        assertEquals(List.of(quiet), due, "only the tag not sent for 30 s, as it was");
        assertEquals(List.of(), r.due(31_001), "a refreshed tag waits a whole period again");
        assertEquals("E01.TK201.LT", r.due(50_000).get(0).tagId());
    }

    @Test
    void zeroTurnsTheRefreshOff() {
        IntegrityRefresh r = new IntegrityRefresh(0);
        r.sent(Sample.of("E01.A", 1, 0), 0);
        assertTrue(r.due(Long.MAX_VALUE).isEmpty());
    }
}
