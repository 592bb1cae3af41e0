"""Chemicals used in the demo park and the gas-detector alarm settings.

Densities are rounded handbook values at storage conditions [U: textbook values, not checked against one source];
they only size demo tanks. The hazard module keeps the authoritative chemical properties.
"""

# CAS -> (nameZh, nameEn, liquid density kg/m3 at storage conditions)
CHEMICALS = {
    "7782-50-5": ("液氯", "liquid chlorine", 1410),
    "7647-01-0": ("盐酸(31%)", "hydrochloric acid (31 %)", 1150),
    "1310-73-2": ("液碱(32%氢氧化钠)", "caustic soda solution (32 % NaOH)", 1350),
    "1333-74-0": ("氢气", "hydrogen", None),
    "7664-41-7": ("液氨", "liquid ammonia", 682),
    "630-08-0": ("一氧化碳", "carbon monoxide", None),
    "7783-06-4": ("硫化氢", "hydrogen sulfide", None),
    "68476-85-7": ("液化石油气", "liquefied petroleum gas (LPG)", 540),
    "8002-05-9": ("原油", "crude oil", 860),
    "86290-81-5": ("汽油", "gasoline", 740),
    "68334-30-5": ("柴油", "diesel fuel", 840),
    "67-56-1": ("甲醇", "methanol", 791),
    "71-43-2": ("苯", "benzene", 879),
    "108-88-3": ("甲苯", "toluene", 867),
    "1330-20-7": ("二甲苯", "xylene", 864),
    "75-44-5": ("光气(碳酰氯)", "phosgene (carbonyl chloride)", 1370),
    "2921-88-2": ("毒死蜱原药", "chlorpyrifos technical", None),
    "1336-21-6": ("氨水(20%)", "ammonia solution (20 %)", 920),
}

# Gas-detector settings by detected gas.
# Flammable: GB/T 50493-2019 §5.5.2 caps the first alarm at 25 %LEL and the second at 50 %LEL; the demo uses the
# common 20/40 %LEL inside those caps [P: caps from the standard as commonly quoted, not re-read].
# Toxic: the same clause sets first alarm <= 100 % OEL and second <= 200 % OEL; OEL = MAC or PC-STEL of
# GBZ 2.1-2019 converted at 25 degC (ppm = mg/m3 * 24.45 / M) [U: OEL values quoted from memory, check GBZ 2.1]:
#   Cl2 MAC 1 mg/m3 = 0.34 ppm; NH3 PC-STEL 30 mg/m3 = 43 ppm; COCl2 MAC 0.5 mg/m3 = 0.12 ppm;
#   CO PC-STEL 30 mg/m3 = 26 ppm; C6H6 PC-STEL 10 mg/m3 = 3.1 ppm.
FLAMMABLE = ("flammable", "%LEL", 100, 20, 40)
DETECTOR_BY_GAS = {
    "7782-50-5": ("toxic", "ppm", 10, 0.3, 0.6),
    "7664-41-7": ("toxic", "ppm", 100, 40, 80),
    "75-44-5": ("toxic", "ppm", 1, 0.1, 0.2),
    "630-08-0": ("toxic", "ppm", 200, 25, 50),
    "71-43-2": ("toxic", "ppm", 50, 3, 6),
    "1333-74-0": FLAMMABLE,
    "68476-85-7": FLAMMABLE,
    "8002-05-9": FLAMMABLE,
    "86290-81-5": FLAMMABLE,
    "67-56-1": FLAMMABLE,
    "108-88-3": FLAMMABLE,
    "1330-20-7": FLAMMABLE,
}

# What a detector senses, by the CAS of the stored chemical: the gas or vapour name, not the liquid's.
GAS_NAMES = {
    "7782-50-5": ("氯气", "chlorine"), "7664-41-7": ("氨气", "ammonia"), "75-44-5": ("光气", "phosgene"),
    "630-08-0": ("一氧化碳", "carbon monoxide"), "71-43-2": ("苯", "benzene"), "1333-74-0": ("氢气", "hydrogen"),
    "68476-85-7": ("液化石油气", "LPG"), "8002-05-9": ("油气", "crude oil vapour"),
    "86290-81-5": ("汽油蒸气", "gasoline vapour"), "67-56-1": ("甲醇蒸气", "methanol vapour"),
    "108-88-3": ("甲苯蒸气", "toluene vapour"), "1330-20-7": ("二甲苯蒸气", "xylene vapour"),
}


def gas_zh(cas):
    return GAS_NAMES[cas][0]


def gas_en(cas):
    return GAS_NAMES[cas][1]


def zh(cas):
    return CHEMICALS[cas][0]


def en(cas):
    return CHEMICALS[cas][1]


def density(cas):
    return CHEMICALS[cas][2]
