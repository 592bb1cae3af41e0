/**
 * Feature kinds of the park layers: canonical names, the layer-switcher group of each and the drawing order.
 * Data files may spell a kind a little differently (underscores, "boundary", "enterprise-plot"); `canonicalKind`
 * maps those spellings onto the names used here and in the i18n dictionaries (`kind.<name>`).
 */
export const KIND_GROUPS = {
  base: ['park-boundary', 'road', 'gate', 'river', 'building', 'wwtp', 'parking'],
  enterprise: ['enterprise'],
  equipment: ['tank-farm', 'dike', 'tank', 'process-unit', 'pipeline', 'pipe-rack', 'warehouse', 'loading-station'],
  monitoring: ['gas-detector', 'camera', 'weather-station', 'air-station', 'outfall'],
  surroundings: ['village', 'school', 'hospital'],
  emergency: ['fire-station', 'medical-point', 'shelter', 'foam-store', 'absorbent-store'],
};
export const GROUP_ORDER = [...Object.keys(KIND_GROUPS), 'other'];

/** Drawing order, bottom first: areas, then lines, then equipment, then point symbols. */
const Z_ORDER = ['park-boundary', 'river', 'enterprise', 'building', 'wwtp', 'parking', 'tank-farm', 'process-unit', 'warehouse', 'loading-station', 'road',
  'dike', 'pipe-rack', 'pipeline', 'village', 'school', 'hospital', 'tank', 'outfall', 'air-station',
  'weather-station', 'camera', 'gas-detector', 'gate', 'fire-station', 'medical-point', 'shelter', 'foam-store',
  'absorbent-store'];

const ALIASES = {
  boundary: 'park-boundary', 'park': 'park-boundary', 'enterprise-plot': 'enterprise', plot: 'enterprise',
  'enterprise-boundary': 'enterprise', 'storage-tank': 'tank', 'tank-dike': 'dike', bund: 'dike',
  'unit': 'process-unit', 'process': 'process-unit', pipe: 'pipeline', 'piperack': 'pipe-rack',
  detector: 'gas-detector', 'gas-detector-toxic': 'gas-detector', 'gas-detector-flammable': 'gas-detector',
  'toxic-gas-detector': 'gas-detector', 'flammable-gas-detector': 'gas-detector', cctv: 'camera',
  weather: 'weather-station', 'met-station': 'weather-station', 'air-quality-station': 'air-station',
  'aq-station': 'air-station', 'wastewater-outfall': 'outfall', 'fire-brigade': 'fire-station',
  'medical': 'medical-point', 'clinic': 'medical-point', 'emergency-shelter': 'shelter',
  'foam-depot': 'foam-store', 'absorbent-depot': 'absorbent-store',
};

const GROUP_OF = new Map();
for (const [group, kinds] of Object.entries(KIND_GROUPS)) kinds.forEach((k) => GROUP_OF.set(k, group));

export function canonicalKind(kind) {
  if (!kind) return 'unknown';
  let k = String(kind).trim().toLowerCase().replace(/[_\s]+/g, '-');
  if (k.startsWith('emergency-') && !GROUP_OF.has(k)) k = k.slice('emergency-'.length);
  return ALIASES[k] || k;
}

export function groupOf(kind) {
  return GROUP_OF.get(canonicalKind(kind)) || 'other';
}

/** zIndex of a layer whose features are mostly of `kind`. */
export function zIndexOf(kind) {
  const i = Z_ORDER.indexOf(canonicalKind(kind));
  return i < 0 ? Z_ORDER.length : i;
}

/** The most frequent kind among features (the layer's kind). */
export function dominantKind(features) {
  const counts = new Map();
  for (const f of features) {
    const k = canonicalKind(f.get('kind'));
    counts.set(k, (counts.get(k) || 0) + 1);
  }
  let best = 'unknown', n = 0;
  counts.forEach((c, k) => { if (c > n) { best = k; n = c; } });
  return best;
}
