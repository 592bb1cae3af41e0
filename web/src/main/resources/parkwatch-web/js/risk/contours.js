/**
 * The individual-risk contours on the map: one OpenLayers vector layer from GET /api/risk/contours.geojson, one
 * colour per level (outer 3e-7 green … inner 3e-5 red), and the legend with a `[data-risk-contour-level]` row per
 * level that the run reached.
 */
import { ol } from '../vendor.js';
import { h, replaceChildren } from '../ui/dom.js';
import { tr } from './i18n.js';

const GEOJSON = new ol.format.GeoJSON({ dataProjection: 'EPSG:4326', featureProjection: 'EPSG:3857' });
export const LEVEL_COLOURS = { '3.0E-7': '#2e8b57', '3.0E-6': '#f1c40f', '1.0E-5': '#e67e22', '3.0E-5': '#c0392b' };

/** A level (/yr) as the key of LEVEL_COLOURS and the legend, e.g. 3e-7 → "3.0E-7". */
export function levelKey(level) {
  const [m, e] = Number(level).toExponential(1).split('e');
  return `${m}E${Number(e)}`;
}

function colourOf(level) {
  return LEVEL_COLOURS[levelKey(level)] || '#7f8c8d';
}

function hexToRgba(hex, alpha) {
  const n = parseInt(hex.slice(1), 16);
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`;
}

export class ContourLayer {
  constructor(map) {
    this.source = new ol.source.Vector();
    this.layer = new ol.layer.Vector({
      source: this.source,
      zIndex: 50,
      visible: false,
      style: (feature) => {
        const c = colourOf(feature.get('levelPerYear'));
        return new ol.style.Style({ stroke: new ol.style.Stroke({ color: c, width: 2 }),
          fill: new ol.style.Fill({ color: hexToRgba(c, 0.08) }) });
      },
    });
    map.addLayer(this.layer);
    this.levels = [];
  }

  /** Replaces the contours with a FeatureCollection (EPSG:4326). */
  set(collection) {
    this.source.clear();
    const features = GEOJSON.readFeatures(collection);
    // outer (lowest) level first so inner rings draw on top
    features.sort((a, b) => a.get('levelPerYear') - b.get('levelPerYear'));
    this.source.addFeatures(features);
    this.levels = features.map((f) => f.get('levelPerYear'));
  }

  setVisible(visible) {
    this.layer.setVisible(visible);
  }

  extent() {
    return this.source.getFeatures().length ? this.source.getExtent() : null;
  }

  /** The legend: one row per reached level. */
  renderLegend(el, title) {
    replaceChildren(el, h('h4', {}, title), ...this.levels.map((level) => h('div', {
      class: 'risk-legend-row', dataset: { riskContourLevel: levelKey(level) } },
    h('span', { class: 'risk-swatch', style: `border-color:${colourOf(level)}` }), `${levelKey(level)} ${tr('risk.perYear')}`)));
  }
}
