/**
 * The base map under the park's layers, as GET /api/basemap describes it: none (the demo's default: the park's own
 * vectors on the CSS background), or tiles the backend serves at api/basemap/tiles/{z}/{x}/{y} — from its offline
 * MBTiles file or relayed from an XYZ, WMTS or 天地图 service (same origin: the CSP stays strict, the key stays at the
 * backend). Tiles in a geographic grid (天地图 "c", CGCS2000 EPSG:4490) are reprojected by OpenLayers to the map's
 * EPSG:3857; CGCS2000 and WGS 84 differ by centimetres, far below a pixel, so EPSG:4490 uses EPSG:4326's transforms.
 */
import { ol } from '../vendor.js';
import { getJson } from '../api.js';

/** Degrees per pixel at z = 0 of the geographic grid: 360° over one 256-pixel tile (天地图 level 1 is half this). */
const GEOGRAPHIC_RESOLUTION_Z0 = 360 / 256;

function geographicProjection(code) {
  if (code === 'EPSG:4326') return ol.proj.get('EPSG:4326');
  let p = ol.proj.get(code);
  if (!p) {
    p = new ol.proj.Projection({ code, units: 'degrees', extent: [-180, -90, 180, 90], global: true });
    ol.proj.addProjection(p);
    ol.proj.addEquivalentProjections([ol.proj.get('EPSG:4326'), p]);
    ol.proj.addEquivalentTransforms([p], [ol.proj.get('EPSG:3857')],
      ol.proj.getTransform('EPSG:4326', 'EPSG:3857'), ol.proj.getTransform('EPSG:3857', 'EPSG:4326'));
  }
  return p;
}

function source(info) {
  const url = info.url;
  if (info.crs === 'EPSG:3857') return new ol.source.XYZ({ url, maxZoom: info.maxZoom, crossOrigin: null });
  const projection = geographicProjection(info.crs);
  const resolutions = Array.from({ length: info.maxZoom + 1 }, (_, z) => GEOGRAPHIC_RESOLUTION_Z0 / 2 ** z);
  const tileGrid = new ol.tilegrid.TileGrid({ origin: [-180, 90], extent: [-180, -90, 180, 90], resolutions, tileSize: 256 });
  return new ol.source.XYZ({ url, projection, tileGrid });
}

/** Adds the configured base map to `map` (bottom-most); resolves to its type, `none` when there is none. */
export async function addBasemap(map) {
  let info;
  try {
    info = await getJson('api/basemap');
  } catch (e) {
    return 'none'; // the park's vectors alone still make a map
  }
  if (!info || info.type === 'none' || !info.url) return 'none';
  const layer = new ol.layer.Tile({ source: source(info), zIndex: -100, className: 'basemap' });
  layer.set('basemap', info.type);
  map.addLayer(layer);
  map.getTargetElement()?.setAttribute('data-basemap', info.type);
  return info.type;
}
