/**
 * The OpenLayers map: a neutral background from CSS, the base map when one is configured (basemap.js), and
 * the park layers on top. An optional XYZ tile URL (e.g. an intranet tile server) can be given as `?xyz=` with
 * {x} {y} {z} placeholders.
 */
import { ol } from '../vendor.js';
import { t } from '../i18n/index.js';

/** Centre of the demo park area used until the layers have loaded (Henan, lon/lat). */
const INITIAL_CENTRE_LONLAT = [113.6, 34.8];

/** @param pixelRatio canvas pixels per CSS pixel (default the device's); the big screen raises it when it scales the map */
export function createMap(target, { pixelRatio } = {}) {
  const map = new ol.Map({
    target,
    ...(pixelRatio ? { pixelRatio } : {}),
    layers: [],
    view: new ol.View({ center: ol.proj.fromLonLat(INITIAL_CENTRE_LONLAT), zoom: 13, maxZoom: 21 }),
    controls: ol.control.defaults.defaults({ attribution: false }).extend([new ol.control.ScaleLine()]),
  });
  const xyz = new URLSearchParams(location.search).get('xyz');
  if (xyz && /^https?:\/\//.test(xyz)) {
    map.addLayer(new ol.layer.Tile({ source: new ol.source.XYZ({ url: xyz }), zIndex: -100 }));
  }
  return map;
}

/** Fits the view to `extent` (EPSG:3857) with some room around it. */
export function fitTo(map, extent) {
  if (extent) map.getView().fit(extent, { padding: [60, 60, 60, 60], maxZoom: 18 });
}

/** Puts the current language on OpenLayers' own control tooltips. */
export function localiseControls(map) {
  const root = map.getTargetElement();
  root.querySelectorAll('.ol-zoom-in').forEach((b) => { b.title = t('map.zoomIn'); });
  root.querySelectorAll('.ol-zoom-out').forEach((b) => { b.title = t('map.zoomOut'); });
}
