package org.parkwatch.model.environment.backtrace;

import java.util.List;

/**
 * Readings of all stations over a window of equal time steps, with the wind of each step.
 *
 * @param stations the receptors, in column order
 * @param wind one sample per time step
 * @param concentrationUgPerM3 [step][station] readings in μg/m³, NaN where missing or invalid
 * @param stepS length of a time step (s, &gt; 0), e.g. 60 for 1-minute data
 */
public record Observations(
        List<Station> stations,
        List<WindSample> wind,
        double[][] concentrationUgPerM3,
        double stepS) {
    public Observations {
        stations = List.copyOf(stations);
        wind = List.copyOf(wind);
        if (!(stepS > 0)) {
            throw new IllegalArgumentException("stepS must be > 0 but was " + stepS);
        }
        if (concentrationUgPerM3.length != wind.size()) {
            throw new IllegalArgumentException(
                    "readings hold "
                            + concentrationUgPerM3.length
                            + " steps but the wind holds "
                            + wind.size());
        }
        for (int t = 0; t < concentrationUgPerM3.length; t++) {
            if (concentrationUgPerM3[t].length != stations.size()) {
                throw new IllegalArgumentException(
                        "readings of step "
                                + t
                                + " hold "
                                + concentrationUgPerM3[t].length
                                + " values but there are "
                                + stations.size()
                                + " stations");
            }
        }
    }

    public int steps() {
        return wind.size();
    }
}
