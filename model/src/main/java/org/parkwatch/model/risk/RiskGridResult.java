package org.parkwatch.model.risk;

import java.util.List;

/**
 * Individual risk per cell and the societal-risk outcomes of a grid computation.
 *
 * @param spec the raster
 * @param irPerYear individual risk (/yr) per cell, index j·nx + i
 * @param societalOutcomes one (f, N) per scenario outcome × weather × direction (isotropic
 *     outcomes: × weather), only when a population raster was given; N counts people in the grid's
 *     cells
 */
public record RiskGridResult(
        GridSpec spec, double[] irPerYear, List<FnCurve.Outcome> societalOutcomes) {

    /** IR (/yr) of cell (i, j). */
    public double at(int i, int j) {
        return irPerYear[spec.index(i, j)];
    }

    /** IR (/yr) of the cell containing a local point (m); 0 outside the grid. */
    public double atPoint(double eastM, double northM) {
        int i = (int) Math.floor((eastM - spec.originEastM()) / spec.cellSizeM());
        int j = (int) Math.floor((northM - spec.originNorthM()) / spec.cellSizeM());
        return i < 0 || j < 0 || i >= spec.nx() || j >= spec.ny() ? 0.0 : at(i, j);
    }

    public FnCurve fnCurve() {
        return FnCurve.of(societalOutcomes);
    }
}
