/**
 * Map layers of the major hazard archive: park units coloured by GB 18218 level (from the hazards GeoJSON export)
 * and enterprise plots coloured by risk colour (from the registry). Both refresh on demand (after a grade change).
 */
import { ol } from '../vendor.js';
import { t, localName } from '../i18n/index.js';
import { hazardApi, gradeColour, RISK_COLOURS } from './api.js';
import { zIndexOf } from '../map/kinds.js';

const GEOJSON = new ol.format.GeoJSON({ dataProjection: 'EPSG:4326', featureProjection: 'EPSG:3857' });

function withAlpha(hex, alpha) {
  const n = parseInt(hex.slice(1), 16);
  return `rgba(${(n >> 16) & 255},${(n >> 8) & 255},${n & 255},${alpha})`;
}

function unitStyle(feature) {
  const level = feature.get('level');
  const colour = gradeColour(level);
  return new ol.style.Style({
    fill: new ol.style.Fill({ color: withAlpha(colour, level ? 0.55 : 0.25) }),
    stroke: new ol.style.Stroke({ color: colour, width: level ? 2.5 : 1 }),
    text: level ? new ol.style.Text({ text: t(`hz.level.${level}`), font: '12px sans-serif',
      fill: new ol.style.Fill({ color: '#111' }), stroke: new ol.style.Stroke({ color: '#fff', width: 3 }) }) : undefined,
  });
}

function enterpriseStyle(feature) {
  const colour = RISK_COLOURS[feature.get('riskColour')] || RISK_COLOURS.blue;
  return new ol.style.Style({
    stroke: new ol.style.Stroke({ color: colour, width: 4, lineDash: [8, 4] }),
    fill: new ol.style.Fill({ color: withAlpha(colour, 0.08) }),
  });
}

export class HazardLayers {
  /** @param plots enterprise plot features of the park layers (their `enterpriseId` joins the registry) */
  constructor(map, plots) {
    this.plots = plots;
    this.units = new ol.layer.Vector({ source: new ol.source.Vector(), style: unitStyle,
      zIndex: zIndexOf('warehouse') + 0.5, // above the unit areas of the park layers, below tanks and point symbols
      properties: { layerId: 'hazard-units', title: () => t('hz.layer.units') } });
    this.enterprises = new ol.layer.Vector({ source: new ol.source.Vector(), style: enterpriseStyle,
      zIndex: zIndexOf('enterprise') + 0.5,
      properties: { layerId: 'hazard-enterprises', title: () => t('hz.layer.enterprises') } });
    // labels join the park layers' declutter group (map/layers.js): a grade label gives way to other labels
    this.units.setDeclutter('park');
    this.enterprises.setDeclutter('park');
    map.addLayer(this.enterprises);
    map.addLayer(this.units);
  }

  async refresh() {
    const [units, enterprises] = await Promise.all([hazardApi.unitsGeoJson(), hazardApi.enterprises()]);
    const features = GEOJSON.readFeatures(units);
    this.units.getSource().clear();
    this.units.getSource().addFeatures(features);
    document.body.dataset.hazardUnits = String(features.length);
    const colourOf = new Map(enterprises.map((e) => [e.id, e.riskColour.id]));
    const outlines = this.plots.filter((p) => colourOf.has(p.get('enterpriseId'))).map((p) => {
      const f = new ol.Feature({ geometry: p.getGeometry().clone(), riskColour: colourOf.get(p.get('enterpriseId')),
        enterpriseId: p.get('enterpriseId'), nameZh: p.get('nameZh'), nameEn: p.get('nameEn') });
      f.setId(`risk-${p.getId()}`);
      return f;
    });
    this.enterprises.getSource().clear();
    this.enterprises.getSource().addFeatures(outlines);
    return { units: features, enterprises };
  }

  setVisible(visible) {
    this.units.setVisible(visible);
    this.enterprises.setVisible(visible);
  }

  /** Extent of a unit's boundary (map projection), or null. */
  extentOf(unitId) {
    const f = this.units.getSource().getFeatureById(unitId);
    return f ? f.getGeometry().getExtent() : null;
  }

  static label(feature) {
    return localName(feature.getProperties(), String(feature.getId()));
  }
}
