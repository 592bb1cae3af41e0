/**
 * The park's vector layers: one per entry of GET /api/layers, filled from GET /api/layers/:id (GeoJSON in
 * EPSG:4326, shown in EPSG:3857), ordered and grouped by the kind of their features.
 */
import { ol } from '../vendor.js';
import { api } from '../api.js';
import { dominantKind, groupOf, zIndexOf } from './kinds.js';

const UNDECLUTTERED_KINDS = new Set(['gas-detector']);
/** Layers with more features than this are drawn as one image (ol.layer.VectorImage). */
export const IMAGE_LAYER_FEATURES = 2000;
const GEOJSON = new ol.format.GeoJSON({ dataProjection: 'EPSG:4326', featureProjection: 'EPSG:3857' });

/**
 * Loads every layer; a layer that fails keeps an empty source and its error, the others are unaffected.
 * @returns {Promise<Array<{info, layer, features, kind, group, error}>>} in the order of `infos`
 */
export async function loadParkLayers(map, infos, style) {
  return Promise.all(infos.map(async (info) => {
    const entry = { info, layer: null, features: [], kind: 'unknown', group: 'other', error: null };
    try {
      entry.features = GEOJSON.readFeatures(await api.layer(info.id));
    } catch (e) {
      entry.error = e;
      console.warn(`layer ${info.id}:`, e.message);
    }
    const source = new ol.source.Vector({ features: entry.features });
    // A layer of thousands of features is drawn to an image that a pan only moves (./parkwatch bench map: about
    // ten times the frame rate of a vector layer with 10,000 live points); smaller layers stay crisp vectors.
    const Layer = entry.features.length > IMAGE_LAYER_FEATURES ? ol.layer.VectorImage : ol.layer.Vector;
    entry.layer = new Layer({ source, style, properties: { layerId: info.id } });
    if (!entry.error) {
      entry.kind = dominantKind(entry.features);
      entry.group = groupOf(entry.kind);
      entry.layer.setZIndex(zIndexOf(entry.kind)); // point symbols above lines above areas
      // One declutter group across layers: labels give way to symbols and to each other. Gas detectors are many,
      // redrawn live and unlabelled but close up, so they stay out of it: decluttering them costs more than it helps.
      if (!UNDECLUTTERED_KINDS.has(entry.kind)) entry.layer.setDeclutter('park');
    }
    map.addLayer(entry.layer);
    return entry;
  }));
}

/** featureId → feature over all loaded layers. */
export function indexFeatures(entries) {
  const index = new Map();
  for (const entry of entries) {
    for (const feature of entry.features) {
      const id = feature.getId();
      if (id !== undefined) index.set(String(id), feature);
    }
  }
  return index;
}

/** The extent of all loaded features, or null. */
export function fullExtent(entries) {
  const extent = ol.extent.createEmpty();
  for (const entry of entries) {
    if (entry.features.length) ol.extent.extend(extent, entry.layer.getSource().getExtent());
  }
  return ol.extent.isEmpty(extent) ? null : extent;
}
