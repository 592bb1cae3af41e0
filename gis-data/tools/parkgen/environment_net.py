"""The park's environmental monitoring network (issue 17), kept apart from park.py so that the layout of the fence,
roads and emergency resources stays in one place and this network in another:

- boundary air stations: the four of park.py (AQ1..AQ4) get the pollutants they lacked, four more (AQ5..AQ8) stand
  at the fence's corners; each measures the six HJ 633-2012 AQI pollutants, TVOC and the park's characteristic
  pollutants (Cl2, NH3, H2S, benzene, methanol);
- each enterprise's wastewater outlet to the park's sewer (COD, NH3-N, total P, pH, flow), its rainwater outfall with
  the shut-off valve's open position switch (雨水排口截断阀, ISA-5.1 ZSO: 1 = open) and its accident pool
  (事故应急池, the second tier of 三级防控);
- the park wastewater plant outfall's total P and flow, the park's stormwater outfall valve and emergency pond
  (the third tier);
- the Binhe river downstream of the park to the town's drinking-water intake, with the flow and velocity the travel
  time estimate needs.

Tags are appended after the ones park.py and enterprises.py make, so the generated tag files only grow at their ends.
"""
from .enterprises import PLOTS
from .geo import line, point, polygon, rect_pts

# signal, unit, range max, nameZh, nameEn. Ranges of the characteristic pollutants are wide enough to follow a leak
# plume at the fence (simulation choice); ambient analysers of the six AQI pollutants keep their usual ranges.
AIR_SIGNALS = [
    ("PM25", "ug/m3", 1000, "PM2.5", "PM2.5"),
    ("PM10", "ug/m3", 1000, "PM10", "PM10"),
    ("SO2", "ug/m3", 2000, "二氧化硫", "SO2"),
    ("NO2", "ug/m3", 1000, "二氧化氮", "NO2"),
    ("CO", "mg/m3", 60, "一氧化碳", "CO"),
    ("O3", "ug/m3", 1000, "臭氧", "O3"),
    ("VOC", "ug/m3", 50000, "总挥发性有机物", "TVOC"),
    ("CL2", "ug/m3", 100000, "氯气", "chlorine"),
    ("NH3", "ug/m3", 100000, "氨", "ammonia"),
    ("H2S", "ug/m3", 10000, "硫化氢", "hydrogen sulphide"),
    ("BENZENE", "ug/m3", 50000, "苯", "benzene"),
    ("METHANOL", "ug/m3", 100000, "甲醇", "methanol"),
]
# The signals park.py already gives AQ1..AQ4 (with their GB 3095 H/HH limits there).
PARK_PY_AIR = {"PM25", "SO2", "NO2", "O3", "VOC"}
# Same instantaneous H/HH as park.py's stations, so all eight behave alike; the other signals carry no
# instantaneous limit: their exceedances are judged on the averaging periods of limits.csv.
AIR_H = {"PM25": 75, "SO2": 500, "NO2": 200, "O3": 200, "VOC": 2000}

EXISTING_STATIONS = [("AQ1", "北界空气站", "north boundary air station"),
                     ("AQ2", "东界空气站", "east boundary air station"),
                     ("AQ3", "南界空气站", "south boundary air station"),
                     ("AQ4", "西界空气站", "west boundary air station")]
# Fence corners, 8-10 m inside (the SE station on the edge cut by the river).
NEW_STATIONS = [("AQ5", -1490, 990, "西北界空气站", "north-west boundary air station"),
                ("AQ6", 1490, 990, "东北界空气站", "north-east boundary air station"),
                ("AQ7", -1490, -990, "西南界空气站", "south-west boundary air station"),
                ("AQ8", 1296, -858, "东南界空气站", "south-east boundary air station")]

# Enterprise discharge to the park sewer (间接排放): GB 8978-1996 Table 4 grade 3 (COD 500 mg/L, pH 6-9) and
# GB/T 31962-2015 grade B (NH3-N 45, TP 8 mg/L) as commonly quoted [U]; the park plant's own outfall keeps park.py's
# GB 18918 class 1A values. Design flows are demo values (m3/h).
INDIRECT_LIMITS = {"COD": 500, "NH3N": 45, "TP": 8}
DESIGN_FLOW_M3H = {"E01": 80, "E02": 120, "E03": 10, "E04": 25, "E05": 60, "E06": 50, "E07": 40, "E08": 30}
# Accident pools (事故应急池), m3: demo values sized like GB 50483/Q/SY 08190 V = (V1+V2-V3)max+V4+V5 for the largest
# tank farm's firewater [U: not computed from the formula].
ACCIDENT_POOL_M3 = {"E01": 1500, "E02": 2500, "E03": 1800, "E04": 12000, "E05": 3500, "E06": 3000, "E07": 1200,
                    "E08": 800}

# The Binhe river below the park: Class IV water (park.py) flowing north-east; the town's drinking-water intake about
# 8 km downstream of the park plant's outfall. Mean flow, width and depth are demo values for a plains river of this
# size at normal water [U]; the travel-time estimate takes its velocity from them, u = Q / (W·D) ≈ 0.35 m/s.
RIVER_DOWNSTREAM = [(2300, -300), (3400, 700), (4300, 2100), (5600, 3200), (7000, 3600)]
RIVER_FLOW_M3S = 18.0
RIVER_WIDTH_M = 45
RIVER_DEPTH_M = 1.15  # mean depth at normal water [U]; with the width and flow it gives the section velocity


def build_environment_network(b):
    air_stations(b)
    enterprise_water(b)
    park_water(b)
    river(b)


def _air_tag(b, code, fid, sig, unit, hi, szh, sen, zh, en):
    h = AIR_H.get(sig)
    b.tag("PARK", code, sig, "air-quality", unit, 0, hi, fid, f"{zh} {szh}", f"{en} {sen}",
          (None, None, h, 2 * h) if h else None, sampling_ms=5000, deadband=0.01 if unit == "mg/m3" else 0.1)


def air_stations(b):
    for code, zh, en in EXISTING_STATIONS:
        for sig, unit, hi, szh, sen in AIR_SIGNALS:
            if sig not in PARK_PY_AIR:
                _air_tag(b, code, f"PARK-{code}", sig, unit, hi, szh, sen, zh, en)
    for code, x, y, zh, en in NEW_STATIONS:
        fid = b.add("environment", f"PARK-{code}", point(x, y), "air-station", zh, en, "PARK",
                    stationType="boundary", inletHeightM=3)
        for sig, unit, hi, szh, sen in AIR_SIGNALS:
            _air_tag(b, code, fid, sig, unit, hi, szh, sen, zh, en)


def enterprise_water(b):
    for ent, (x0, y0, x1, y1) in PLOTS.items():
        ww = b.add("environment", f"{ent}-WW1", point(x0 + 30, y0 + 12), "outfall", "废水总排口",
                   "wastewater outlet", ent, outfallType="wastewater", receivingWater="PARK-WWTP",
                   designFlowM3PerH=DESIGN_FLOW_M3H[ent])
        for sig, unit, hi, lim, szh, sen in [
            ("COD", "mg/L", 2000, INDIRECT_LIMITS["COD"], "化学需氧量", "COD"),
            ("NH3N", "mg/L", 200, INDIRECT_LIMITS["NH3N"], "氨氮", "ammonia nitrogen"),
            ("TP", "mg/L", 50, INDIRECT_LIMITS["TP"], "总磷", "total phosphorus"),
        ]:
            b.tag(ent, "WW1", sig, "water-quality", unit, 0, hi, ww, f"废水总排口 {szh}", f"wastewater outlet {sen}",
                  (None, None, lim, 2 * lim), sampling_ms=10000)
        b.tag(ent, "WW1", "PH", "water-quality", "pH", 0, 14, ww, "废水总排口 pH", "wastewater outlet pH",
              (5.5, 6, 9, 9.5), sampling_ms=10000)
        q = DESIGN_FLOW_M3H[ent]
        b.tag(ent, "WW1", "FT", "flow", "m3/h", 0, 3 * q, ww, "废水总排口 流量", "wastewater outlet flow",
              (None, None, 1.5 * q, 2 * q), sampling_ms=10000)
        rw = b.add("environment", f"{ent}-RW1", point(x1 - 30, y0 + 12), "outfall", "雨水排口", "rainwater outfall",
                   ent, outfallType="stormwater", receivingWater="PARK-OF2", shutoffValve=True)
        b.discrete(ent, "RW1", "XV_ZSO", "valve-state", rw, "雨水排口截断阀 已开启",
                   "rainwater outfall shut-off valve open")
        b.add("environment", f"{ent}-AP1", polygon(rect_pts(x0 + 60, y0 + 5, x0 + 100, y0 + 35)), "accident-pool",
              "事故应急池", "accident pool", ent, capacityM3=ACCIDENT_POOL_M3[ent])


def park_water(b):
    b.tag("PARK", "OF1", "TP", "water-quality", "mg/L", 0, 10, "PARK-OF1", "污水处理厂总排口 总磷",
          "wastewater plant outfall total phosphorus", (None, None, 0.5, 1), sampling_ms=10000)
    b.tag("PARK", "OF1", "FT", "flow", "m3/h", 0, 2500, "PARK-OF1", "污水处理厂总排口 流量",
          "wastewater plant outfall flow", (None, None, 1000, 1250), sampling_ms=10000)
    b.discrete("PARK", "OF2", "XV_ZSO", "valve-state", "PARK-OF2", "雨水排口截断阀 已开启",
               "storm water outfall shut-off valve open")
    b.add("environment", "PARK-EP1", polygon(rect_pts(1020, -950, 1100, -880)), "emergency-pond", "园区应急事故池",
          "park emergency pond", "PARK", capacityM3=30000)


def river(b):
    b.add("rivers", "W-BINHE-DS", line(RIVER_DOWNSTREAM), "river", "滨河(园区下游段)", "Binhe River (downstream reach)",
          upstreamId="W-BINHE", waterClass="III", meanFlowM3PerS=RIVER_FLOW_M3S,
          widthM=RIVER_WIDTH_M, meanDepthM=RIVER_DEPTH_M, dataStatus="U")
    x, y = RIVER_DOWNSTREAM[-1]
    b.add("rivers", "W-INTAKE1", point(x, y), "drinking-water-intake", "滨河镇水厂取水口",
          "Binhe town waterworks intake", riverId="W-BINHE-DS", servedPopulation=42000,
          protectionZoneM=1000)
