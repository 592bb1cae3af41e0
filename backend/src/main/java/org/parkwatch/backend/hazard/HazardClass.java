package org.parkwatch.backend.hazard;

/**
 * One hazard class of GB 18218-2018 Table 2 with its critical quantity and the class-based
 * correction factor β of Table 4.
 *
 * @param code J1–J5 (acute toxicity) or W1.1–W11 (physical hazards)
 * @param categoryZh category as printed in the standard
 * @param categoryEn English translation
 * @param criticalQuantityT critical quantity Q in tonnes
 * @param beta correction factor β of Table 4 (dimensionless)
 */
public record HazardClass(
        String code, String categoryZh, String categoryEn, double criticalQuantityT, double beta) {}
