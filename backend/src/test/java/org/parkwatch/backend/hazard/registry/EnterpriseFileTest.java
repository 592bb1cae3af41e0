package org.parkwatch.backend.hazard.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EnterpriseFileTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    private static final String SQUARE =
            "POLYGON ((113.95 35.25, 113.951 35.25, 113.951 35.251, 113.95 35.251, 113.95 35.25))";

    private static Enterprise e01() {
        return new Enterprise(
                "E01",
                "滨河华盛氯碱化工有限公司",
                "Binhe Huasheng Chlor-Alkali",
                "91410700MA470137XX",
                "河南省滨河化工园区纬一路 1 号",
                Set.of(Activity.PRODUCTION, Activity.STORAGE));
    }

    private static EnterpriseFile file(
            List<Licence> licences,
            List<RiskColourChange> colours,
            List<BlacklistEntry> blacklist) {
        return new EnterpriseFile(
                e01(),
                licences,
                List.of(new DutyContact("E01", "张工", "值班长", "13912345678")),
                List.of(
                        new HazardUnitRecord(
                                "E01-TF1", "E01", HazardUnitRecord.Kind.STORAGE, "液氯储存区", SQUARE)),
                List.of(
                        new Installation(
                                "V101", "E01", "E01-TF1", "tank", "7782-50-5", 74, 1620, 50, true),
                        new Installation(
                                "V102",
                                "E01",
                                "E01-TF1",
                                "tank",
                                "7782-50-5",
                                74,
                                1620,
                                50,
                                false)),
                colours,
                blacklist);
    }

    @Test
    void licenceExpiringWithin30DaysIsFlagged() {
        Licence soon =
                new Licence(
                        "E01",
                        "安全生产许可证",
                        "(豫)WH安许证字[2023]0001",
                        LocalDate.of(2023, 12, 1),
                        LocalDate.of(2026, 12, 27));
        Licence later =
                new Licence(
                        "E01",
                        "排污许可证",
                        "91410700MA470137XX001P",
                        LocalDate.of(2024, 1, 1),
                        LocalDate.of(2026, 12, 28));
        Licence expired =
                new Licence(
                        "E01",
                        "危险化学品登记证",
                        "410712345",
                        LocalDate.of(2020, 1, 1),
                        LocalDate.of(2026, 11, 27));
        EnterpriseFile f = file(List.of(soon, later, expired), List.of(), List.of());
        assertEquals(
                List.of(soon),
                f.licencesExpiringSoon(
                        TODAY)); // 29 days left; 30 days is outside; expired is not "expiring"
        assertFalse(expired.isValidOn(TODAY));
        assertThrows(
                IllegalArgumentException.class,
                () -> new Licence("E01", "x", "1", TODAY, TODAY.minusDays(1)));
    }

    @Test
    void riskColourHistoryAndBlacklist() {
        EnterpriseFile f =
                file(
                        List.of(),
                        List.of(
                                new RiskColourChange(
                                        "E01", RiskColour.YELLOW, LocalDate.of(2026, 6, 1), "整改完成"),
                                new RiskColourChange(
                                        "E01",
                                        RiskColour.ORANGE,
                                        LocalDate.of(2025, 1, 1),
                                        "年度评估")),
                        List.of(
                                new BlacklistEntry(
                                        "E01",
                                        "瞒报事故",
                                        LocalDate.of(2025, 3, 1),
                                        LocalDate.of(2026, 3, 1),
                                        "整改验收")));
        assertEquals(RiskColour.ORANGE, f.riskColourOn(LocalDate.of(2026, 5, 31)).orElseThrow());
        assertEquals(RiskColour.YELLOW, f.riskColourOn(TODAY).orElseThrow());
        assertTrue(f.riskColourOn(LocalDate.of(2024, 12, 31)).isEmpty());
        assertTrue(f.isBlacklistedOn(LocalDate.of(2026, 2, 28)));
        assertFalse(f.isBlacklistedOn(LocalDate.of(2026, 3, 1)));
        assertEquals(1, f.installationsWithSis());
        assertEquals(List.of(), f.problems());
    }

    @Test
    void problemsNameTheRecordAndField() {
        EnterpriseFile bad =
                new EnterpriseFile(
                        new Enterprise("E09", "某公司", "", "91410700MA470137X1", "地址", Set.of()),
                        List.of(),
                        List.of(new DutyContact("E09", "李四", "安全负责人", "12345")),
                        List.of(
                                new HazardUnitRecord(
                                        "U1",
                                        "E09",
                                        HazardUnitRecord.Kind.PRODUCTION,
                                        "装置",
                                        "POLYGON ((0 0, 1 1, 1 0, 0 1, 0 0))")),
                        List.of(
                                new Installation(
                                        "T1", "E09", "U2", "tank", "67-56-1", 100, 0, 20, false)),
                        List.of(),
                        List.of());
        List<String> p = bad.problems();
        assertTrue(p.contains("creditCode: check character is '1', expected 'X'"), p.toString());
        assertTrue(p.stream().anyMatch(s -> s.startsWith("activities:")), p.toString());
        assertTrue(p.stream().anyMatch(s -> s.startsWith("contact 李四.phone")), p.toString());
        assertTrue(
                p.contains("unit U1.boundaryWkt: polygon is not valid (self-intersecting?)"),
                p.toString());
        assertTrue(
                p.contains("installation T1.unitId: no unit U2 in this enterprise"), p.toString());
    }

    @Test
    void registryViews() {
        Licence soon =
                new Licence("E01", "安全生产许可证", "A1", LocalDate.of(2023, 1, 1), TODAY.plusDays(3));
        EnterpriseFile f =
                file(
                        List.of(soon),
                        List.of(
                                new RiskColourChange(
                                        "E01", RiskColour.RED, LocalDate.of(2026, 1, 1), "评估")),
                        List.of(
                                new BlacklistEntry(
                                        "E01", "r", LocalDate.of(2026, 1, 1), null, null)));
        EnterpriseRegistry reg = new EnterpriseRegistry(List.of(f));
        assertEquals(List.of(soon), reg.licencesExpiringSoon(TODAY));
        assertEquals(List.of("E01"), reg.withRiskColour(RiskColour.RED, TODAY));
        assertEquals("E01", reg.blacklistedOn(TODAY).get(0).id());
        assertEquals("E01", reg.byCreditCode("91410700MA470137XX").orElseThrow().enterprise().id());
        assertThrows(IllegalArgumentException.class, () -> new EnterpriseRegistry(List.of(f, f)));
    }
}
