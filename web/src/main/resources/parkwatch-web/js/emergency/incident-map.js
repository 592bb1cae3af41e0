/**
 * One incident on a map, shared by the field commander's page, the replay and the big screen's 战时 layout: the park
 * layers (live-coloured from a LiveStore), the incident's threat zones and routes (the one-map's ZoneLayer and
 * RouteLayer) and a marks layer for dispatched resources (by movement) and the viewer's own position.
 */
import { ol } from '../vendor.js';
import { createMap, fitTo } from '../map/map.js';
import { loadParkLayers, indexFeatures, fullExtent } from '../map/layers.js';
import { createStyleFunction } from '../map/styles.js';
import { bindLiveColouring } from '../map/live-colouring.js';
import { ZoneLayer } from '../zones/layer.js';
import { RouteLayer } from '../routes/layer.js';
import { api } from '../api.js';

const GEOJSON = new ol.format.GeoJSON({ dataProjection: 'EPSG:4326', featureProjection: 'EPSG:3857' });

/** Fill colours of resource marks by movement; the viewer's own position in blue. */
const MARK_COLOURS = { en_route: '#e67e22', on_scene: '#c0392b', released: '#7f8c8d', self: '#2471a3' };

function markStyle(f) {
  const kind = f.get('kind');
  return new ol.style.Style({
    image: new ol.style.Circle({ radius: kind === 'self' ? 8 : 7,
      fill: new ol.style.Fill({ color: MARK_COLOURS[kind] || MARK_COLOURS.en_route }),
      stroke: new ol.style.Stroke({ color: '#fff', width: 2 }) }),
  });
}

export class MarkLayer {
  constructor(map) {
    this.source = new ol.source.Vector();
    map.addLayer(new ol.layer.Vector({ source: this.source, style: markStyle, zIndex: 980,
      properties: { layerId: 'emergency-marks' } }));
  }

  /** @param marks [{lon, lat, kind: 'en_route'|'on_scene'|'released'|'self', id}] */
  show(marks) {
    this.source.clear();
    for (const m of marks) {
      if (!Number.isFinite(m.lon) || !Number.isFinite(m.lat)) continue;
      this.source.addFeature(GEOJSON.readFeature({ type: 'Feature',
        geometry: { type: 'Point', coordinates: [m.lon, m.lat] }, properties: { kind: m.kind, markId: m.id } }));
    }
  }
}

/**
 * @param target element id
 * @param store a LiveStore (tag definitions and values) colouring the park layers
 * @returns {Promise<{map, zones, routes, marks, fitPark, fitIncident}>} once the park layers have loaded
 */
export async function incidentMap(target, store, { pixelRatio } = {}) {
  const map = createMap(target, pixelRatio ? { pixelRatio } : {});
  const entries = await loadParkLayers(map, await api.layers(), createStyleFunction(store, () => false));
  bindLiveColouring(store, entries, indexFeatures(entries));
  const zones = new ZoneLayer(map);
  const routes = new RouteLayer(map);
  const marks = new MarkLayer(map);
  const park = fullExtent(entries.filter((e) => e.kind === 'park-boundary')) || fullExtent(entries);
  const fitPark = () => fitTo(map, park);
  /** The zones and routes together, else the park. */
  const fitIncident = () => fitLayers(map, [zones, routes], fitPark);
  fitPark();
  return { map, zones, routes, marks, fitPark, fitIncident };
}

/** Fits the view to what the layers (with a `source`) show, or calls `otherwise` when they show nothing. */
export function fitLayers(map, layers, otherwise) {
  const extent = ol.extent.createEmpty();
  layers.forEach((l) => ol.extent.extend(extent, l.source.getExtent()));
  if (ol.extent.isEmpty(extent)) otherwise();
  else map.getView().fit(extent, { padding: [20, 20, 20, 20], maxZoom: 16 });
}

/** Resource marks of an incident's dispatches (`movement` from a replay frame, else en route/released by time). */
export function dispatchMarks(dispatches, resources, nowMs = Date.now()) {
  const byId = new Map(resources.map((r) => [r.id, r]));
  return (dispatches || []).map((d) => {
    const r = byId.get(d.resourceId) || {};
    const kind = d.movement || (d.releasedMs ? 'released'
      : d.etaS != null && d.dispatchedMs + d.etaS * 1000 <= nowMs ? 'on_scene' : 'en_route');
    return { id: d.resourceId, lon: r.lon, lat: r.lat, kind };
  });
}
