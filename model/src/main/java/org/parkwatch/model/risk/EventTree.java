package org.parkwatch.model.risk;

/**
 * Release event tree (docs/domain/risk.md "Individual risk"): immediate ignition → jet/pool fire or
 * fireball; delayed ignition → flash fire / VCE; no ignition → toxic exposure or no effect. Branch
 * probabilities: immediate = pI, delayed = (1 − pI)·pD, none = (1 − pI)·(1 − pD).
 *
 * @param immediateIgnition pI
 * @param delayedIgnition pD, conditional on no immediate ignition
 */
public record EventTree(double immediateIgnition, double delayedIgnition) {

    /**
     * Immediate-ignition probabilities of the Dutch Purple Book (CPR 18E, table 4.6) for flammable
     * gases, by continuous release rate (&lt; 10, 10–100, &gt; 100 kg/s) or instantaneous mass
     * (&lt; 1000, 1000–10 000, &gt; 10 000 kg) [U — replace with GB/T 37243-2019 appendix F]: low
     * reactivity 0.02 / 0.04 / 0.09; average or high reactivity 0.2 / 0.5 / 0.7.
     */
    static final double[] IMMEDIATE_LOW_REACTIVITY = {0.02, 0.04, 0.09};

    static final double[] IMMEDIATE_HIGH_REACTIVITY = {0.2, 0.5, 0.7};

    public EventTree {
        if (!(immediateIgnition >= 0
                && immediateIgnition <= 1
                && delayedIgnition >= 0
                && delayedIgnition <= 1)) {
            throw new IllegalArgumentException(
                    "ignition probabilities must be in [0, 1] but were "
                            + immediateIgnition
                            + ", "
                            + delayedIgnition);
        }
    }

    /**
     * A tree for a substance that does not burn: every release is a no-ignition (toxic) outcome.
     */
    public static EventTree nonFlammable() {
        return new EventTree(0, 0);
    }

    public double immediate() {
        return immediateIgnition;
    }

    public double delayed() {
        return (1 - immediateIgnition) * delayedIgnition;
    }

    public double none() {
        return (1 - immediateIgnition) * (1 - delayedIgnition);
    }

    /** Purple Book immediate ignition for a continuous gas release of the given rate (kg/s) [U]. */
    public static double immediateIgnitionContinuous(double rateKgPerS, boolean lowReactivity) {
        int band = rateKgPerS < 10 ? 0 : rateKgPerS <= 100 ? 1 : 2;
        return (lowReactivity ? IMMEDIATE_LOW_REACTIVITY : IMMEDIATE_HIGH_REACTIVITY)[band];
    }

    /**
     * Purple Book immediate ignition for an instantaneous gas release of the given mass (kg) [U].
     */
    public static double immediateIgnitionInstantaneous(double massKg, boolean lowReactivity) {
        int band = massKg < 1000 ? 0 : massKg <= 10_000 ? 1 : 2;
        return (lowReactivity ? IMMEDIATE_LOW_REACTIVITY : IMMEDIATE_HIGH_REACTIVITY)[band];
    }
}
