package org.parkwatch.backend.workpermit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

/**
 * The rule table of GB 30871-2022 (workpermit/gb30871-rules.json): each rule passes a permit that
 * meets it and fails one that does not, naming itself.
 */
class WorkRuleBookTest {
    private static final long H = 3_600_000L;
    private static final long MIN = 60_000L;
    private static final long T0 = 1_796_000_000_000L;

    /** A place 'inside a dike' is any point with x < 0 (the test's dike locator). */
    private static final WorkRuleBook RULES =
            new WorkRuleBook(
                    WorkRuleBook.loadDefault(),
                    g -> g.getCoordinate().x < 0 ? Optional.of("TF-TEST") : Optional.empty());

    private static Geometry at(double x) {
        return WorkPermitJson.LON_LAT.createPoint(new Coordinate(x, 35.25));
    }

    private static SpecialWorkPermit permit(WorkKind kind, String level) {
        return new SpecialWorkPermit(
                "WP-T-0001",
                "E01",
                null,
                kind,
                level,
                WorkState.APPLIED,
                "test",
                at(113.9),
                T0,
                T0 + 4 * H,
                List.of(
                        new ResponsiblePerson("leader", "甲", null),
                        new ResponsiblePerson("guardian", "乙", null)),
                List.of(),
                0,
                "t",
                T0,
                T0,
                null);
    }

    private static SpecialWorkPermit with(SpecialWorkPermit p, UnaryOperator<Object[]> change) {
        Object[] f = {
            p.kind(), p.level(), p.geometry(), p.startMs(), p.endMs(), p.people(), p.gasAnalyses()
        };
        f = change.apply(f);
        @SuppressWarnings("unchecked")
        SpecialWorkPermit out =
                new SpecialWorkPermit(
                        p.id(),
                        p.enterpriseId(),
                        null,
                        (WorkKind) f[0],
                        (String) f[1],
                        p.state(),
                        p.placeZh(),
                        (Geometry) f[2],
                        (Long) f[3],
                        (Long) f[4],
                        (List<ResponsiblePerson>) f[5],
                        (List<GasAnalysis>) f[6],
                        0,
                        "t",
                        T0,
                        T0,
                        null);
        return out;
    }

    private static GasAnalysis flammable(long atMs, double volPct, double lel) {
        return new GasAnalysis(atMs, "gas", volPct, "%vol", lel, "丙");
    }

    private static GasAnalysis oxygen(long atMs, double volPct) {
        return new GasAnalysis(atMs, "O2", volPct, "%vol", Double.NaN, "丙");
    }

    static Stream<Arguments> table() {
        SpecialWorkPermit hot1 = permit(WorkKind.HOT_WORK, "1");
        SpecialWorkPermit cs = permit(WorkKind.CONFINED_SPACE, null);
        return Stream.of(
                // rule, a permit meeting it, a permit breaking it
                Arguments.of("GEN-LEVEL", hot1, permit(WorkKind.HOT_WORK, "3")),
                Arguments.of(
                        "GEN-LEVEL",
                        permit(WorkKind.WORK_AT_HEIGHT, "IV"),
                        permit(WorkKind.EXCAVATION, "1")),
                Arguments.of(
                        "GEN-PEOPLE",
                        hot1,
                        with(
                                hot1,
                                f -> {
                                    f[5] = List.of(new ResponsiblePerson("leader", "甲", null));
                                    return f;
                                })),
                Arguments.of(
                        "HOT-GAS-AGE",
                        with(
                                hot1,
                                f -> {
                                    f[6] = List.of(flammable(T0 - 30 * MIN, 0.1, 4));
                                    return f;
                                }),
                        with(
                                hot1,
                                f -> {
                                    f[6] = List.of(flammable(T0 - 31 * MIN, 0.1, 4));
                                    return f;
                                })),
                Arguments.of(
                        "HOT-GAS-LIMIT",
                        with(
                                hot1,
                                f -> {
                                    f[6] = List.of(flammable(T0, 0.5, 4.0));
                                    return f;
                                }),
                        with(
                                hot1,
                                f -> {
                                    f[6] = List.of(flammable(T0, 0.51, 4.0));
                                    return f;
                                })),
                Arguments.of(
                        "HOT-GAS-LIMIT",
                        with(
                                hot1,
                                f -> {
                                    f[6] = List.of(flammable(T0, 0.2, 1.3));
                                    return f;
                                }),
                        with(
                                hot1,
                                f -> {
                                    f[6] = List.of(flammable(T0, 0.3, 1.3));
                                    return f;
                                })),
                Arguments.of(
                        "CS-GAS-AGE",
                        with(
                                cs,
                                f -> {
                                    f[6] = List.of(oxygen(T0 - 10 * MIN, 20.9));
                                    return f;
                                }),
                        with(
                                cs,
                                f -> {
                                    f[6] = List.of(oxygen(T0 - 40 * MIN, 20.9));
                                    return f;
                                })),
                Arguments.of(
                        "CS-OXYGEN",
                        with(
                                cs,
                                f -> {
                                    f[6] = List.of(oxygen(T0, 19.5));
                                    return f;
                                }),
                        with(
                                cs,
                                f -> {
                                    f[6] = List.of(oxygen(T0, 19.4));
                                    return f;
                                })),
                Arguments.of(
                        "CS-OXYGEN",
                        with(
                                cs,
                                f -> {
                                    f[6] = List.of(oxygen(T0, 21.0));
                                    return f;
                                }),
                        with(
                                cs,
                                f -> {
                                    f[6] = List.of(oxygen(T0, 23.0));
                                    return f;
                                })),
                Arguments.of(
                        "HOT-DIKE-SPECIAL",
                        with(
                                permit(WorkKind.HOT_WORK, "special"),
                                f -> {
                                    f[2] = at(-1);
                                    return f;
                                }),
                        with(
                                permit(WorkKind.HOT_WORK, "2"),
                                f -> {
                                    f[2] = at(-1);
                                    return f;
                                })),
                Arguments.of(
                        "HOT-VALIDITY",
                        with(
                                hot1,
                                f -> {
                                    f[4] = T0 + 8 * H;
                                    return f;
                                }),
                        with(
                                hot1,
                                f -> {
                                    f[4] = T0 + 8 * H + MIN;
                                    return f;
                                })),
                Arguments.of(
                        "HOT-VALIDITY",
                        with(
                                permit(WorkKind.HOT_WORK, "2"),
                                f -> {
                                    f[4] = T0 + 72 * H;
                                    return f;
                                }),
                        with(
                                permit(WorkKind.HOT_WORK, "2"),
                                f -> {
                                    f[4] = T0 + 73 * H;
                                    return f;
                                })),
                Arguments.of(
                        "GEN-VALIDITY",
                        with(
                                cs,
                                f -> {
                                    f[4] = T0 + 72 * H;
                                    return f;
                                }),
                        with(
                                cs,
                                f -> {
                                    f[4] = T0 + 72 * H + MIN;
                                    return f;
                                })));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void eachRulePassesAndFails(String rule, SpecialWorkPermit good, SpecialWorkPermit bad) {
        assertEquals(List.of(), ids(RULES.checkFiling(good)), "meets " + rule);
        List<String> failed = ids(RULES.checkFiling(bad));
        assertTrue(failed.contains(rule), rule + " expected among " + failed);
    }

    @Test
    void approvalNeedsAnApprover() {
        SpecialWorkPermit p = permit(WorkKind.LIFTING, "2");
        assertEquals(List.of("GEN-APPROVER"), ids(RULES.checkApproval(p)));
        List<ResponsiblePerson> people = new ArrayList<>(p.people());
        people.add(new ResponsiblePerson("approver", "丁", null));
        assertEquals(List.of(), ids(RULES.checkApproval(p.withPeople(people, T0))));
    }

    @Test
    void startingHotWorkNeedsAnAnalysisNoOlderThanThirtyMinutesWithinLimits() {
        SpecialWorkPermit p = permit(WorkKind.HOT_WORK, "1");
        assertEquals(List.of("HOT-GAS-AGE"), ids(RULES.checkStart(p, T0)));
        SpecialWorkPermit fresh = p.withGasAnalysis(flammable(T0 - 20 * MIN, 0.1, 4), T0);
        assertEquals(List.of(), ids(RULES.checkStart(fresh, T0)));
        assertEquals(List.of("HOT-GAS-AGE"), ids(RULES.checkStart(fresh, T0 + 11 * MIN)));
        SpecialWorkPermit over = p.withGasAnalysis(flammable(T0 - MIN, 0.6, 4), T0);
        assertFalse(RULES.hasValidGasAnalysis(over, T0));
        assertTrue(RULES.checkStart(permit(WorkKind.TEMP_POWER, null), T0).isEmpty());
    }

    @Test
    void everyRuleNamesItsClauseAndIsMarkedUnverified() {
        for (WorkRule r : RULES.rules()) {
            assertFalse(r.clause().isBlank(), r.id());
            assertFalse(r.verified(), r.id() + ": nobody checked it against the standard here");
        }
    }

    private static List<String> ids(List<RuleViolation> vs) {
        return vs.stream().map(RuleViolation::ruleId).toList();
    }
}
