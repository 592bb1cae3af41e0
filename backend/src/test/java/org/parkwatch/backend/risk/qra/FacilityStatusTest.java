package org.parkwatch.backend.risk.qra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parkwatch.model.park.ParkCatalog;
import org.parkwatch.model.risk.ProtectionClass;
import org.parkwatch.model.risk.RelocationScreening;

/**
 * New vs in-service GB 36894 limits per protection target: the {@code facilityStatus} attribute
 * (validated) of the demo park's targets, the {@code risk.qra.newFacilities} override, and a
 * calculation where two targets at the same place are checked against different limits
 * (docs/domain/risk.md §Criteria: highly sensitive 3e-7 new, 3e-6 in service).
 */
class FacilityStatusTest {

    @Test
    void attributeParsesBothValuesAndNamesTheFieldOtherwise() {
        assertEquals(FacilityStatus.NEW, FacilityStatus.parse("new"));
        assertEquals(FacilityStatus.IN_SERVICE, FacilityStatus.parse("in-service"));
        assertNull(FacilityStatus.parse(null));
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class, () -> FacilityStatus.parse("existing"));
        assertTrue(
                e.getMessage().contains("facilityStatus") && e.getMessage().contains("existing"),
                e.getMessage());
    }

    @Test
    void demoTargetsCarryTheirStatusFromTheAttribute() {
        List<TargetArea> targets = new ParkQraInputs(ParkCatalog.loadDemo(), null).targets();
        TargetArea dongwang = byId(targets, "V-DONGWANGZHUANG");
        assertEquals(FacilityStatus.NEW, dongwang.status());
        assertEquals(FacilityStatus.Source.ATTRIBUTE, dongwang.statusSource());
        TargetArea school = byId(targets, "SCH-BINHE");
        assertEquals(FacilityStatus.IN_SERVICE, school.status());
        assertEquals(FacilityStatus.Source.ATTRIBUTE, school.statusSource());
    }

    @Test
    void configurationOverridesEveryTargetOrLeavesItToTheAttribute() {
        assertEquals(Optional.empty(), settings("").statusOverride());
        assertEquals(Optional.of(FacilityStatus.NEW), settings("true").statusOverride());
        assertEquals(Optional.of(FacilityStatus.IN_SERVICE), settings("false").statusOverride());
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> settings("yes"));
        assertTrue(e.getMessage().contains("risk.qra.newFacilities=yes"), e.getMessage());
        TargetArea t =
                byId(new ParkQraInputs(ParkCatalog.loadDemo(), null).targets(), "V-DONGWANGZHUANG")
                        .withConfiguredStatus(FacilityStatus.IN_SERVICE);
        assertEquals(FacilityStatus.IN_SERVICE, t.status());
        assertEquals(FacilityStatus.Source.CONFIG, t.statusSource());
    }

    @Test
    void twoTargetsAtOnePlaceAreCheckedAgainstTheirOwnLimits() {
        TargetArea inService =
                new TargetArea(
                        "old",
                        "旧",
                        "old",
                        ProtectionClass.HIGHLY_SENSITIVE,
                        0,
                        ToyParkQraTest.point(0, 40),
                        FacilityStatus.IN_SERVICE,
                        FacilityStatus.Source.ATTRIBUTE);
        TargetArea fresh =
                new TargetArea(
                        "new",
                        "新",
                        "new",
                        ProtectionClass.HIGHLY_SENSITIVE,
                        0,
                        ToyParkQraTest.point(0, 40),
                        FacilityStatus.NEW,
                        FacilityStatus.Source.ATTRIBUTE);
        QraResult r =
                new QraCalculation(ToyParkQraTest.GRID, 2, QraService.check())
                        .run(
                                List.of(ToyParkQraTest.A, ToyParkQraTest.B),
                                ToyParkQraTest.ROSE,
                                List.of(inService, fresh));
        QraResult.TargetCheck oldCheck = r.targets().get(0);
        QraResult.TargetCheck newCheck = r.targets().get(1);
        assertEquals(oldCheck.verdict().riskPerYear(), newCheck.verdict().riskPerYear(), 0.0);
        double ir = newCheck.verdict().riskPerYear();
        assertEquals(3e-6, oldCheck.verdict().limitPerYear(), 0.0);
        assertFalse(oldCheck.verdict().newFacility());
        assertEquals(3e-7, newCheck.verdict().limitPerYear(), 0.0);
        assertTrue(newCheck.verdict().newFacility());
        assertTrue(ir > 3e-7, "toy IR at the school " + ir);
        Map<String, Double> limits = new HashMap<>();
        for (RelocationScreening.Violation v : r.relocation().violations()) {
            limits.put(v.target().id(), v.limitPerYear());
        }
        assertEquals(3e-7, limits.get("new"), 0.0);
        if (ir > 3e-6) assertEquals(3e-6, limits.get("old"), 0.0);
        else assertFalse(limits.containsKey("old"));
    }

    private static QraSettings settings(String newFacilities) {
        Map<String, String> cfg =
                new HashMap<>(
                        Map.of(
                                "risk.qra.autoStart",
                                "false",
                                "risk.qra.startDelayMs",
                                "0",
                                "risk.qra.marginM",
                                "2000",
                                "risk.qra.cellM",
                                "25",
                                "risk.qra.windRoseFile",
                                "",
                                "risk.qra.historyMinHours",
                                "168",
                                "risk.qra.inventoryChange",
                                "0.2",
                                "risk.qra.debounceMs",
                                "60000",
                                "risk.qra.checkMs",
                                "5000",
                                "risk.qra.threads",
                                "1"));
        cfg.put("risk.qra.newFacilities", newFacilities);
        return QraSettings.from(cfg::get);
    }

    private static TargetArea byId(List<TargetArea> targets, String id) {
        return targets.stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
    }
}
