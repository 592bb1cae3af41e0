package org.parkwatch.backend.alarm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AlarmTrendTest {
    private static final long H = AlarmTrend.HOUR_MS;
    private static final long T0 = 1_764_320_400_000L; // a whole UTC hour
    private static final Map<String, AlarmDefinition> DEFS =
            Map.of(
                    "E01.A.HH", def("E01.A.HH", "E01", Priority.CRITICAL),
                    "E02.B.H", def("E02.B.H", "E02", Priority.HIGH));

    private static AlarmDefinition def(String id, String enterprise, Priority p) {
        return new AlarmDefinition(
                id,
                enterprise,
                id.substring(0, id.lastIndexOf('.')),
                null,
                AlarmType.HH,
                p,
                1,
                0,
                0,
                0,
                60_000,
                null,
                false,
                null);
    }

    private static JournalEntry activation(long t, String id) {
        return new JournalEntry(t, id, AlarmState.NORMAL, AlarmState.UNACK_ACTIVE, 1, null, null);
    }

    @Test
    void activationsAreCountedInTheirHourByPriority() {
        List<JournalEntry> journal =
                List.of(
                        activation(T0 + 10, "E01.A.HH"),
                        activation(T0 + H - 1, "E02.B.H"),
                        activation(T0 + H + 5, "E02.B.H"),
                        new JournalEntry(
                                T0 + 20,
                                "E01.A.HH",
                                AlarmState.UNACK_ACTIVE,
                                AlarmState.ACK_ACTIVE,
                                1,
                                "op",
                                null));
        List<AlarmTrend.Bucket> b =
                AlarmTrend.hourly(journal, DEFS::get, e -> true, T0 + H + 10, 24);
        assertEquals(24, b.size());
        assertEquals(T0 + H, b.get(23).startMs());
        assertEquals(2, b.get(22).total()); // the acknowledgement is not an activation
        assertEquals(1, b.get(22).byPriority().get(Priority.CRITICAL));
        assertEquals(1, b.get(22).byPriority().get(Priority.HIGH));
        assertEquals(1, b.get(23).total());
        assertEquals(0, b.get(0).total());
    }

    @Test
    void enterprisesTheCallerDoesNotSeeAreLeftOut() {
        List<JournalEntry> journal =
                List.of(activation(T0, "E01.A.HH"), activation(T0 + 1, "E02.B.H"));
        List<AlarmTrend.Bucket> b = AlarmTrend.hourly(journal, DEFS::get, "E02"::equals, T0 + 2, 1);
        assertEquals(1, b.get(0).total());
        assertEquals(1, b.get(0).byPriority().get(Priority.HIGH));
    }
}
