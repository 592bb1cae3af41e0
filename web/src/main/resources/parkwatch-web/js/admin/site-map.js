/**
 * The small map of the onboarding form: the park's boundary and enterprise plots for orientation, and the new
 * enterprise's site outline — drawn with OpenLayers' Draw interaction (click the corners, double-click to finish) or
 * imported from a GeoJSON file. `geometry()` gives the outline as a GeoJSON geometry in EPSG:4326 lon/lat.
 * Hooks: `#onboard-map`, `#onboard-map[data-outline=none|drawn]`.
 */
import { ol } from '../vendor.js';
import { api } from '../api.js';
import { h } from '../ui/dom.js';

const GEOJSON = new ol.format.GeoJSON({ dataProjection: 'EPSG:4326', featureProjection: 'EPSG:3857' });
const CONTEXT_LAYERS = new Set(['park-boundary', 'enterprises']);

export class SiteMap {
  constructor() {
    this.element = h('div', { id: 'onboard-map', class: 'onboard-map', dataset: { outline: 'none' } });
    this.outline = new ol.source.Vector();
    this.context = new ol.source.Vector();
    this.map = null;
    this.draw = null;
  }

  /** Builds the map once the element is on the page (OpenLayers needs its size). */
  async attach() {
    if (this.map) { this.map.updateSize(); return; }
    this.map = new ol.Map({
      target: this.element,
      layers: [
        new ol.layer.Vector({ source: this.context, style: new ol.style.Style({
          stroke: new ol.style.Stroke({ color: '#7f8c8d', width: 1 }), fill: new ol.style.Fill({ color: 'rgba(127,140,141,0.08)' }) }) }),
        new ol.layer.Vector({ source: this.outline, style: new ol.style.Style({
          stroke: new ol.style.Stroke({ color: '#c0392b', width: 2 }), fill: new ol.style.Fill({ color: 'rgba(192,57,43,0.15)' }) }) }),
      ],
      view: new ol.View({ center: [0, 0], zoom: 2 }),
    });
    try {
      for (const info of await api.layers()) {
        if (!CONTEXT_LAYERS.has(info.id)) continue;
        this.context.addFeatures(GEOJSON.readFeatures(await api.layer(info.id)));
      }
    } catch { /* orientation only: the form works without it */ }
    this.fit();
  }

  fit() {
    const source = this.outline.getFeatures().length ? this.outline : this.context;
    if (this.map && source.getFeatures().length) this.map.getView().fit(source.getExtent(), { padding: [20, 20, 20, 20] });
  }

  /** Starts drawing a new outline (the old one goes). */
  startDrawing() {
    if (!this.map) return;
    if (this.draw) this.map.removeInteraction(this.draw);
    this.outline.clear();
    this.element.dataset.outline = 'none';
    this.draw = new ol.interaction.Draw({ source: this.outline, type: 'Polygon' });
    this.draw.on('drawend', () => {
      this.map.removeInteraction(this.draw);
      this.draw = null;
      this.element.dataset.outline = 'drawn';
    });
    this.map.addInteraction(this.draw);
  }

  /** Shows an imported outline; @throws Error when the text is not GeoJSON with one Polygon/MultiPolygon. */
  importText(text) {
    const features = GEOJSON.readFeatures(JSON.parse(text));
    const polygons = features.filter((f) => ['Polygon', 'MultiPolygon'].includes(f.getGeometry()?.getType()));
    if (polygons.length !== 1) throw new Error(String(polygons.length));
    this.outline.clear();
    this.outline.addFeature(polygons[0]);
    this.element.dataset.outline = 'drawn';
    this.fit();
  }

  /** The outline as a GeoJSON geometry in EPSG:4326, or null. */
  geometry() {
    const f = this.outline.getFeatures()[0];
    return f ? GEOJSON.writeGeometryObject(f.getGeometry(), { decimals: 7 }) : null;
  }
}
