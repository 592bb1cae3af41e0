package org.parkwatch.model.risk;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Societal-risk F–N curve: F(N) = Σ f_k over all outcomes k with N_k ≥ N (docs/domain/risk.md
 * "Societal risk"), and the potential loss of life PLL = Σ f_k·N_k [V, HyRAM risk.py]. Outcomes
 * with N_k below 1 do not count towards F but do count towards PLL.
 */
public final class FnCurve {

    /** One outcome: its frequency (/yr) and expected fatalities. */
    public record Outcome(double frequencyPerYear, double fatalities) {}

    /** One step of the curve: F (/yr) of N or more fatalities. */
    public record Point(double fatalities, double frequencyPerYear) {}

    private final List<Point> points;
    private final double pll;

    private FnCurve(List<Point> points, double pll) {
        this.points = points;
        this.pll = pll;
    }

    /** Builds the cumulative curve from outcomes. */
    public static FnCurve of(List<Outcome> outcomes) {
        List<Outcome> sorted = new ArrayList<>(outcomes);
        sorted.sort(Comparator.comparingDouble(Outcome::fatalities).reversed());
        List<Point> steps = new ArrayList<>();
        double cumulative = 0;
        double pll = 0;
        for (int i = 0; i < sorted.size(); i++) {
            Outcome o = sorted.get(i);
            pll += o.frequencyPerYear() * o.fatalities();
            if (o.fatalities() < 1) {
                continue;
            }
            cumulative += o.frequencyPerYear();
            boolean lastOfN =
                    i + 1 == sorted.size() || sorted.get(i + 1).fatalities() != o.fatalities();
            if (lastOfN) {
                steps.add(new Point(o.fatalities(), cumulative));
            }
        }
        List<Point> ascending = new ArrayList<>(steps);
        ascending.sort(Comparator.comparingDouble(Point::fatalities));
        return new FnCurve(List.copyOf(ascending), pll);
    }

    /** F(N): frequency (/yr) of outcomes with at least N fatalities. */
    public double frequencyOfAtLeast(double n) {
        double f = 0;
        for (int i = points.size() - 1; i >= 0; i--) {
            if (points.get(i).fatalities() >= n) {
                f = points.get(i).frequencyPerYear();
            } else {
                break;
            }
        }
        return f;
    }

    /** The curve's corner points, N ascending (F descending). */
    public List<Point> points() {
        return points;
    }

    /** Potential loss of life (fatalities/yr). */
    public double potentialLossOfLife() {
        return pll;
    }
}
