package org.parkwatch.backend.hazard;

/**
 * One row of GB 18218-2018 Table 3: the correction factor β of a named toxic gas.
 *
 * @param nameZh Chinese name
 * @param nameEn English name
 * @param cas CAS number
 * @param beta correction factor β (dimensionless)
 */
public record NamedBeta(String nameZh, String nameEn, String cas, double beta) {}
