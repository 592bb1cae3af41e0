/**
 * Live colouring: when a feature's visible live state (tank fill step, detector state, SIS badges) changes, its
 * layer is redrawn, at most every MAP_REDRAW_MS. A canvas redraw costs the same for one feature as for all of a
 * layer's, so thousands of updates per second cost a few redraws per second; unchanged states cost nothing.
 * Shared by the one-map (/) and the big screen (/screen).
 */
import { liveKeyOf } from './live-state.js';
import { canonicalKind } from './kinds.js';

const MAP_REDRAW_MS = 200;

/** Redraws the layers of `entries` (from loadParkLayers) whose features' live state in `store` changed. */
export function bindLiveColouring(store, entries, featureIndex) {
  const layerOf = new WeakMap();
  entries.forEach((entry) => entry.features.forEach((f) => layerOf.set(f, entry.layer)));
  const keys = new WeakMap();
  const touched = new Set();
  let timer = null;
  const redraw = () => {
    timer = null;
    const dirty = new Set();
    for (const feature of touched) {
      const key = liveKeyOf(canonicalKind(feature.get('kind')), store.tagsOfFeature(feature.getId()), feature.getProperties());
      if (keys.get(feature) !== key) {
        keys.set(feature, key);
        dirty.add(layerOf.get(feature));
      }
    }
    touched.clear();
    dirty.forEach((layer) => layer.changed());
  };
  store.onTags((changed) => {
    for (const id of changed) {
      const featureId = store.tags.get(id)?.featureId;
      const feature = featureId === undefined || featureId === null ? undefined : featureIndex.get(String(featureId));
      if (feature) touched.add(feature);
    }
    if (touched.size && !timer) timer = setTimeout(redraw, MAP_REDRAW_MS);
  });
}
