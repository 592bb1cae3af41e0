package org.parkwatch.bridge.uplink;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parkwatch.model.uplink.Sample;

class IntegrityRefreshTest {
    private final List<Sample> out = new ArrayList<>();

    private List<Sample> due(IntegrityRefresh r, long nowMs) {
        out.clear();
        r.refreshDue(nowMs, out::add);
        return List.copyOf(out);
    }

    @Test
    void unchangedTagIsSentAgainAfterTheRefreshPeriodOnly() {
        IntegrityRefresh r = new IntegrityRefresh(30_000);
        Sample quiet = Sample.of("E01.SIS1.TRIP", 0, 1_000);
        r.forward(quiet, 1_000, s -> {});
        r.forward(Sample.of("E01.TK201.LT", 3.5, 1_000), 1_000, s -> {});
        assertEquals(List.of(), due(r, 30_999));
        r.forward(Sample.of("E01.TK201.LT", 3.6, 20_000), 20_000, s -> {});

        assertEquals(List.of(quiet), due(r, 31_000), "only the tag not sent for 30 s, as it was");
        assertEquals(List.of(), due(r, 31_001), "a refreshed tag waits a whole period again");
        assertEquals(3.6, due(r, 50_000).get(0).value());
    }

    @Test
    void forwardHandsEverySampleOnEvenWhenRefreshIsOff() {
        IntegrityRefresh r = new IntegrityRefresh(0);
        List<Sample> forwarded = new ArrayList<>();
        r.forward(Sample.of("E01.A", 1, 0), 0, forwarded::add);
        assertEquals(1, forwarded.size());
        assertEquals(List.of(), due(r, Long.MAX_VALUE));
    }
}
