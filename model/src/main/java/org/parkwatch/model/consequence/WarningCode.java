package org.parkwatch.model.consequence;

/**
 * The validity warnings every consequence result may carry (docs/domain/consequence.md, "Validity
 * warnings"; ALOHA states similar limits).
 */
public enum WarningCode {
    LOW_WIND("风速低于约 1 m/s，高斯模型不可靠", "Wind below about 1 m/s: Gaussian models are unreliable"),
    STABLE_LONG_RANGE(
            "稳定度 E/F 下远距离（> 约 2–5 km）结果不确定性大",
            "Stable class E/F at long range (beyond about 2–5 km): results are uncertain"),
    NEAR_FIELD(
            "距源约 100 m 以内（近场）浓度分布斑驳，结果仅供参考",
            "Within about 100 m of the source (near field): concentrations are patchy"),
    BEYOND_TABLE("超出参考表范围，未外推", "Beyond the reference table: not extrapolated"),
    OUTSIDE_VALIDITY("超出模型适用范围", "Outside the model's validity range"),
    TERRAIN_IGNORED("未考虑地形与建筑物影响，不含化学反应", "Terrain and buildings ignored; no chemistry"),
    DENSE_GAS("重气扩散：采用 Britter–McQuaid 模型", "Dense gas: Britter–McQuaid model used"),
    PASSIVE_GAS("非重气：采用高斯烟羽模型", "Not dense: Gaussian plume used"),
    KINGERY_BULMASH_FALLBACK(
            "超出 TNT 参考表范围，改用 Kingery–Bulmash 拟合（地面爆炸，偏保守）",
            "Beyond the TNT reference table: Kingery–Bulmash fit used instead (surface burst, conservative)"),
    SCAN_LIMIT(
            "影响区达到计算范围上限，实际距离不小于该值",
            "The zone reaches the calculation range limit: the true distance is at least this value"),
    DENSE_TO_PASSIVE(
            "重气浓度低于 Britter–McQuaid 最低曲线后，改用虚拟源高斯烟羽",
            "Below the lowest Britter–McQuaid curve: passive Gaussian plume from a matched virtual source"),
    CONCENTRATION_CAPPED(
            "源附近浓度已限制为源条件下纯蒸气的密度",
            "Near the source the concentration is capped at the pure vapour density at source conditions"),
    FLUX_CAPPED(
            "近火焰处热辐射已限制为火焰表面辐射功率",
            "Close to the flame the heat flux is capped at the flame's surface emissive power"),
    MULTI_ENERGY_CURVES(
            "TNO 多能法爆炸曲线为近似构造（初始强度平台、声学 1/R 衰减、爆轰曲线上限），未与原图逐点核对",
            "TNO multi-energy blast curves are an approximation (source-strength plateau, acoustic 1/R decay,"
                    + " detonation curve as the upper bound), not checked point by point against the charts"),
    LOW_WIND_MEANDER(
            "低风速下风向不确定，按置信线显示可能受影响的范围",
            "Low wind speed: the wind direction is uncertain; confidence lines show the area that may be affected");

    private final String textZh;
    private final String textEn;

    WarningCode(String textZh, String textEn) {
        this.textZh = textZh;
        this.textEn = textEn;
    }

    public String textZh() {
        return textZh;
    }

    public String textEn() {
        return textEn;
    }
}
