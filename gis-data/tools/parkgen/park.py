"""Park-wide features: fence, roads, gates, river, pipe racks and pipelines, environment stations with the park
operator's (PARK) tags, public facilities, sensitive targets outside the fence and emergency resources."""
from .geo import blob_pts, line, point, polygon, rect_pts

BOUNDARY = [(-1500, -1000), (1100, -1000), (1500, -700), (1500, 1000), (-1500, 1000)]  # SE corner cut by the river


def build_park(b):
    b.add("park-boundary", "PARK-BOUNDARY", polygon(BOUNDARY), "park-boundary", "豫北滨河化工产业园区边界",
          "Yubei Binhe Chemical Park boundary", "PARK", areaKm2=round(_area(BOUNDARY) / 1e6, 2))
    roads(b)
    pipelines(b)
    environment(b)
    facilities(b)
    sensitive_targets(b)
    emergency(b)


def _area(pts):
    return abs(sum(pts[i][0] * pts[(i + 1) % len(pts)][1] - pts[(i + 1) % len(pts)][0] * pts[i][1]
                   for i in range(len(pts)))) / 2


def roads(b):
    for fid, pts, zh, en, cls, width, hazmat in [
        ("R-WEI1", [(-1500, 600), (1500, 600)], "纬一路", "Weiyi Road", "branch", 16, True),
        ("R-WEI2", [(-1500, 0), (1500, 0)], "纬二路", "Weier Road", "trunk", 24, True),
        ("R-WEI3", [(-1500, -600), (1500, -600)], "纬三路", "Weisan Road", "branch", 16, True),
        ("R-JING1", [(-500, -1000), (-500, 1000)], "经一路", "Jingyi Road", "trunk", 24, True),
        ("R-JING2", [(500, -1000), (500, 1000)], "经二路", "Jinger Road", "branch", 16, True),
        ("R-X021", [(-3400, 0), (-2600, 20), (-1500, 0)], "县道X021", "County Road X021", "external", 12, True),
        ("R-BINHE", [(-500, -1000), (-500, -2150), (-520, -2700)], "滨河大道", "Binhe Avenue", "external", 20,
         False),
        ("R-NORTH", [(500, 1000), (500, 1500), (1900, 1520)], "北部应急通道", "North emergency road", "external", 8,
         False),
    ]:
        b.add("roads", fid, line(pts), "road", zh, en, roadClass=cls, widthM=width, hazmatRoute=hazmat)
    for fid, x, y, zh, en, gtype in [
        ("PARK-GATE1", -1500, 0, "西大门", "West main gate", "main"),
        ("PARK-GATE2", -500, -1000, "南物流门", "South logistics gate", "logistics"),
        ("PARK-GATE3", 500, 1000, "北应急门", "North emergency gate", "emergency"),
    ]:
        b.add("roads", fid, point(x, y), "gate", zh, en, "PARK", gateType=gtype,
              hazmatVehicles=gtype != "emergency", checkpoint=gtype != "emergency")
    b.add("rivers", "W-BINHE", line([(300, -1250), (1200, -1120), (1700, -820), (2300, -300)]), "river",
          "滨河", "Binhe River", waterClass="IV")


def pipelines(b):
    for fid, pts, zh, en in [
        ("PARK-PR1", [(-1470, 586), (1470, 586)], "纬一路管廊", "Weiyi Road pipe rack"),
        ("PARK-PR2", [(-512, -570), (-512, 586)], "经一路管廊", "Jingyi Road pipe rack"),
        ("PARK-PR3", [(-1470, -14), (1470, -14)], "纬二路管廊", "Weier Road pipe rack"),
    ]:
        b.add("pipelines", fid, line(pts), "pipe-rack", zh, en, "PARK", pipelineClass="pipe-rack", tiers=2,
              widthM=6)
    for fid, ent, pts, cas, zh, en, dn, mpa, phase in [
        ("E01-PL1", "E01", [(-1260, 700), (-1260, 586.5), (-511.5, 586.5), (-511.5, -13.5), (-1170, -13.5),
                            (-1170, -240)], "7782-50-5", "氯气管道(至E07光气化)", "chlorine line to E07 phosgenation",
         80, 0.4, "gas"),
        ("E01-PL2", "E01", [(-1000, 700), (-1000, 587), (-512.5, 587), (-512.5, 330), (160, 330), (160, 350)],
         "1333-74-0", "氢气管道(至E06加氢)", "hydrogen line to E06 hydrogenation", 100, 1.6, "gas"),
        ("E05-PL1", "E05", [(950, 700), (950, 585.5), (-513.5, 585.5), (-513.5, -14.5), (-975, -14.5),
                            (-975, -220)], "67-56-1", "甲醇管道(至E07)", "methanol line to E07", 100, 0.6, "liquid"),
        ("E04-PL1", "E04", [(-3600, 470), (-1500, 470), (-1430, 470)], "8002-05-9", "原油进厂长输管道",
         "crude oil import pipeline", 508, 6.3, "liquid"),
    ]:
        # safety-distance class (backend pipeline/safety-distances.json): the crude line is a long-distance one
        cls = "long-distance-oil-gas" if fid == "E04-PL1" else "in-park-pipeline"
        b.add("pipelines", fid, line(pts), "pipeline", zh, en, ent, pipelineClass=cls, chemicalCas=cas,
              diameterMm=dn, pressureMPa=mpa, phase=phase)


def environment(b):
    ws = b.add("environment", "PARK-WS1", point(300, -450), "weather-station", "园区气象站", "Park weather station",
               "PARK", mastHeightM=10)
    for sig, kind, unit, lo, hi, lim, zh, en in [
        ("WS", "wind-speed", "m/s", 0, 60, (None, None, 10.8, 17.2), "风速", "wind speed"),
        ("WD", "wind-direction", "deg", 0, 360, None, "风向(来向)", "wind direction (from)"),
        ("TA", "air-temperature", "degC", -30, 50, (-15, -10, 38, 40), "气温", "air temperature"),
        ("RH", "humidity", "%", 0, 100, None, "相对湿度", "relative humidity"),
        ("SR", "solar-radiation", "W/m2", 0, 1400, None, "太阳辐射", "solar radiation"),
        ("CC", "cloud-cover", "okta", 0, 8, None, "总云量", "cloud cover"),
    ]:
        # Wind limits: Beaufort 6 (10.8 m/s) and 8 (17.2 m/s) lower edges, the usual outdoor-work stop thresholds.
        b.tag("PARK", "WS1", sig, kind, unit, lo, hi, ws, zh, en, lim, sampling_ms=1000)
    # Air-quality limits: GB 3095-2012 grade II (PM2.5 24 h 75, SO2 1 h 500, NO2 1 h 200, O3 1 h 200 ug/m3) as H,
    # twice that as HH [P: grade II values as commonly quoted]; TVOC has no ambient standard, demo values [U].
    for code, x, y, zh, en in [("AQ1", 0, 992, "北界空气站", "north boundary air station"),
                               ("AQ2", 1492, 300, "东界空气站", "east boundary air station"),
                               ("AQ3", 0, -992, "南界空气站", "south boundary air station"),
                               ("AQ4", -1492, -300, "西界空气站", "west boundary air station")]:
        fid = b.add("environment", f"PARK-{code}", point(x, y), "air-station", zh, en, "PARK")
        for sig, lo, hi, h, szh, sen in [("PM25", 0, 1000, 75, "PM2.5", "PM2.5"),
                                         ("SO2", 0, 2000, 500, "二氧化硫", "SO2"),
                                         ("NO2", 0, 1000, 200, "二氧化氮", "NO2"),
                                         ("O3", 0, 1000, 200, "臭氧", "O3"),
                                         ("VOC", 0, 10000, 2000, "总挥发性有机物", "TVOC")]:
            b.tag("PARK", code, sig, "air-quality", "ug/m3", lo, hi, fid, f"{zh} {szh}", f"{en} {sen}",
                  (None, None, h, 2 * h), sampling_ms=5000)
    # Outfall limits: GB 18918-2002 class 1A (COD 50, NH3-N 5 (8) mg/L, pH 6-9) [P: as commonly quoted].
    for code, x, y, zh, en in [("OF1", 1250, -860, "污水处理厂总排口", "wastewater plant outfall"),
                               ("OF2", -1000, -990, "雨水排口", "storm water outfall")]:
        fid = b.add("environment", f"PARK-{code}", point(x, y), "outfall", zh, en, "PARK",
                    receivingWater="滨河", outfallType="wastewater" if code == "OF1" else "stormwater")
        b.tag("PARK", code, "COD", "water-quality", "mg/L", 0, 500, fid, f"{zh} 化学需氧量", f"{en} COD",
              (None, None, 50, 100), sampling_ms=10000)
        b.tag("PARK", code, "NH3N", "water-quality", "mg/L", 0, 50, fid, f"{zh} 氨氮", f"{en} ammonia nitrogen",
              (None, None, 5, 8), sampling_ms=10000)
        b.tag("PARK", code, "PH", "water-quality", "pH", 0, 14, fid, f"{zh} pH", f"{en} pH", (5.5, 6, 9, 9.5),
              sampling_ms=10000)


def facilities(b):
    b.add("park-facilities", "PARK-ADMIN", polygon(rect_pts(-120, -150, 60, -70)), "building", "园区管委会大楼",
          "Park administration building", "PARK")
    b.add("park-facilities", "PARK-WWTP", polygon(rect_pts(700, -950, 1000, -650)), "wwtp", "园区污水处理厂",
          "Park wastewater treatment plant", "PARK", capacityM3PerDay=20000)
    # the hazmat lot's north fence 10 m from 纬三路's centre line (y -600, 16 m wide): its gate opens onto
    # the road, so a truck turning in leaves the road's route corridor straight into a permitted place
    b.add("park-facilities", "PARK-HAZPARK", polygon(rect_pts(-1400, -950, -900, -610)), "parking",
          "危险化学品车辆专用停车场", "Hazardous-goods vehicle park", "PARK", spaces=120)


# id, centre x, y, radius x, y, nameZh, nameEn, population, GB 36894 class
VILLAGES = [
    # 320 people about 400 m north of E01's chlorine storage: GB 18218 alpha = 2.0 for E01-TF1.
    ("V-XIAOLIZHUANG", -1380, 1420, 150, 90, "小李庄", "Xiaolizhuang", 320, "general-1"),
    # 42 people about 440 m east of E03's LPG spheres: alpha = 1.2 for E03-TF1.
    ("V-DONGWANGZHUANG", 1910, 380, 70, 55, "东王庄", "Dongwangzhuang", 42, "general-2"),
    ("V-LIUTUN", 2150, 1550, 220, 160, "刘屯", "Liutun", 860, "general-1"),
    ("V-XIZHANG", -2450, -250, 150, 110, "西张村", "Xizhang", 260, "general-1"),
    ("V-ZHAOZHUANG", -2100, -1550, 200, 150, "赵庄", "Zhaozhuang", 1150, "general-1"),
    ("V-NANWA", 250, -1420, 45, 35, "南洼", "Nanwa", 24, "general-3"),
    ("V-BINHEZHEN", -1050, -2550, 300, 220, "滨河镇镇区", "Binhe town", 6800, "general-1"),
    # 68 people about 420 m west of E07's toluene tanks: alpha = 1.5 for E07-TF1.
    ("V-WANGJIAZHAI", -1880, -150, 55, 45, "王家寨", "Wangjiazhai", 68, "general-2"),
    # 24 people about 400 m north of E02's ammonia storage: alpha = 1.0 for E02-TF1 and E02-TF2.
    ("V-BEIWA", -380, 1350, 45, 35, "北洼", "Beiwa", 24, "general-3"),
]


NEW_FACILITY_TARGETS = {"V-DONGWANGZHUANG": "new"}


def sensitive_targets(b):
    # GB 36894-2018 Table 1 classes: schools and hospitals highly sensitive; residential areas general class 1
    # (>= 100 people), class 2 (30-99), class 3 (< 30) [P: see docs/domain/risk.md §Criteria].
    # facilityStatus: which GB 36894 limit column a target is checked against, "new" (新建) or "in-service"
    # (在役) [P: docs/domain/risk.md §Criteria]. Demo story: E03's LPG spheres are an expansion, so Dongwangzhuang
    # next to them is checked against the limits for new facilities; every other target against those for facilities
    # in service.
    for i, (fid, x, y, rx, ry, zh, en, pop, cls) in enumerate(VILLAGES):
        b.add("sensitive-targets", fid, polygon(blob_pts(x, y, rx, ry, 11, i + 1)), "village", zh, en,
              population=pop, protectionClass=cls, facilityStatus=NEW_FACILITY_TARGETS.get(fid, "in-service"))
    b.add("sensitive-targets", "SCH-BINHE", polygon(rect_pts(-640, -2330, -520, -2230)), "school",
          "滨河镇中心小学", "Binhe Central Primary School", population=860, pupils=800, staff=60,
          protectionClass="highly-sensitive", facilityStatus="in-service")
    b.add("sensitive-targets", "HOSP-BINHE", polygon(rect_pts(-420, -2430, -330, -2350)), "hospital",
          "滨河镇卫生院", "Binhe Township Hospital", beds=60, population=180, protectionClass="highly-sensitive",
          facilityStatus="in-service")


def emergency(b):
    for fid, x, y, kind, zh, en, extra in [
        ("PARK-FS1", -300, -300, "fire-station", "园区特勤消防站", "Park special-service fire station",
         {"vehicles": 8, "firefighters": 45}),
        ("PARK-FS2", -1050, -2150, "fire-station", "滨河镇消防救援站", "Binhe town fire and rescue station",
         {"vehicles": 4, "firefighters": 22}),
        ("PARK-MED1", -150, -300, "medical-point", "园区医疗急救站", "Park first-aid station", {"beds": 6}),
        ("PARK-SH1", 200, -200, "shelter", "园区中心广场避难场所", "Park central square shelter", {"capacity": 1500}),
        ("PARK-SH2", -150, -2250, "shelter", "滨河镇体育场避难场所", "Binhe town stadium shelter", {"capacity": 5000}),
        ("PARK-SH3", 1700, 1450, "shelter", "刘屯村文化广场避难场所", "Liutun village square shelter",
         {"capacity": 800}),
        ("PARK-FOAM1", -300, -420, "foam-store", "园区泡沫液储备库", "Park foam concentrate store",
         {"stock": "水成膜泡沫液(AFFF 3%) 30 t；抗溶性泡沫液(AR-AFFF 3%) 20 t",
          "stockEn": "AFFF 3 % 30 t; AR-AFFF 3 % 20 t"}),
        ("PARK-ABS1", -200, -420, "absorbent-store", "园区应急物资库", "Park spill-response store",
         {"stock": "吸附棉 2 t；活性炭 5 t；消石灰 20 t；堵漏工具 6 套；正压式空气呼吸器 30 具",
          "stockEn": "absorbent pads 2 t; activated carbon 5 t; slaked lime 20 t; 6 leak-sealing kits; 30 SCBA"}),
        ("E01-ABS1", -1350, 860, "absorbent-store", "氯碱公司事故应急物资点", "Chlor-alkali spill-response point",
         {"stock": "事故碱池(液碱) 150 m³；消石灰 10 t；氯气捕消器 2 台",
          "stockEn": "emergency caustic pit 150 m3; slaked lime 10 t; 2 chlorine scrubbers", "enterpriseId": "E01"}),
        ("E04-FOAM1", -1160, 400, "foam-store", "储运公司泡沫站", "Tank farm foam station",
         {"stock": "抗溶性水成膜泡沫液 40 t；泡沫消防车 2 辆",
          "stockEn": "AR-AFFF 40 t; 2 foam tenders", "enterpriseId": "E04"}),
    ]:
        ent = extra.pop("enterpriseId", "PARK")
        b.add("emergency-resources", fid, point(x, y), kind, zh, en, ent, **extra)
