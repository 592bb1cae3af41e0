package org.parkwatch.model.consequence;

/**
 * The validity warnings every consequence result may carry (docs/domain/consequence.md, "Validity warnings"; ALOHA
 * states similar limits).
 */
public enum WarningCode {
    LOW_WIND("风速低于约 1 m/s，高斯模型不可靠", "Wind below about 1 m/s: Gaussian models are unreliable"),
    STABLE_LONG_RANGE("稳定度 E/F 下远距离（> 约 2–5 km）结果不确定性大",
            "Stable class E/F at long range (beyond about 2–5 km): results are uncertain"),
    NEAR_FIELD("距源约 100 m 以内（近场）浓度分布斑驳，结果仅供参考",
            "Within about 100 m of the source (near field): concentrations are patchy"),
    BEYOND_TABLE("超出参考表范围，未外推", "Beyond the reference table: not extrapolated"),
    OUTSIDE_VALIDITY("超出模型适用范围", "Outside the model's validity range"),
    TERRAIN_IGNORED("未考虑地形与建筑物影响，不含化学反应", "Terrain and buildings ignored; no chemistry"),
    DENSE_GAS("重气扩散：采用 Britter–McQuaid 模型", "Dense gas: Britter–McQuaid model used"),
    PASSIVE_GAS("非重气：采用高斯烟羽模型", "Not dense: Gaussian plume used");

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
