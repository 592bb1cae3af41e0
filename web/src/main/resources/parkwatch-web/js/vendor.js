/**
 * The vendored libraries, named in one place.
 *
 * OpenLayers: index.html loads the WebJar's self-contained build (dist/ol.js, global `ol`) as a deferred classic
 * script before this module runs; its ES modules cannot be used without a bundler because they import npm packages
 * (rbush, earcut) that no WebJar ships. ECharts is an ES module, loaded lazily on first chart (1 MB); hls.js likewise on
 * the first camera picture.
 */
export const ol = globalThis.ol;
if (!ol) {
  throw new Error('OpenLayers (webjars/ol/10.7.0/dist/ol.js) did not load before js/vendor.js');
}

const ECHARTS_URL = new URL('../webjars/echarts/5.5.0/echarts.esm.min.js', import.meta.url).href;
let echartsPromise = null;

/** ECharts, imported on first use. */
export function loadEcharts() {
  if (!echartsPromise) echartsPromise = import(ECHARTS_URL);
  return echartsPromise;
}

const HLS_URL = new URL('../webjars/hls.js/1.4.12/dist/hls.mjs', import.meta.url).href;
let hlsPromise = null;

/** hls.js (camera video), imported on first use. */
export function loadHls() {
  if (!hlsPromise) hlsPromise = import(HLS_URL).then((m) => m.default);
  return hlsPromise;
}
