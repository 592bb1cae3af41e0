"""The eight demo enterprises: plots, storage units, production units, SIS, cameras (local metres, see geo.py).

Block grid (road centrelines x = -500, 500; y = -600, 0, 600; fence x = +-1500, y = +-1000), plots set back 20 m
from road centrelines and 15 m from the fence:
    north row   E01 chlor-alkali | E02 ammonia    | E05 methanol
    2nd row     E04 tank farm    | E06 aromatics  | E03 LPG depot
    3rd row     E07 pesticides   | park services  | E08 hazardous waste
"""
from .builder import Tank
from .geo import polygon, rect_pts

PLOTS = {
    "E01": (-1485, 620, -520, 985), "E02": (-480, 620, 480, 985), "E05": (520, 620, 1485, 985),
    "E04": (-1485, 20, -520, 580), "E06": (-480, 20, 480, 580), "E03": (520, 20, 1485, 580),
    "E07": (-1485, -580, -520, -20), "E08": (520, -580, 1485, -20),
}

# id, nameZh, nameEn, activity, industry (zh, en), street address number
ENTERPRISES = [
    ("E01", "滨河华盛氯碱化工有限公司", "Binhe Huasheng Chlor-Alkali Co., Ltd.", "production", "氯碱", "chlor-alkali",
     "纬一路1号"),
    ("E02", "滨河中原化肥有限公司", "Binhe Zhongyuan Fertilizer Co., Ltd.", "production", "合成氨", "synthetic ammonia",
     "纬一路9号"),
    ("E03", "滨河豫能液化气储运有限公司", "Binhe Yuneng LPG Storage Co., Ltd.", "storage", "液化石油气储存",
     "LPG storage", "纬二路18号"),
    ("E04", "滨河石化储运有限公司", "Binhe Petrochemical Storage Co., Ltd.", "storage", "油品储运",
     "oil products storage", "纬二路2号"),
    ("E05", "滨河恒源甲醇有限公司", "Binhe Hengyuan Methanol Co., Ltd.", "production", "甲醇", "methanol",
     "纬一路17号"),
    ("E06", "滨河新材芳烃有限公司", "Binhe Xincai Aromatics Co., Ltd.", "production", "芳烃", "benzene and aromatics",
     "纬二路10号"),
    ("E07", "滨河丰农农药化工有限公司", "Binhe Fengnong Agrochemicals Co., Ltd.", "production", "农药",
     "pesticides", "纬三路3号"),
    ("E08", "滨河绿洁危废处置有限公司", "Binhe Lvjie Hazardous Waste Disposal Co., Ltd.", "disposal", "危险废物处置",
     "hazardous-waste disposal", "纬三路19号"),
]

P, T, F, RUN = "pressure", "temperature", "flow", "run-state"


def build_enterprises(b):
    for ent, zh, en, activity, ind_zh, ind_en, _ in ENTERPRISES:
        b.add("enterprises", f"{ent}-PLOT", polygon(rect_pts(*PLOTS[ent])), "enterprise", zh, en, ent,
              activity=activity, industry=ind_en, industryZh=ind_zh)
    e01(b), e02(b), e03(b), e04(b), e05(b), e06(b), e07(b), e08(b)


def e01(b):
    tf1 = b.tank_farm("E01", "TF1", "液氯储存区", "liquid chlorine storage", [
        Tank("V101", -1438, 925, "7782-50-5", "bullet", 2.8, length=12, pressure_kpa=1620),
        Tank("V102", -1425, 925, "7782-50-5", "bullet", 2.8, length=12, pressure_kpa=1620),
        Tank("V103", -1412, 925, "7782-50-5", "bullet", 2.8, length=12, pressure_kpa=1620)], dike_height_m=1.0)
    b.tank_farm("E01", "TF2", "酸碱罐区", "acid and caustic tank farm", [
        Tank("TK201", -1345, 915, "7647-01-0", "fixed-roof", 8, h=8, pressure_kpa=2),
        Tank("TK202", -1320, 915, "1310-73-2", "fixed-roof", 10, h=10, pressure_kpa=2)], dike_height_m=1.2)
    b.process_unit("E01", "U100", (-1150, 700, -950, 830), "离子膜电解装置", "ion-membrane electrolysis unit",
                   {"7782-50-5": 1.5, "1333-74-0": 0.1, "1310-73-2": 120}, [
                       ("PT_CL2", P, "kPa", 0, 50, (1, 2, 30, 40), "氯气总管压力", "chlorine header pressure"),
                       ("TT", T, "degC", 0, 120, (70, 80, 92, 95), "电解槽温度", "electrolyser temperature"),
                       ("FT_BRINE", F, "m3/h", 0, 200, (40, 60, 160, 180), "精盐水流量", "brine flow"),
                       ("RUN", RUN, "", 0, 1, None, "运行状态", "running")],
                   detectors=("1333-74-0", "NS"))
    b.process_unit("E01", "U200", (-1300, 700, -1220, 780), "氯气液化装置", "chlorine liquefaction unit",
                   {"7782-50-5": 8.0}, [
                       ("PT", P, "kPa", 0, 1600, (None, None, 1100, 1300), "液化器压力", "liquefier pressure"),
                       ("PT_SP", "setpoint", "kPa", 0, 1600, None, "液化器压力设定值", "liquefier pressure setpoint"),
                       ("TT", T, "degC", -60, 40, (None, None, -10, -5), "液化温度", "liquefaction temperature"),
                       ("FT", F, "t/h", 0, 20, (None, None, 16, 18), "液氯流量", "liquid chlorine flow"),
                       ("RUN", RUN, "", 0, 1, None, "运行状态", "running")],
                   detectors=("7782-50-5", "NSWE"))
    b.process_unit("E01", "U300", (-880, 700, -820, 760), "氯化氢合成装置", "hydrogen chloride synthesis unit",
                   {"7647-01-0": 1.2, "7782-50-5": 0.2, "1333-74-0": 0.02}, [
                       ("PT", P, "kPa", 0, 200, (None, None, 120, 150), "合成炉压力", "synthesis furnace pressure"),
                       ("TT", T, "degC", 0, 600, (None, None, 450, 500), "合成炉出口温度", "furnace outlet temperature"),
                       ("RUN", RUN, "", 0, 1, None, "运行状态", "running")])
    b.process_unit("E01", "WH1", (-700, 650, -600, 710), "片碱成品仓库", "caustic soda flakes warehouse",
                   {"1310-73-2": 300}, [], layer="warehouses", kind="warehouse", fireClass="戊")
    b.sis("E01", "SIS1", "E01-TF1", "液氯储存紧急切断与事故氯吸收", "chlorine storage ESD and emergency absorption")
    b.sis("E01", "SIS2", "E01-U100", "电解槽联锁", "electrolyser interlock")
    b.discrete("E01", "TF1", "XV101_ZSC", "valve-state", "E01-TF1", "液氯储罐出口紧急切断阀 已关闭",
               "chlorine tank outlet shut-off valve closed")
    b.camera("E01", "CAM1", -1470, 880, tf1, "液氯储存区监控", "chlorine storage camera")
    b.camera("E01", "CAM2", -1200, 690, (-1260, 740), "氯气液化装置监控", "chlorine liquefaction camera")


def e02(b):
    tf1 = b.tank_farm("E02", "TF1", "液氨低温储罐区", "refrigerated ammonia storage", [
        Tank("TK101", -410, 900, "7664-41-7", "refrigerated", 20, h=16, pressure_kpa=15)], dike_height_m=1.5)
    tf2 = b.tank_farm("E02", "TF2", "液氨球罐区", "ammonia sphere storage", [
        Tank("SP101", -330, 900, "7664-41-7", "sphere", 12.3, pressure_kpa=2160),
        Tank("SP102", -305, 900, "7664-41-7", "sphere", 12.3, pressure_kpa=2160)], dike_height_m=0.6)
    b.process_unit("E02", "U100", (-200, 700, -20, 830), "煤气化装置", "coal gasification unit",
                   {"630-08-0": 3.0, "1333-74-0": 0.8, "7783-06-4": 0.2}, [
                       ("PT", P, "kPa", 0, 8000, (None, 3500, 4300, 4500), "气化炉压力", "gasifier pressure"),
                       ("TT", T, "degC", 0, 1600, (None, 1250, 1450, 1500), "气化炉温度", "gasifier temperature"),
                       ("FT", F, "m3/h", 0, 120000, (None, None, 100000, 110000), "合成气流量", "syngas flow"),
                       ("RUN", RUN, "", 0, 1, None, "运行状态", "running")],
                   detectors=("630-08-0", "WE"))
    b.process_unit("E02", "U200", (50, 700, 200, 830), "氨合成装置", "ammonia synthesis unit",
                   {"7664-41-7": 25.0, "1333-74-0": 1.5}, [
                       ("PT", P, "kPa", 0, 20000, (None, 12000, 15500, 16500), "合成塔压力", "converter pressure"),
                       ("PT_SP", "setpoint", "kPa", 0, 20000, None, "合成塔压力设定值", "converter pressure setpoint"),
                       ("TT", T, "degC", 0, 600, (None, 380, 500, 520), "触媒层温度", "catalyst bed temperature"),
                       ("FT", F, "t/h", 0, 40, (None, None, 32, 36), "液氨产量", "liquid ammonia output"),
                       ("RUN", RUN, "", 0, 1, None, "运行状态", "running")],
                   detectors=("7664-41-7", "WE"))
    b.sis("E02", "SIS1", "E02-U200", "氨合成联锁", "ammonia synthesis interlock")
    b.sis("E02", "SIS2", "E02-TF1", "液氨储罐紧急切断", "ammonia storage ESD")
    b.camera("E02", "CAM1", -375, 862, tf1, "液氨低温罐监控", "refrigerated ammonia tank camera")
    b.camera("E02", "CAM2", -250, 862, tf2, "液氨球罐监控", "ammonia spheres camera")


def e03(b):
    tf1 = b.tank_farm("E03", "TF1", "液化石油气球罐区", "LPG sphere storage", [
        Tank(f"SP10{i + 1}", 1330 + 22 * i, 400, "68476-85-7", "sphere", 12.3, pressure_kpa=1770) for i in range(4)],
        dike_height_m=0.6)
    b.process_unit("E03", "U100", (900, 100, 1050, 160), "液化石油气装卸车站", "LPG truck loading station",
                   {"68476-85-7": 15.0}, [
                       ("PT", P, "kPa", 0, 2500, (None, None, 1600, 1800), "装车鹤管压力", "loading arm pressure"),
                       ("FT", F, "m3/h", 0, 120, (None, None, 100, 110), "装车流量", "loading flow"),
                       ("RUN", RUN, "", 0, 1, None, "装车泵运行", "loading pump running")],
                   detectors=("68476-85-7", "NS"))
    b.sis("E03", "SIS1", "E03-TF1", "球罐紧急切断与喷淋联锁", "sphere ESD and deluge interlock")
    b.sis("E03", "SIS2", "E03-U100", "装车紧急切断", "loading ESD")
    b.camera("E03", "CAM1", 1363, 340, tf1, "球罐区监控", "LPG spheres camera")


def e04(b):
    tf1 = b.tank_farm("E04", "TF1", "原油罐区", "crude oil tank farm", [
        Tank("TK101", -1400, 470, "8002-05-9", "floating-roof", 60, h=19.35),
        Tank("TK102", -1310, 470, "8002-05-9", "floating-roof", 60, h=19.35)], dike_height_m=2.0)
    tf2 = b.tank_farm("E04", "TF2", "汽油罐区", "gasoline tank farm", [
        Tank(f"TK20{i + 1}", -1420 + 40 * i, 330, "86290-81-5", "floating-roof", 28, h=16) for i in range(3)],
        dike_height_m=1.8)
    b.tank_farm("E04", "TF3", "柴油罐区", "diesel tank farm", [
        Tank("TK301", -1250, 330, "68334-30-5", "fixed-roof", 28, h=16, pressure_kpa=2),
        Tank("TK302", -1210, 330, "68334-30-5", "fixed-roof", 28, h=16, pressure_kpa=2)], dike_height_m=1.8)
    b.process_unit("E04", "U100", (-1130, 180, -1070, 230), "油品输转泵房", "oil transfer pump house",
                   {"86290-81-5": 5.0, "68334-30-5": 5.0, "8002-05-9": 10.0}, [
                       ("PT", P, "kPa", 0, 1600, (None, 200, 1000, 1200), "泵出口压力", "pump discharge pressure"),
                       ("FT", F, "m3/h", 0, 2000, (None, None, 1600, 1800), "输转流量", "transfer flow"),
                       ("RUN", RUN, "", 0, 1, None, "运行状态", "running")],
                   detectors=("86290-81-5", "NS"))
    b.process_unit("E04", "U200", (-900, 60, -700, 110), "汽柴油装车栈台", "gasoline and diesel loading rack",
                   {"86290-81-5": 20.0, "68334-30-5": 20.0}, [
                       ("FT", F, "m3/h", 0, 300, (None, None, 250, 280), "装车流量", "loading flow"),
                       ("RUN", RUN, "", 0, 1, None, "装车作业", "loading in progress")],
                   detectors=("86290-81-5", "NS"))
    b.sis("E04", "SIS1", "E04-TF1", "原油罐防溢联锁", "crude tank overfill interlock")
    b.sis("E04", "SIS2", "E04-TF2", "汽油罐防溢联锁", "gasoline tank overfill interlock")
    b.camera("E04", "CAM1", -1355, 545, tf1, "原油罐区监控", "crude oil tank farm camera")
    b.camera("E04", "CAM2", -1380, 275, tf2, "汽油罐区监控", "gasoline tank farm camera")


def e05(b):
    tf1 = b.tank_farm("E05", "TF1", "甲醇罐区", "methanol tank farm", [
        Tank("TK101", 1330, 900, "67-56-1", "floating-roof", 21, h=15.9),
        Tank("TK102", 1362, 900, "67-56-1", "floating-roof", 21, h=15.9)], dike_height_m=1.5)
    b.process_unit("E05", "U100", (700, 700, 850, 820), "甲醇合成装置", "methanol synthesis unit",
                   {"67-56-1": 30.0, "630-08-0": 2.0, "1333-74-0": 0.6}, [
                       ("PT", P, "kPa", 0, 10000, (None, 4500, 5800, 6200), "合成塔压力", "converter pressure"),
                       ("TT", T, "degC", 0, 400, (None, 200, 270, 280), "合成塔温度", "converter temperature"),
                       ("TT_SP", "setpoint", "degC", 0, 400, None, "合成塔温度设定值", "converter temperature setpoint"),
                       ("FT", F, "m3/h", 0, 300000, (None, None, 250000, 280000), "合成气流量", "syngas flow"),
                       ("RUN", RUN, "", 0, 1, None, "运行状态", "running")],
                   detectors=("1333-74-0", "WE"))
    b.process_unit("E05", "U200", (900, 700, 1000, 800), "甲醇精馏装置", "methanol distillation unit",
                   {"67-56-1": 60.0}, [
                       ("PT", P, "kPa", 0, 800, (None, None, 600, 700), "塔顶压力", "column top pressure"),
                       ("TT", T, "degC", 0, 200, (None, None, 140, 150), "塔釜温度", "column bottom temperature"),
                       ("FT", F, "m3/h", 0, 100, (None, None, 80, 90), "精甲醇采出", "refined methanol output"),
                       ("RUN", RUN, "", 0, 1, None, "运行状态", "running")],
                   detectors=("67-56-1", "NS"))
    b.sis("E05", "SIS1", "E05-U100", "甲醇合成联锁", "methanol synthesis interlock")
    b.sis("E05", "SIS2", "E05-TF1", "甲醇罐防溢联锁", "methanol tank overfill interlock")
    b.camera("E05", "CAM1", 1290, 862, tf1, "甲醇罐区监控", "methanol tank farm camera")


def e06(b):
    b.tank_farm("E06", "TF1", "苯罐区", "benzene tank farm", [
        Tank("TK101", -400, 480, "71-43-2", "floating-roof", 16, h=15),
        Tank("TK102", -374, 480, "71-43-2", "floating-roof", 16, h=15)], dike_height_m=1.5)
    b.tank_farm("E06", "TF2", "甲苯二甲苯罐区", "toluene and xylene tank farm", [
        Tank("TK201", -300, 480, "108-88-3", "floating-roof", 14, h=14),
        Tank("TK202", -276, 480, "1330-20-7", "floating-roof", 14, h=14)], dike_height_m=1.5)
    b.process_unit("E06", "U100", (-150, 350, 50, 480), "芳烃抽提装置", "aromatics extraction unit",
                   {"71-43-2": 40.0, "108-88-3": 25.0, "1330-20-7": 15.0}, [
                       ("PT", P, "kPa", 0, 1000, (None, None, 700, 800), "抽提塔压力", "extractor pressure"),
                       ("TT", T, "degC", 0, 250, (None, None, 180, 195), "汽提塔温度", "stripper temperature"),
                       ("FT", F, "m3/h", 0, 200, (None, None, 160, 180), "进料流量", "feed flow"),
                       ("RUN", RUN, "", 0, 1, None, "运行状态", "running")],
                   detectors=("71-43-2", "WE"))
    b.process_unit("E06", "U200", (100, 350, 220, 460), "加氢装置", "hydrogenation unit",
                   {"1333-74-0": 0.5, "71-43-2": 10.0}, [
                       ("PT", P, "kPa", 0, 6000, (None, 2000, 3500, 3800), "反应器压力", "reactor pressure"),
                       ("TT", T, "degC", 0, 450, (None, None, 330, 350), "反应器温度", "reactor temperature"),
                       ("FT", F, "m3/h", 0, 20000, (None, None, 16000, 18000), "氢气流量", "hydrogen flow"),
                       ("RUN", RUN, "", 0, 1, None, "运行状态", "running")],
                   detectors=("1333-74-0", "WE"))
    b.sis("E06", "SIS1", "E06-U200", "加氢反应联锁", "hydrogenation interlock")
    b.sis("E06", "SIS2", "E06-U100", "抽提装置联锁", "extraction interlock")
    b.camera("E06", "CAM1", -337, 420, (-337, 480), "芳烃罐区监控", "aromatics tank farms camera", fov=90)


def e07(b):
    tf1 = b.tank_farm("E07", "TF1", "甲苯溶剂罐区", "toluene solvent tank farm", [
        Tank("TK101", -1400, -150, "108-88-3", "floating-roof", 8, h=10),
        Tank("TK102", -1385, -150, "108-88-3", "floating-roof", 8, h=10)], dike_height_m=1.0)
    # Phosgene (GB 18218 Table 1 item 6, Q = 0.3 t) is made on demand and consumed at once; 0.45 t hold-up.
    b.process_unit("E07", "U100", (-1200, -300, -1140, -240), "光气化装置", "phosgenation unit",
                   {"75-44-5": 0.45, "630-08-0": 0.2, "7782-50-5": 0.5}, [
                       ("PT", P, "kPa", 0, 400, (None, None, 250, 300), "光气合成器压力", "phosgene generator pressure"),
                       ("TT", T, "degC", 0, 200, (None, None, 120, 140), "光气合成器温度",
                        "phosgene generator temperature"),
                       ("FT", F, "m3/h", 0, 500, (None, None, 400, 450), "一氧化碳流量", "carbon monoxide flow"),
                       ("RUN", RUN, "", 0, 1, None, "运行状态", "running")],
                   detectors=("75-44-5", "NSWE"))
    b.process_unit("E07", "U200", (-1050, -320, -900, -220), "氨基甲酸酯合成装置", "carbamate synthesis unit",
                   {"108-88-3": 20.0, "67-56-1": 8.0, "75-44-5": 0.05}, [
                       ("PT", P, "kPa", 0, 600, (None, None, 400, 500), "反应釜压力", "reactor pressure"),
                       ("TT", T, "degC", 0, 150, (None, None, 90, 100), "反应釜温度", "reactor temperature"),
                       ("RUN", RUN, "", 0, 1, None, "运行状态", "running")],
                   detectors=("108-88-3", "WE"))
    b.process_unit("E07", "WH1", (-800, -500, -700, -440), "原药成品仓库", "technical pesticide warehouse",
                   {"2921-88-2": 80.0}, [], layer="warehouses", kind="warehouse", fireClass="丙")
    b.sis("E07", "SIS1", "E07-U100", "光气化联锁", "phosgenation interlock")
    b.sis("E07", "SIS2", "E07-U200", "合成釜联锁", "carbamate reactor interlock")
    b.camera("E07", "CAM1", -1230, -200, (-1170, -270), "光气化装置监控", "phosgenation unit camera")
    b.camera("E07", "CAM2", -1392.5, -110, tf1, "溶剂罐区监控", "solvent tank farm camera")


def e08(b):
    tf1 = b.tank_farm("E08", "TF1", "废液罐区", "waste solvent tank farm", [
        Tank("TK101", 1200, -150, "108-88-3", "fixed-roof", 6, h=7, pressure_kpa=2),
        Tank("TK102", 1212, -150, "108-88-3", "fixed-roof", 6, h=7, pressure_kpa=2)], dike_height_m=1.0)
    b.tank_farm("E08", "TF2", "辅助燃料罐区", "auxiliary fuel tank farm", [
        Tank("TK201", 1300, -150, "68334-30-5", "fixed-roof", 5, h=6, pressure_kpa=2)], dike_height_m=1.0)
    b.process_unit("E08", "U100", (900, -400, 1080, -300), "回转窑焚烧装置", "rotary kiln incinerator",
                   {"1336-21-6": 30.0}, [
                       ("TT", T, "degC", 0, 1400, (1050, 1100, 1250, 1300), "二燃室温度",
                        "secondary chamber temperature"),
                       ("PT", P, "kPa", -1, 0.5, (-0.5, -0.3, -0.02, 0), "炉膛负压", "kiln draught"),
                       ("FT", F, "m3/h", 0, 5, (None, None, 4, 4.5), "废液进料流量", "waste liquid feed"),
                       ("RUN", RUN, "", 0, 1, None, "运行状态", "running")])
    b.process_unit("E08", "WH1", (700, -200, 820, -120), "危险废物暂存库", "hazardous waste store",
                   {"108-88-3": 30.0}, [], layer="warehouses", kind="warehouse", fireClass="甲",
                   wasteCodes=["HW06", "HW11", "HW49"], noteZh="桶装废有机溶剂按甲苯计",
                   noteEn="drummed waste solvents counted as toluene")
    b.sis("E08", "SIS1", "E08-U100", "焚烧炉联锁", "incinerator interlock")
    b.camera("E08", "CAM1", 1206, -100, tf1, "废液罐区监控", "waste solvent tank farm camera")
