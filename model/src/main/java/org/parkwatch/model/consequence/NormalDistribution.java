package org.parkwatch.model.consequence;

/**
 * Standard normal cumulative distribution Φ, accurate to double precision (absolute error about
 * 1e-14), by Hart's (1968) rational approximation as given by G. West, "Better approximations to
 * cumulative normal functions", Wilmott Magazine 2005.
 */
public final class NormalDistribution {

    private NormalDistribution() {}

    /** Φ(x) = P(Z ≤ x) for a standard normal Z. */
    public static double cdf(double x) {
        double a = Math.abs(x);
        double c;
        if (a > 37) {
            c = 0.0;
        } else {
            double e = Math.exp(-a * a / 2);
            if (a < 7.07106781186547) {
                double n = 3.52624965998911E-02 * a + 0.700383064443688;
                n = n * a + 6.37396220353165;
                n = n * a + 33.912866078383;
                n = n * a + 112.079291497871;
                n = n * a + 221.213596169931;
                n = n * a + 220.206867912376;
                double d = 8.83883476483184E-02 * a + 1.75566716318264;
                d = d * a + 16.064177579207;
                d = d * a + 86.7807322029461;
                d = d * a + 296.564248779674;
                d = d * a + 637.333633378831;
                d = d * a + 793.826512519948;
                d = d * a + 440.413735824752;
                c = e * n / d;
            } else {
                double b = a + 0.65;
                b = a + 4 / b;
                b = a + 3 / b;
                b = a + 2 / b;
                b = a + 1 / b;
                c = e / b / 2.506628274631;
            }
        }
        return x > 0 ? 1 - c : c;
    }

    /** Probability for a probit value: P = Φ(Y − 5). */
    public static double probitToProbability(double probit) {
        return Double.isNaN(probit) ? 0.0 : cdf(probit - 5.0);
    }
}
