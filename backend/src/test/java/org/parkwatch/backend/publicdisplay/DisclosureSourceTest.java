package org.parkwatch.backend.publicdisplay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parkwatch.backend.alarm.AlarmState;
import org.parkwatch.backend.alarm.JournalEntry;
import org.parkwatch.backend.hazard.registry.Licence;
import org.parkwatch.model.environment.LimitsCsv;
import org.parkwatch.model.park.ParkCatalog;

class DisclosureSourceTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 12, 6, 15, 0, 0, 0, ZONE);
    private static final LocalDate TODAY = NOW.toLocalDate();
    private static ParkCatalog park;

    @BeforeAll
    static void load() {
        park = ParkCatalog.loadDemo();
    }

    private static JournalEntry activation(ZonedDateTime t, String alarmId) {
        return new JournalEntry(
                t.toInstant().toEpochMilli(),
                alarmId,
                AlarmState.NORMAL,
                AlarmState.UNACK_ACTIVE,
                600,
                null,
                "GB 3095-2012 表1 二级 … (amb-so2-1h) 超标");
    }

    private static PublicDisclosure read(
            List<JournalEntry> journal, Map<String, List<Licence>> licences) throws Exception {
        List<long[]> asked = new ArrayList<>();
        PublicDisclosure d =
                new DisclosureSource(
                                park,
                                LimitsCsv.demo(),
                                (from, to) -> {
                                    asked.add(new long[] {from, to});
                                    return journal;
                                },
                                id -> (Collection<Licence>) licences.getOrDefault(id, List.of()),
                                ZONE)
                        .read(NOW.toInstant().toEpochMilli());
        // the month in the park's time zone, up to the instant asked for
        assertEquals(
                ZonedDateTime.of(2026, 12, 1, 0, 0, 0, 0, ZONE).toInstant().toEpochMilli(),
                asked.get(0)[0]);
        assertEquals(NOW.toInstant().toEpochMilli(), asked.get(0)[1]);
        return d;
    }

    @Test
    void countsActivationsOfTheDayAndTheMonthByPlaceAndLimit() throws Exception {
        String so2 = "PARK.AQ1.SO2.ENV.amb-so2-1h";
        PublicDisclosure d =
                read(
                        List.of(
                                activation(NOW.minusDays(3), so2),
                                activation(NOW.minusHours(2), so2),
                                // a clear and an operator's acknowledgement are not exceedances
                                new JournalEntry(
                                        NOW.minusHours(1).toInstant().toEpochMilli(),
                                        so2,
                                        AlarmState.UNACK_ACTIVE,
                                        AlarmState.ACK_ACTIVE,
                                        600,
                                        "op",
                                        null),
                                // not an exceedance alarm at all
                                activation(NOW.minusHours(1), "E01.TK201.LT.HH")),
                        Map.of());
        assertEquals(1, d.exceedances().size(), d.toString());
        PublicDisclosure.Exceedance e = d.exceedances().get(0);
        assertEquals("北界空气站", e.placeZh());
        assertEquals("SO₂", e.pollutantZh());
        assertEquals("1 小时平均", e.averagingZh());
        assertEquals("GB 3095-2012", e.standard());
        assertEquals("≤ 500 μg/m³", e.limit());
        assertEquals(1, e.today());
        assertEquals(2, e.month());
        assertEquals(NOW.minusHours(2).toInstant().toEpochMilli(), e.lastMs());
        assertEquals(1, d.todayCount());
        assertEquals(2, d.monthCount());
        assertEquals(TODAY, d.day());
    }

    @Test
    void characteristicPollutantsAreNotNamed() throws Exception {
        PublicDisclosure d =
                read(
                        List.of(
                                activation(NOW.minusHours(1), "PARK.AQ2.CL2.ENV.amb-cl2-1h"),
                                activation(
                                        NOW.minusHours(1), "PARK.AQ2.BENZENE.ENV.fence-benzene")),
                        Map.of());
        assertEquals(2, d.exceedances().size());
        for (PublicDisclosure.Exceedance e : d.exceedances()) {
            assertEquals("特征污染物", e.pollutantZh());
            assertEquals("characteristic pollutant", e.pollutantEn());
            assertEquals("东界空气站", e.placeZh());
        }
    }

    @Test
    void permitStateAndValidityPerEnterprise() throws Exception {
        Licence e01 = new Licence("E01", "排污许可证", "X-1", TODAY.minusYears(2), TODAY.plusYears(1));
        Licence e02Soon =
                new Licence("E02", "排污许可证", "X-2", TODAY.minusYears(4), TODAY.plusDays(10));
        Licence e03Old =
                new Licence("E03", "排污许可证", "X-3", TODAY.minusYears(5), TODAY.minusDays(1));
        Licence e03Safety =
                new Licence("E03", "安全生产许可证", "X-4", TODAY.minusYears(1), TODAY.plusYears(2));
        Licence e04Renewed =
                new Licence("E04", "排污许可证", "X-5", TODAY.minusDays(3), TODAY.plusYears(5));
        Licence e04Previous =
                new Licence("E04", "排污许可证", "X-6", TODAY.minusYears(5), TODAY.minusDays(4));
        PublicDisclosure d =
                read(
                        List.of(),
                        Map.of(
                                "E01", List.of(e01),
                                "E02", List.of(e02Soon),
                                "E03", List.of(e03Old, e03Safety),
                                "E04", List.of(e04Previous, e04Renewed)));
        assertEquals(8, d.permits().size(), "one line per enterprise, the park operator not");
        assertEquals(PublicDisclosure.PermitState.VALID, d.permits().get(0).state());
        assertEquals(e01.validUntil(), d.permits().get(0).validUntil());
        assertEquals(PublicDisclosure.PermitState.EXPIRING, d.permits().get(1).state());
        assertEquals(PublicDisclosure.PermitState.EXPIRED, d.permits().get(2).state());
        assertEquals(
                e03Old.validUntil(), d.permits().get(2).validUntil(), "not the safety licence");
        assertEquals(PublicDisclosure.PermitState.VALID, d.permits().get(3).state());
        assertEquals(e04Renewed.validFrom(), d.permits().get(3).validFrom(), "the valid one wins");
        assertEquals(PublicDisclosure.PermitState.NONE, d.permits().get(4).state());
        assertNull(d.permits().get(4).validFrom());
        assertTrue(d.permits().get(0).enterpriseZh().endsWith("有限公司"));
    }

    @Test
    void boundsAreWrittenWithTheirUnit() {
        assertEquals(
                "6–9",
                DisclosureSource.bound(
                        LimitsCsv.demo().stream()
                                .filter(l -> l.id().equals("ww-ph"))
                                .findFirst()
                                .orElseThrow()));
        assertEquals(
                "≤ 0.4 mg/m³",
                DisclosureSource.bound(
                        LimitsCsv.demo().stream()
                                .filter(l -> l.id().equals("fence-benzene"))
                                .findFirst()
                                .orElseThrow()));
    }
}
