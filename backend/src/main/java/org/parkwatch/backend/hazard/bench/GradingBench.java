package org.parkwatch.backend.hazard.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.parkwatch.backend.hazard.ChemicalProperties;
import org.parkwatch.backend.hazard.ChemicalResolver;
import org.parkwatch.backend.hazard.Gb18218Catalogue;
import org.parkwatch.backend.hazard.GradeChange;
import org.parkwatch.backend.hazard.GradingResult;
import org.parkwatch.backend.hazard.InventoryCalculator;
import org.parkwatch.backend.hazard.MajorHazardGrader;
import org.parkwatch.backend.hazard.ResolvedChemical;
import org.parkwatch.backend.hazard.Tank;
import org.parkwatch.backend.hazard.TankGeometry;

/**
 * Benchmark (issue 4): recompute the GB 18218 grades of 1,000 units from live tank levels, target ≤
 * 100 ms per pass. Each pass draws new levels, recomputes every unit's inventory, S, R and level,
 * and the change events. Usage: {@code java -cp … org.parkwatch.backend.hazard.bench.GradingBench
 * [units] [passes]}.
 */
public final class GradingBench {

    private GradingBench() {}

    public static void main(String[] args) {
        int units = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int passes = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        Gb18218Catalogue catalogue = Gb18218Catalogue.loadDefault();
        ChemicalResolver resolver =
                new ChemicalResolver(catalogue, ChemicalProperties.loadDefault());
        MajorHazardGrader grader = new MajorHazardGrader(catalogue);
        Random rnd = new Random(18218);
        List<List<Tank>> park = buildPark(units, resolver, rnd);
        int[] people = new int[units];
        for (int u = 0; u < units; u++) {
            people[u] = rnd.nextInt(200);
        }
        GradingResult[] previous = new GradingResult[units];
        double[] ms = new double[passes];
        double[] cpuMs = new double[passes];
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int warmup = 20;
        int events = 0;
        int tanks = park.stream().mapToInt(List::size).sum();
        for (int p = -warmup; p < passes; p++) {
            List<Map<String, Double>> levels = drawLevels(park, rnd);
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            int changes = 0;
            for (int u = 0; u < units; u++) {
                GradingResult g =
                        grader.grade(
                                InventoryCalculator.liveQuantities(park.get(u), levels.get(u)),
                                people[u]);
                if (GradeChange.between(previous[u], g).isPresent()) {
                    changes++;
                }
                previous[u] = g;
            }
            long t1 = System.nanoTime();
            long c1 = threads.getCurrentThreadCpuTime();
            if (p >= 0) {
                ms[p] = (t1 - t0) / 1e6;
                cpuMs[p] = (c1 - c0) / 1e6;
                events += changes;
            }
        }
        Arrays.sort(ms);
        Arrays.sort(cpuMs);
        long major = Arrays.stream(previous).filter(GradingResult::majorHazard).count();
        System.out.printf(
                "GradingBench: %d units, %d tanks, %d passes after %d warm-up, %d cores%n",
                units, tanks, passes, warmup, Runtime.getRuntime().availableProcessors());
        System.out.printf(
                "  per pass (grade + inventory + change events): median %.2f ms, p90 %.2f ms, max %.2f ms"
                        + " (target <= 100 ms)%n",
                ms[passes / 2], ms[(int) (passes * 0.9)], ms[passes - 1]);
        System.out.printf(
                "  thread CPU time per pass: median %.2f ms, max %.2f ms (wall minus CPU = waiting for a"
                        + " core on a shared machine)%n",
                cpuMs[passes / 2], cpuMs[passes - 1]);
        System.out.printf(
                "  system load average at the end: %.1f%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.printf(
                "  last pass: %d major hazard units; %d grade-change events over the measured passes%n",
                major, events);
    }

    private static List<List<Tank>> buildPark(int units, ChemicalResolver resolver, Random rnd) {
        Object[][] kinds = {
            {"7782-50-5", new TankGeometry.HorizontalCylinder(2.4, 8, true), 1410.0, 0.8},
            {"7664-41-7", new TankGeometry.Sphere(12), 610.0, 0.85},
            {"68476-85-7", new TankGeometry.Sphere(15.7), 500.0, 0.85},
            {"86290-81-5", new TankGeometry.VerticalCylinder(21, 16), 740.0, 0.9},
            {"67-56-1", new TankGeometry.VerticalCylinder(18, 14), 791.0, 0.9},
            {"71-43-2", new TankGeometry.VerticalCylinder(12, 12), 879.0, 0.9},
        };
        List<List<Tank>> park = new ArrayList<>(units);
        for (int u = 0; u < units; u++) {
            List<Tank> tanks = new ArrayList<>();
            int n = 2 + rnd.nextInt(5);
            for (int t = 0; t < n; t++) {
                Object[] k = kinds[rnd.nextInt(kinds.length)];
                ResolvedChemical c = resolver.byCas((String) k[0]);
                tanks.add(
                        new Tank(
                                "U" + u + "-T" + t,
                                c,
                                (TankGeometry) k[1],
                                (Double) k[2],
                                (Double) k[3]));
            }
            park.add(tanks);
        }
        return park;
    }

    private static List<Map<String, Double>> drawLevels(List<List<Tank>> park, Random rnd) {
        List<Map<String, Double>> out = new ArrayList<>(park.size());
        for (List<Tank> unit : park) {
            Map<String, Double> m = new HashMap<>();
            for (Tank t : unit) {
                m.put(t.id(), rnd.nextDouble() * t.geometry().maxLevelM() * t.maxFillFraction());
            }
            out.add(m);
        }
        return out;
    }
}
