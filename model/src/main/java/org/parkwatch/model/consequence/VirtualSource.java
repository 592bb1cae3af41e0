package org.parkwatch.model.consequence;

import java.util.function.DoubleUnaryOperator;

/**
 * The virtual-source hand-over shared by {@link DensePassivePlume} and {@link DensePassivePuff}:
 * the distance ξ0 at which a passive (Gaussian) centreline equals the dense model's concentration
 * at the hand-over point (ALOHA and Phast; CCPS 1999 §2.1.3). Pure.
 */
final class VirtualSource {
    private VirtualSource() {}

    /**
     * ξ (m) in [{@code loM}, 1e7] where {@code centreline} (kg/m³ at ξ m, falling monotonically
     * with distance) equals c (kg/m³): a geometric bisection to a relative width of 1e-12.
     */
    static double matchedDistance(DoubleUnaryOperator centreline, double c, double loM) {
        double lo = loM;
        double hi = 1e7;
        for (int i = 0; i < 200 && hi / lo > 1 + 1e-12; i++) {
            double mid = Math.sqrt(lo * hi);
            if (centreline.applyAsDouble(mid) > c) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return Math.sqrt(lo * hi);
    }
}
