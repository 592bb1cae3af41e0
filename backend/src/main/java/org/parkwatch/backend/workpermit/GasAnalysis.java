package org.parkwatch.backend.workpermit;

/**
 * One gas analysis of a permit's place (动火分析 / 受限空间气体检测).
 *
 * @param atMs when the sample was taken, epoch ms
 * @param gas what was measured: a name or CAS number; {@code O2} (or 氧气) for oxygen
 * @param value the result, in {@code unit}
 * @param unit {@code %vol}, {@code %LEL}, {@code ppm} or {@code mg/m3}
 * @param lelVolPercent the lower explosive limit of a flammable gas, %vol; NaN when not flammable
 *     or not given
 * @param analyst who analysed (分析人)
 */
public record GasAnalysis(
        long atMs, String gas, double value, String unit, double lelVolPercent, String analyst) {
    /** True for an oxygen reading. */
    public boolean isOxygen() {
        return gas != null
                && (gas.equalsIgnoreCase("O2") || gas.equals("氧气") || gas.equals("7782-44-7"));
    }

    /** True for a flammable gas measured in %vol with its LEL given. */
    public boolean isFlammableVol() {
        return !isOxygen() && "%vol".equalsIgnoreCase(unit) && !Double.isNaN(lelVolPercent);
    }
}
