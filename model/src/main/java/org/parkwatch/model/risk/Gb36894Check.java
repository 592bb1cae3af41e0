package org.parkwatch.model.risk;

import java.util.List;

/** Checks individual and societal risk against GB 36894-2018 (limits in {@link RiskCriteria}). */
public final class Gb36894Check {

    /** Societal-risk zones of the F–N chart. */
    public enum SocietalRegion {
        ACCEPTABLE,
        ALARP,
        UNACCEPTABLE
    }

    /**
     * Verdict for one protection target.
     *
     * @param target its class
     * @param newFacility whether the limit for new facilities applies
     * @param riskPerYear the individual risk at the target (/yr)
     * @param limitPerYear the limit (/yr)
     * @param excessRatio risk / limit (&gt; 1 breaks the limit)
     */
    public record IndividualVerdict(
            ProtectionClass target,
            boolean newFacility,
            double riskPerYear,
            double limitPerYear,
            double excessRatio) {
        public boolean acceptable() {
            return riskPerYear <= limitPerYear;
        }
    }

    /**
     * Verdict for an F–N curve.
     *
     * @param region the worst region any point of the curve falls into
     * @param worstPoint the point deepest into that region (largest F / line ratio), null for an
     *     empty curve
     */
    public record SocietalVerdict(SocietalRegion region, FnCurve.Point worstPoint) {}

    private final SocietalRiskLines lines;

    public Gb36894Check(SocietalRiskLines lines) {
        this.lines = lines;
    }

    /** Check with the default (unverified) societal lines. */
    public Gb36894Check() {
        this(RiskCriteria.DEFAULT_SOCIETAL_LINES);
    }

    public IndividualVerdict individual(
            ProtectionClass target, boolean newFacility, double riskPerYear) {
        double limit = RiskCriteria.individualRiskLimit(target, newFacility);
        return new IndividualVerdict(target, newFacility, riskPerYear, limit, riskPerYear / limit);
    }

    /**
     * Region of one (N, F) point: above the upper line unacceptable, above the lower ALARP, else
     * acceptable.
     */
    public SocietalRegion region(double fatalities, double frequencyPerYear) {
        if (frequencyPerYear > lines.upperF(fatalities)) {
            return SocietalRegion.UNACCEPTABLE;
        }
        if (frequencyPerYear > lines.lowerF(fatalities)) {
            return SocietalRegion.ALARP;
        }
        return SocietalRegion.ACCEPTABLE;
    }

    public SocietalVerdict societal(FnCurve curve) {
        SocietalRegion worst = SocietalRegion.ACCEPTABLE;
        FnCurve.Point worstPoint = null;
        double worstRatio = -1;
        List<FnCurve.Point> points = curve.points();
        for (FnCurve.Point p : points) {
            SocietalRegion r = region(p.fatalities(), p.frequencyPerYear());
            double ratio = p.frequencyPerYear() / lines.lowerF(p.fatalities());
            if (r.ordinal() > worst.ordinal() || (r == worst && ratio > worstRatio)) {
                worst = r;
                worstPoint = p;
                worstRatio = ratio;
            }
        }
        return new SocietalVerdict(worst, worstPoint);
    }

    public SocietalRiskLines lines() {
        return lines;
    }
}
