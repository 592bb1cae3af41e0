#!/usr/bin/env python3
"""Generates the fictional demo park: park.json, layers/*.geojson and tags/<enterpriseId>.json.

Run from anywhere:  python3 gis-data/tools/gen_demo_park.py
The committed JSON is the product; this script only makes it reproducible and keeps the layout readable.
"""
import json
import os

from parkgen.builder import ParkBuilder
from parkgen.enterprises import ENTERPRISES, build_enterprises
from parkgen.environment_net import build_environment_network
from parkgen.geo import CENTRE_LAT, CENTRE_LON, lonlat
from parkgen.park import BOUNDARY, build_park

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src", "main", "resources", "parkwatch",
                   "demo-park")

LAYERS = [  # id, nameZh, nameEn
    ("park-boundary", "园区边界", "Park boundary"),
    ("roads", "道路与门岗", "Roads and gates"),
    ("rivers", "水系", "Rivers"),
    ("enterprises", "企业地块", "Enterprise plots"),
    ("tank-farms", "罐区(储存单元)", "Tank farms (storage units)"),
    ("tanks", "储罐", "Tanks"),
    ("process-units", "生产装置(生产单元)", "Process units (production units)"),
    ("warehouses", "仓库", "Warehouses"),
    ("pipelines", "管道与管廊", "Pipelines and pipe racks"),
    ("gas-detectors", "可燃/有毒气体探测器", "Gas detectors"),
    ("cameras", "视频监控", "Cameras"),
    ("environment", "气象与环境监测", "Weather and environment monitoring"),
    ("park-facilities", "园区公共设施", "Park facilities"),
    ("sensitive-targets", "周边敏感目标", "Sensitive targets"),
    ("emergency-resources", "应急资源", "Emergency resources"),
]

# GB 32100-2015 unified social credit code: 18 chars; check characters per GB 11714 (org code) and GB 32100.
CODE_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def credit_code(serial, kind="91"):
    org8 = "MA4" + f"{70000 + serial * 137:05d}"  # fictional "MA4…" registration numbers
    vals = [int(c) if c.isdigit() else ord(c) - 55 for c in org8]
    c9 = 11 - sum(v * w for v, w in zip(vals, [3, 7, 9, 10, 5, 8, 4, 2])) % 11
    org9 = org8 + {10: "X", 11: "0"}.get(c9, str(c9))
    body = kind + "410700" + org9  # 91 = enterprise, 11 = government body; 410700 = a Henan prefecture code
    s = sum(CODE_CHARS.index(c) * pow(3, i, 31) for i, c in enumerate(body))
    return body + CODE_CHARS[(31 - s % 31) % 31]


def park_json():
    enterprises = []
    for i, (ent, zh, en, activity, _, _, addr) in enumerate(ENTERPRISES):
        enterprises.append({"id": ent, "nameZh": zh, "nameEn": en, "activity": activity, "featureId": f"{ent}-PLOT",
                            "tagsFile": f"tags/{ent}.json", "creditCode": credit_code(i + 1),
                            "address": f"河南省豫北滨河化工产业园区{addr}（虚构）"})
    enterprises.append({"id": "PARK", "nameZh": "豫北滨河化工产业园区管理委员会",
                        "nameEn": "Yubei Binhe Chemical Park Administrative Committee", "activity": "administration",
                        "featureId": "PARK-BOUNDARY", "tagsFile": "tags/PARK.json", "creditCode": credit_code(99, "11"),
                        "address": "河南省豫北滨河化工产业园区纬二路1号（虚构）"})
    return {
        "id": "yubei-binhe",
        "nameZh": "豫北滨河化工产业园区",
        "nameEn": "Yubei Binhe Chemical Industry Park",
        "fictional": True,
        "note": {
            "zh": "本园区、企业、人口、设备与统一社会信用代码均为虚构的演示数据；坐标落在豫北平原农田中，不对应任何真实设施。",
            "en": "The park, its enterprises, population, equipment and credit codes are fictional demo data; the "
                  "coordinates lie in farmland on the northern Henan plain and match no real facility.",
        },
        "province": "河南",
        "centre": [CENTRE_LON, CENTRE_LAT],
        "timeZone": "Asia/Shanghai",
        # [minLon, minLat, maxLon, maxLat] of the fence, for a map's initial view
        "extent": lonlat(min(x for x, _ in BOUNDARY), min(y for _, y in BOUNDARY))
                  + lonlat(max(x for x, _ in BOUNDARY), max(y for _, y in BOUNDARY)),
        "areaKm2": 5.94,
        "layers": [{"id": lid, "file": f"layers/{lid}.geojson", "nameZh": zh, "nameEn": en} for lid, zh, en in LAYERS],
        "enterprises": enterprises,
    }


def write(path, obj, compact=False):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=None if compact else 2,
                  separators=(",", ":") if compact else None)
        f.write("\n")


def write_layer(path, features):
    """One feature per line: diffs stay readable and files stay small."""
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write('{"type":"FeatureCollection","features":[\n')
        f.write(",\n".join(json.dumps(ft, ensure_ascii=False, separators=(",", ":")) for ft in features))
        f.write("\n]}\n")


def main():
    b = ParkBuilder()
    build_park(b)
    build_enterprises(b)
    build_environment_network(b)  # after the others: its tags append at the ends of the tag files
    meta = park_json()
    for layer in meta["layers"]:
        write_layer(os.path.join(OUT, layer["file"]), b.layers.get(layer["id"], []))
    unknown = set(b.layers) - {l["id"] for l in meta["layers"]}
    if unknown:
        raise SystemExit(f"layers not listed in park.json: {unknown}")
    for e in meta["enterprises"]:
        ent = e["id"]
        write(os.path.join(OUT, e["tagsFile"]), {"enterpriseId": ent, "namespaceUri": f"urn:parkwatch:sim:{ent}",
                                                 "tags": b.tags.get(ent, [])})
    write(os.path.join(OUT, "park.json"), meta)
    for lid, fs in b.layers.items():
        print(f"{lid:22s} {len(fs):4d} features")
    for ent, ts in b.tags.items():
        print(f"{ent:6s} {len(ts):4d} tags")


if __name__ == "__main__":
    main()
