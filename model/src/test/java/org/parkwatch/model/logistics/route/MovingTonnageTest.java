package org.parkwatch.model.logistics.route;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class MovingTonnageTest {
    private static MovingTonnage.Load load(String cas, double t) {
        return new MovingTonnage.Load(cas, "UN", cas, t);
    }

    @Test
    void sumsPerChemicalHeaviestFirstAndKeepsTheTopFive() {
        List<MovingTonnage.Load> loads =
                List.of(
                        load("7782-50-5", 18),
                        load("67-56-1", 25),
                        load("7782-50-5", 12),
                        load("74-98-6", 9),
                        load("71-43-2", 5),
                        load("7664-41-7", 7),
                        load("108-88-3", 3),
                        load("", 40),
                        load("64-17-5", 0));
        List<MovingTonnage.ChemicalTonnes> top = MovingTonnage.top(loads, 5);
        assertEquals(
                List.of("7782-50-5", "67-56-1", "74-98-6", "7664-41-7", "71-43-2"),
                top.stream().map(MovingTonnage.ChemicalTonnes::cas).toList());
        assertEquals(30, top.get(0).tonnes(), 1e-9);
        assertEquals(2, top.get(0).trucks());
        assertEquals(6, MovingTonnage.byChemical(loads).size());
    }
}
