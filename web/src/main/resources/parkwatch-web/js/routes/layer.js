/**
 * The route map layer: evacuation routes (the way out through the zones dashed, the safe part solid green), shelters
 * with their load, approach routes (blue; a dispatched team's purple) ending at a staging flag. Lines are GeoJSON in EPSG:4326.
 */
import { ol } from '../vendor.js';

const GEOJSON = new ol.format.GeoJSON({ dataProjection: 'EPSG:4326', featureProjection: 'EPSG:3857' });

const STYLES = {
  exit: new ol.style.Style({ stroke: new ol.style.Stroke({ color: 'rgba(39,174,96,0.95)', width: 4, lineDash: [8, 6] }) }),
  safe: new ol.style.Style({ stroke: new ol.style.Stroke({ color: 'rgba(30,132,73,0.95)', width: 5 }) }),
  approach: new ol.style.Style({ stroke: new ol.style.Stroke({ color: 'rgba(41,128,185,0.95)', width: 4 }) }),
  dispatched: new ol.style.Style({ stroke: new ol.style.Stroke({ color: 'rgba(142,68,173,0.95)', width: 5 }) }),
  staging: new ol.style.Style({ image: new ol.style.RegularShape({ points: 3, radius: 9,
    fill: new ol.style.Fill({ color: '#2980b9' }), stroke: new ol.style.Stroke({ color: '#fff', width: 2 }) }) }),
  shelter: new ol.style.Style({ image: new ol.style.RegularShape({ points: 4, radius: 9, angle: Math.PI / 4,
    fill: new ol.style.Fill({ color: '#1e8449' }), stroke: new ol.style.Stroke({ color: '#fff', width: 2 }) }) }),
};

export class RouteLayer {
  constructor(map) {
    this.source = new ol.source.Vector();
    this.layer = new ol.layer.Vector({ source: this.source, style: (f) => STYLES[f.get('role')], zIndex: 950,
      properties: { layerId: 'emergency-routes' } });
    map.addLayer(this.layer);
  }

  /** Draws an incident's routes. */
  show(routes) {
    this.source.clear();
    const add = (geometry, role, props = {}) => {
      const f = GEOJSON.readFeature({ type: 'Feature', geometry, properties: { role, ...props } });
      this.source.addFeature(f);
    };
    for (const r of routes.evacuation.routes) {
      add(r.exitLeg, 'exit', { targetId: r.targetId });
      add(r.safeLeg, 'safe', { targetId: r.targetId });
    }
    for (const s of routes.evacuation.shelters) {
      if (!s.unusable && s.assigned > 0) add({ type: 'Point', coordinates: [s.lon, s.lat] }, 'shelter', { shelterId: s.id });
    }
    for (const a of routes.approach.routes) {
      add(a.line, 'approach', { responderId: a.responderId });
      add({ type: 'Point', coordinates: [a.staging.lon, a.staging.lat] }, 'staging', { responderId: a.responderId });
    }
    for (const a of (routes.dispatched || { routes: [] }).routes) {
      add(a.line, 'dispatched', { responderId: a.responderId });
      add({ type: 'Point', coordinates: [a.staging.lon, a.staging.lat] }, 'staging', { responderId: a.responderId });
    }
    document.body.dataset.routeFeatures = String(this.source.getFeatures().length); // test hook
  }

  /** Fits the view to the routes (the commander's working area; the zones may reach far beyond it). */
  fit(map) {
    const extent = this.source.getExtent();
    if (!ol.extent.isEmpty(extent)) map.getView().fit(extent, { padding: [60, 380, 60, 380], maxZoom: 16, duration: 300 });
  }

  clear() {
    this.source.clear();
    document.body.dataset.routeFeatures = '0';
  }
}
