/**
 * The one-map in the centre of the big screen: the park's layers with live colouring (the same modules as the
 * one-map page), fitted to the park boundary and re-fitted when the window changes size. No popups: the screen is
 * watched, not clicked.
 */
import { createMap, fitTo } from '../map/map.js';
import { loadParkLayers, indexFeatures, fullExtent } from '../map/layers.js';
import { createStyleFunction } from '../map/styles.js';
import { bindLiveColouring } from '../map/live-colouring.js';
import { api } from '../api.js';

/** @returns {Promise<{map, entries}>} once the layers have loaded (a failed layer stays empty) */
export async function screenMap(target, store) {
  const map = createMap(target);
  const style = createStyleFunction(store, () => false);
  const entries = await loadParkLayers(map, await api.layers(), style);
  bindLiveColouring(store, entries, indexFeatures(entries));
  const fit = () => fitTo(map, fullExtent(entries.filter((e) => e.kind === 'park-boundary')) || fullExtent(entries));
  fit();
  let timer = null;
  window.addEventListener('resize', () => {
    clearTimeout(timer);
    timer = setTimeout(() => { map.updateSize(); fit(); }, 150);
  });
  return { map, entries };
}
