"""Collects layer features and tag definitions while the layout is described.

Ids: features <ENT>-<EQUIP> (e.g. E01-V101), tags <ENT>.<EQUIP>.<SIGNAL> (e.g. E01.V101.LT),
OPC UA nodes nsu=urn:parkwatch:sim:<ENT>;s=<EQUIP>.<SIGNAL>.
"""
import math

from . import chemicals as chem
from .geo import bearing_deg, circle_pts, feature, point, polygon, rect_pts

DETECTOR_OFFSET_M = 4.0  # detectors sit this far outside a tank shell: GB/T 50493-2019 wants them close to release sources
TANK_LEVEL_LIMITS = (0.05, 0.10, 0.85, 0.90)  # ll, l, h, hh as fractions of the level range (demo design values)


def _r(v, nd=2):
    return None if v is None else round(v, nd)


class Tank:
    """One tank in local metres. Vertical tanks and spheres have a circular footprint; bullets a rectangle."""

    def __init__(self, code, x, y, cas, tank_type, d, h=None, length=None, pressure_kpa=0.0):
        self.code, self.x, self.y, self.cas, self.type = code, x, y, cas, tank_type
        self.d = d
        self.length = length
        self.h = d if tank_type in ("sphere", "bullet") else h
        self.pressure_kpa = pressure_kpa

    def half_extent(self):
        """(half width east-west, half height north-south) of the footprint; bullets lie north-south."""
        if self.type == "bullet":
            return self.d / 2, self.length / 2
        return self.d / 2, self.d / 2

    def capacity_m3(self):
        r = self.d / 2
        if self.type == "sphere":
            return 4.0 / 3.0 * math.pi * r ** 3
        if self.type == "bullet":
            return math.pi * r * r * self.length
        return math.pi * r * r * self.h

    def footprint(self):
        if self.type == "bullet":
            rx, ry = self.half_extent()
            return rect_pts(self.x - rx, self.y - ry, self.x + rx, self.y + ry)
        return circle_pts(self.x, self.y, self.d / 2, 32)


class ParkBuilder:
    def __init__(self):
        self.layers = {}
        self.tags = {}
        self._det_seq = {}

    # ---- features -------------------------------------------------------------------------------------------
    def add(self, layer, fid, geometry, kind, name_zh, name_en, enterprise=None, **props):
        p = {"kind": kind, "nameZh": name_zh, "nameEn": name_en}
        if enterprise:
            p["enterpriseId"] = enterprise
        p.update({k: v for k, v in props.items() if v is not None})
        self.layers.setdefault(layer, []).append(feature(fid, geometry, p))
        return fid

    def tag(self, ent, equip, signal, kind, unit, lo, hi, feature_id, name_zh, name_en, limits=None,
            sampling_ms=1000, deadband=None):
        if deadband is None:
            deadband = 0 if unit == "" else _r((hi - lo) * 0.001, 4)
        t = {"id": f"{ent}.{equip}.{signal}", "node": f"nsu=urn:parkwatch:sim:{ent};s={equip}.{signal}",
             "kind": kind, "unit": unit, "min": lo, "max": hi, "featureId": feature_id,
             "nameZh": name_zh, "nameEn": name_en, "samplingMs": sampling_ms, "deadband": deadband}
        if limits:
            t["limits"] = {k: v for k, v in zip(("ll", "l", "h", "hh"), limits) if v is not None}
        self.tags.setdefault(ent, []).append(t)

    def discrete(self, ent, equip, signal, kind, feature_id, name_zh, name_en):
        self.tag(ent, equip, signal, kind, "", 0, 1, feature_id, name_zh, name_en)

    # ---- storage ------------------------------------------------------------------------------------------
    def tank_farm(self, ent, code, name_zh, name_en, tanks, dike_height_m=1.2):
        """A storage unit bounded by its dike, its tanks, their tags and gas detectors around each tank row."""
        farm_id = f"{ent}-{code}"
        margin = max(5.0, max(t.h for t in tanks) / 2) + 3.0  # GB 50351: dike at least half a tank height away
        xs0 = min(t.x - t.half_extent()[0] for t in tanks) - margin
        xs1 = max(t.x + t.half_extent()[0] for t in tanks) + margin
        ys0 = min(t.y - t.half_extent()[1] for t in tanks) - margin
        ys1 = max(t.y + t.half_extent()[1] for t in tanks) + margin
        total = sum(t.capacity_m3() for t in tanks)
        self.add("tank-farms", farm_id, polygon(rect_pts(xs0, ys0, xs1, ys1)), "tank-farm", name_zh, name_en, ent,
                 unitType="storage", dikeHeightM=dike_height_m, tankCount=len(tanks),
                 totalCapacityM3=round(total))
        for t in tanks:
            self._tank(ent, farm_id, t)
        rows = {}
        for t in tanks:
            rows.setdefault(t.y, []).append(t)
        for row in rows.values():
            if row[0].cas in chem.DETECTOR_BY_GAS:
                self._row_detectors(ent, sorted(row, key=lambda t: t.x))
        return ((xs0 + xs1) / 2, (ys0 + ys1) / 2)

    def _tank(self, ent, farm_id, t):
        fid = f"{ent}-{t.code}"
        cas = t.cas
        type_zh = {"fixed-roof": "固定顶罐", "floating-roof": "内浮顶罐", "sphere": "球罐", "bullet": "卧式储罐",
                   "refrigerated": "低温常压储罐"}[t.type]
        type_en = {"fixed-roof": "fixed-roof tank", "floating-roof": "floating-roof tank", "sphere": "sphere",
                   "bullet": "bullet", "refrigerated": "refrigerated tank"}[t.type]
        name_zh, name_en = f"{chem.zh(cas)}{type_zh} {t.code}", f"{chem.en(cas)} {type_en} {t.code}"
        self.add("tanks", fid, polygon(t.footprint()), "tank", name_zh, name_en, ent,
                 tankFarmId=farm_id, tankType=t.type, diameterM=t.d, heightM=t.h, lengthM=t.length,
                 capacityM3=round(t.capacity_m3()), chemicalCas=cas, chemicalZh=chem.zh(cas),
                 chemicalEn=chem.en(cas), liquidDensityKgM3=chem.density(cas), designPressureKPa=t.pressure_kpa)
        span = t.h
        ll, l, h, hh = (round(f * span, 2) for f in TANK_LEVEL_LIMITS)
        self.tag(ent, t.code, "LT", "level", "m", 0, span, fid, f"{name_zh} 液位", f"{name_en} level",
                 (ll, l, h, hh), deadband=0.01)
        if t.type == "refrigerated":
            tr, tl = (-50, 10), (None, None, -30, -28)
        elif t.type in ("sphere", "bullet"):
            tr, tl = (-40, 60), (None, None, 40, 45)
        else:
            tr, tl = (-20, 80), (None, None, 45, 50)
        self.tag(ent, t.code, "TT", "temperature", "degC", tr[0], tr[1], fid, f"{name_zh} 温度",
                 f"{name_en} temperature", tl, deadband=0.1)
        if t.pressure_kpa <= 0:
            return  # floating roofs breathe through the roof seal: no pressure transmitter
        if t.type == "fixed-roof":
            pr, pl = (-1, 3), (-0.4, -0.2, 1.5, 1.8)
        elif t.type == "refrigerated":
            pr, pl = (-2, 20), (1, 2, 10, 12)
        else:
            pr = (0, 2500)
            pl = (None, None, round(0.7 * t.pressure_kpa, -1), round(0.85 * t.pressure_kpa, -1))
        self.tag(ent, t.code, "PT", "pressure", "kPa", pr[0], pr[1], fid, f"{name_zh} 压力", f"{name_en} pressure",
                 pl)

    def _row_detectors(self, ent, row):
        """Detectors north and south of each tank, at both row ends and in every gap between neighbours."""
        off = DETECTOR_OFFSET_M
        spots = []
        for i, t in enumerate(row):
            rx, ry = t.half_extent()
            spots.append((t.x, t.y + ry + off, t))
            spots.append((t.x, t.y - ry - off, t))
            if i == 0:
                spots.append((t.x - rx - off, t.y, t))
            if i + 1 < len(row):
                n = row[i + 1]
                spots.append(((t.x + rx + n.x - n.half_extent()[0]) / 2, t.y, t))
            else:
                spots.append((t.x + rx + off, t.y, t))
        for x, y, t in spots:
            self.detector(ent, x, y, t.cas, f"{ent}-{t.code}", f"{chem.zh(t.cas)}储罐 {t.code}",
                          f"{chem.en(t.cas)} tank {t.code}")  # names the tank it watches

    # ---- production ---------------------------------------------------------------------------------------
    def process_unit(self, ent, code, rect, name_zh, name_en, inventory_t, signals, detectors=None, layer="process-units",
                     kind="process-unit", **props):
        """A production unit (bounded by its shut-off valves) with design inventories (t) per CAS and DCS tags.

        signals: (signal, kind, unit, min, max, (ll, l, h, hh) or None, nameZh, nameEn); detectors: (gas CAS, sides).
        """
        fid = f"{ent}-{code}"
        self.add(layer, fid, polygon(rect_pts(*rect)), kind, name_zh, name_en, ent,
                 unitType="production" if kind == "process-unit" else "storage",
                 chemicals=list(inventory_t.keys()), designInventoryT=inventory_t, **props)
        for sig, kind_, unit, lo, hi, lim, szh, sen in signals:
            if kind_ == "run-state":
                self.discrete(ent, code, sig, kind_, fid, f"{name_zh} {szh}", f"{name_en} {sen}")
            else:
                self.tag(ent, code, sig, kind_, unit, lo, hi, fid, f"{name_zh} {szh}", f"{name_en} {sen}", lim)
        if detectors:
            gas, sides = detectors
            x0, y0, x1, y1 = rect
            cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
            pos = {"N": (cx, y1 + DETECTOR_OFFSET_M), "S": (cx, y0 - DETECTOR_OFFSET_M),
                   "W": (x0 - DETECTOR_OFFSET_M, cy), "E": (x1 + DETECTOR_OFFSET_M, cy)}
            for s in sides:
                self.detector(ent, *pos[s], gas, fid, name_zh, name_en)
        return fid

    def detector(self, ent, x, y, gas, monitors_id, target_zh, target_en):
        seq = self._det_seq.get(ent, 101)
        self._det_seq[ent] = seq + 1
        code = f"GD{seq}"
        fid = f"{ent}-{code}"
        dtype, unit, rng, ah, ahh = chem.DETECTOR_BY_GAS[gas]
        type_zh = "有毒气体探测器" if dtype == "toxic" else "可燃气体探测器"
        type_en = "toxic gas detector" if dtype == "toxic" else "flammable gas detector"
        name_zh = f"{code} {chem.gas_zh(gas)}{type_zh}（{target_zh}）"
        name_en = f"{code} {chem.gas_en(gas)} {type_en} ({target_en})"
        self.add("gas-detectors", fid, point(x, y), "gas-detector", name_zh, name_en, ent, gas=gas,
                 gasZh=chem.gas_zh(gas), gasEn=chem.gas_en(gas), detectorType=dtype, unit=unit, rangeMin=0, rangeMax=rng,
                 alarmH=ah, alarmHH=ahh, monitorsFeatureId=monitors_id)
        kind = "gas-toxic" if dtype == "toxic" else "gas-flammable"
        self.tag(ent, code, "GAS", kind, unit, 0, rng, fid, f"{name_zh} 浓度", f"{name_en} concentration",
                 (None, None, ah, ahh), deadband=_r(rng * 0.002, 4))
        self.discrete(ent, code, "FLT", "detector-fault", fid, f"{name_zh} 故障", f"{name_en} fault")

    def sis(self, ent, code, feature_id, name_zh, name_en):
        """A safety instrumented function: trip state and maintenance bypass, both on the unit it protects."""
        self.discrete(ent, code, "TRIP", "sis-trip", feature_id, f"{name_zh} 联锁动作", f"{name_en} trip")
        self.discrete(ent, code, "BYP", "sis-bypass", feature_id, f"{name_zh} 联锁旁路", f"{name_en} bypass")

    def camera(self, ent, code, x, y, target, name_zh, name_en, fov=60, ptz=True):
        tx, ty = target
        dist = math.hypot(tx - x, ty - y)
        self.add("cameras", f"{ent}-{code}", point(x, y), "camera", name_zh, name_en, ent,
                 headingDeg=bearing_deg(x, y, tx, ty), fovDeg=fov, rangeM=int(math.ceil((dist + 80) / 10) * 10),
                 ptz=ptz)
