/**
 * The one-map in the centre of the big screen: the park's layers with live colouring (the same modules as the
 * one-map page), fitted to the park boundary and re-fitted when the window changes size. No popups: the screen is
 * watched, not clicked. Map symbols are sized in CSS pixels, so on a screen larger than 1920×1080 the map is laid out
 * at 1080p size and scaled up with a CSS transform (rendered at a matching pixel ratio to stay sharp): a 4K wall shows
 * the same picture as a 1080p one.
 */
import { createMap, fitTo } from '../map/map.js';
import { loadParkLayers, indexFeatures, fullExtent } from '../map/layers.js';
import { createStyleFunction } from '../map/styles.js';
import { bindLiveColouring } from '../map/live-colouring.js';
import { api } from '../api.js';
import { rem } from './chart.js';

/** How much larger than the 1080p layout (root font 16 px) the screen is; never below 1. */
function screenScale() {
  return Math.max(1, rem() / 16);
}

function applyScale(el, scale) {
  el.style.width = `${100 / scale}%`;
  el.style.height = `${100 / scale}%`;
  el.style.transformOrigin = '0 0';
  el.style.transform = scale === 1 ? '' : `scale(${scale})`;
}

/** @returns {Promise<{map, entries, fitPark}>} once the layers have loaded (a failed layer stays empty) */
export async function screenMap(target, store) {
  const el = document.getElementById(target);
  const scale = screenScale();
  applyScale(el, scale);
  const map = createMap(target, { pixelRatio: (window.devicePixelRatio || 1) * scale });
  const style = createStyleFunction(store, () => false);
  const entries = await loadParkLayers(map, await api.layers(), style);
  bindLiveColouring(store, entries, indexFeatures(entries));
  const fit = () => fitTo(map, fullExtent(entries.filter((e) => e.kind === 'park-boundary')) || fullExtent(entries));
  fit();
  let timer = null;
  window.addEventListener('resize', () => {
    clearTimeout(timer);
    timer = setTimeout(() => { applyScale(el, screenScale()); map.updateSize(); fit(); }, 150);
  });
  return { map, entries, fitPark: fit };
}
