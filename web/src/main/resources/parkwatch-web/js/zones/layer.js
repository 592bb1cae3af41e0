/**
 * The threat-zone map layer: the zones of one run (GeoJSON in EPSG:4326), outermost drawn first so inner, more
 * severe levels lie on top; colours by outcome and level (level 1 = outermost, lightest); a what-if set is drawn
 * paler and dashed, a confirmed release solid.
 */
import { ol } from '../vendor.js';

const GEOJSON = new ol.format.GeoJSON({ dataProjection: 'EPSG:4326', featureProjection: 'EPSG:3857' });

/** RGB per outcome, from the least to the most severe level. */
const PALETTE = {
  toxic: ['241,196,15', '230,126,34', '192,57,43'],
  poolfire: ['253,235,208', '250,215,160', '245,176,65', '220,118,51', '160,64,0'],
  fireball: ['250,219,216', '245,183,177', '236,112,99', '203,67,53', '146,43,33'],
  vce: ['215,189,226', '187,143,206', '142,68,173', '108,52,131', '74,35,90'],
  'vce-tno': ['214,234,248', '169,204,227', '93,173,226', '46,134,193', '27,79,114'],
};

/** The colour of a zone: its outcome's palette, spread over the number of levels. */
export function zoneColour(outcome, level, levels) {
  const p = PALETTE[outcome] || PALETTE.toxic;
  const i = levels <= 1 ? p.length - 1 : Math.round(((level - 1) / (levels - 1)) * (p.length - 1));
  return p[Math.max(0, Math.min(p.length - 1, i))];
}

/** A what-if (nothing has leaked) is drawn paler with a dashed outline, a confirmed release solid. */
function style(feature) {
  const rgb = zoneColour(feature.get('outcome'), feature.get('level'), feature.get('levels'));
  const whatIf = feature.get('kind') === 'what-if';
  return new ol.style.Style({
    fill: new ol.style.Fill({ color: `rgba(${rgb},${whatIf ? 0.15 : 0.35})` }),
    stroke: new ol.style.Stroke({ color: `rgba(${rgb},0.95)`, width: 2, lineDash: whatIf ? [8, 6] : undefined }),
  });
}

export class ZoneLayer {
  constructor(map) {
    this.map = map;
    this.source = new ol.source.Vector();
    this.layer = new ol.layer.Vector({
      source: this.source, style, zIndex: 900, properties: { layerId: 'threat-zones' },
      // outermost (level 1) first, then inwards; ties by outcome so each outcome's set stays together
      renderOrder: (a, b) => (a.get('level') - b.get('level')) || String(a.get('outcome')).localeCompare(String(b.get('outcome'))),
    });
    map.addLayer(this.layer);
  }

  /** Shows the zones of a run (a FeatureCollection); zones never reached have no geometry and are skipped. */
  show(collection) {
    this.source.clear();
    const drawable = { ...collection, features: (collection.features || []).filter((f) => f.geometry) };
    const features = GEOJSON.readFeatures(drawable);
    // a zone set without a kind is a what-if the user asked for (POST /api/risk/threat-zones)
    features.forEach((f) => f.set('kind', collection.kind || 'what-if'));
    this.source.addFeatures(features);
    document.body.dataset.zoneFeatures = String(features.length); // test hook: polygons on the map
    document.body.dataset.zoneKind = collection.kind || 'what-if';
    return features;
  }

  clear() {
    this.source.clear();
    document.body.dataset.zoneFeatures = '0';
  }

  /** Fits the view to the zones (and keeps the current view when there are none). */
  fit() {
    const extent = this.source.getExtent();
    if (!ol.extent.isEmpty(extent)) this.map.getView().fit(extent, { padding: [60, 380, 60, 420], maxZoom: 16, duration: 300 });
  }
}
