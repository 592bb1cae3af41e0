package org.parkwatch.model.environment;

/**
 * The pollutants and water-quality parameters the park monitors, with display names (zh-CN default,
 * English).
 */
public enum Pollutant {
    SO2("SO₂", "二氧化硫", "sulphur dioxide"),
    NO2("NO₂", "二氧化氮", "nitrogen dioxide"),
    CO("CO", "一氧化碳", "carbon monoxide"),
    O3("O₃", "臭氧", "ozone"),
    PM10("PM₁₀", "可吸入颗粒物", "particulate matter ≤ 10 μm"),
    PM2_5("PM₂.₅", "细颗粒物", "particulate matter ≤ 2.5 μm"),
    CL2("Cl₂", "氯气", "chlorine"),
    NH3("NH₃", "氨", "ammonia"),
    H2S("H₂S", "硫化氢", "hydrogen sulphide"),
    BENZENE("C₆H₆", "苯", "benzene"),
    METHANOL("CH₃OH", "甲醇", "methanol"),
    TVOC("TVOC", "总挥发性有机物", "total volatile organic compounds"),
    COD("COD", "化学需氧量", "chemical oxygen demand"),
    NH3_N("NH₃-N", "氨氮", "ammonia nitrogen"),
    TP("TP", "总磷", "total phosphorus"),
    PH("pH", "pH 值", "pH");

    private final String symbol;
    private final String nameZh;
    private final String nameEn;

    Pollutant(String symbol, String nameZh, String nameEn) {
        this.symbol = symbol;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
    }

    public String symbol() {
        return symbol;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }
}
