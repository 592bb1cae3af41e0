package org.parkwatch.model.emergency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PlanValidatorTest {
    @Test
    void aValidPlanHasNoProblems() {
        EmergencyPlan p = LevelProposerTest.plan("SP", EmergencyPlan.Kind.SPECIAL, null, "LEAK");
        assertEquals(List.of(), PlanValidator.check(List.of(p), Set.of(), Set.of("E01")));
    }

    @Test
    void actionNamingAGroupOutsideTheCommandStructureIsNamedWithPlanAndAction() {
        EmergencyPlan ok = LevelProposerTest.plan("SP", EmergencyPlan.Kind.SPECIAL, null, "LEAK");
        EmergencyPlan.Level l =
                new EmergencyPlan.Level(
                        ResponseLevel.III,
                        List.of(),
                        List.of(new EmergencyPlan.Action("X-1", "divers", "潜水", "dive", null)));
        EmergencyPlan bad =
                new EmergencyPlan(
                        "SP",
                        ok.kind(),
                        ok.titleZh(),
                        ok.titleEn(),
                        null,
                        null,
                        ok.incidentKinds(),
                        ok.groups(),
                        List.of(l),
                        ok.targets());
        List<PlanValidator.Problem> got = PlanValidator.check(List.of(bad), Set.of(), Set.of());
        assertEquals(1, got.size(), got.toString());
        assertEquals("SP", got.get(0).planId());
        assertEquals("X-1", got.get(0).actionId());
        assertTrue(got.get(0).message().contains("divers"), got.get(0).message());
    }

    @Test
    void unknownParentOnsiteWithoutEnterpriseAndUnknownKindAreEachReported() {
        EmergencyPlan ok = LevelProposerTest.plan("OS", EmergencyPlan.Kind.ONSITE, "E99", "FLOOD");
        EmergencyPlan bad =
                new EmergencyPlan(
                        "OS",
                        ok.kind(),
                        ok.titleZh(),
                        ok.titleEn(),
                        "SP-NONE",
                        "E99",
                        ok.incidentKinds(),
                        ok.groups(),
                        ok.levels(),
                        ok.targets());
        List<PlanValidator.Problem> got =
                PlanValidator.check(List.of(bad), Set.of("GP"), Set.of("E01"));
        assertEquals(3, got.size(), got.toString());
        assertTrue(got.toString().contains("SP-NONE"));
        assertTrue(got.toString().contains("E99"));
        assertTrue(got.toString().contains("FLOOD"));
    }
}
