package org.parkwatch.model.emergency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LevelProposerTest {
    static EmergencyPlan plan(
            String id, EmergencyPlan.Kind kind, String enterprise, String... kinds) {
        List<EmergencyPlan.Group> groups =
                List.of(new EmergencyPlan.Group("rescue", "抢险救援组", "Rescue", "站长", "Chief"));
        EmergencyPlan.Action a = new EmergencyPlan.Action(id + "-a", "rescue", "堵漏", "seal", 10);
        return new EmergencyPlan(
                id,
                kind,
                "标题",
                "title",
                null,
                enterprise,
                List.of(kinds),
                groups,
                List.of(
                        new EmergencyPlan.Level(
                                ResponseLevel.I,
                                List.of(new EmergencyPlan.Criterion(Fact.PEOPLE_IN_ERPG2, 500)),
                                List.of(a)),
                        new EmergencyPlan.Level(
                                ResponseLevel.II,
                                List.of(
                                        new EmergencyPlan.Criterion(Fact.PEOPLE_IN_ERPG2, 50),
                                        new EmergencyPlan.Criterion(Fact.ZONE_CROSSES_FENCE, 1)),
                                List.of()),
                        new EmergencyPlan.Level(ResponseLevel.IV, List.of(), List.of())),
                new EmergencyPlan.Targets(5, 10, 15, 30));
    }

    static IncidentFacts facts(String kind, String enterprise, Map<Fact, Double> v) {
        return new IncidentFacts(kind, enterprise, v, "INC-1/1");
    }

    @Test
    void mostSevereLevelWithAMetCriterionIsProposedWithEveryCheckReported() {
        EmergencyPlan p = plan("SP", EmergencyPlan.Kind.SPECIAL, null, "LEAK");
        LevelProposer.Proposal got =
                LevelProposer.propose(
                        p,
                        facts(
                                "LEAK",
                                "E01",
                                Map.of(Fact.PEOPLE_IN_ERPG2, 320.0, Fact.ZONE_CROSSES_FENCE, 0.0)));
        assertEquals(ResponseLevel.II, got.level());
        assertEquals(3, got.checks().size());
        LevelProposer.Check first = got.checks().get(0);
        assertEquals(ResponseLevel.I, first.level());
        assertEquals(320.0, first.actual());
        assertFalse(first.met());
        assertTrue(got.checks().get(1).met());
        assertFalse(got.checks().get(2).met());
    }

    @Test
    void unknownFactIsReportedAsUnknownAndNeverMet() {
        LevelProposer.Proposal got =
                LevelProposer.propose(
                        plan("SP", EmergencyPlan.Kind.SPECIAL, null, "LEAK"),
                        facts("LEAK", "E01", Map.of()));
        assertEquals(ResponseLevel.IV, got.level(), "the unconditional lowest level applies");
        assertNull(got.checks().get(0).actual());
        assertTrue(got.checks().stream().noneMatch(LevelProposer.Check::met));
    }

    @Test
    void onsitePlanOfTheIncidentsEnterpriseIsPreferredOverSpecialAndGeneral() {
        List<EmergencyPlan> plans =
                List.of(
                        plan("GP", EmergencyPlan.Kind.GENERAL, null, "LEAK", "SIS_TRIP"),
                        plan("SP", EmergencyPlan.Kind.SPECIAL, null, "LEAK"),
                        plan("OS-E01", EmergencyPlan.Kind.ONSITE, "E01", "LEAK"),
                        plan("OS-E02", EmergencyPlan.Kind.ONSITE, "E02", "LEAK"));
        assertEquals(
                "OS-E01",
                LevelProposer.choosePlan(plans, facts("LEAK", "E01", Map.of())).orElseThrow().id());
        assertEquals(
                "SP",
                LevelProposer.choosePlan(plans, facts("LEAK", "E05", Map.of())).orElseThrow().id());
        assertEquals(
                "GP",
                LevelProposer.choosePlan(plans, facts("SIS_TRIP", "E01", Map.of()))
                        .orElseThrow()
                        .id());
        assertTrue(LevelProposer.choosePlan(plans, facts("DOMINO", "E01", Map.of())).isEmpty());
    }
}
