/**
 * The one-map layer of active special work (issue 15): each permit in progress (or approved inside its window) at its
 * place — a point as a coloured disc with the kind's glyph, an area as a tinted polygon with the disc at its centre —
 * coloured by kind. A click opens the page's feature popup with the permit's section (./popup-section.js).
 * Test hooks: `body[data-work-permits]` ("loaded" and the count in `data-work-permit-count`) after each load.
 */
import { ol } from '../vendor.js';
import { permitApi } from './api.js';
import { tr, permitTitle } from './i18n.js';

const REFRESH_MS = 30000;

/** Colour of each kind: the two that the cross-check watches (hot work, confined space) stand out. */
export const KIND_COLOURS = {
  HOT_WORK: '#e74c3c', CONFINED_SPACE: '#8e44ad', BLIND_PLATE: '#16a085', WORK_AT_HEIGHT: '#2980b9',
  LIFTING: '#d35400', TEMP_POWER: '#f1c40f', EXCAVATION: '#795548', ROAD_CLOSURE: '#34495e',
};

function withAlpha(hex, alpha) {
  const n = parseInt(hex.slice(1), 16);
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`;
}

function style(feature) {
  const p = feature.get('permit');
  const colour = KIND_COLOURS[p.kind] || '#555';
  const geometry = feature.getGeometry();
  const disc = new ol.style.Style({
    geometry: geometry.getType() === 'Point' ? undefined : new ol.geom.Point(ol.extent.getCenter(geometry.getExtent())),
    image: new ol.style.Circle({ radius: 11, fill: new ol.style.Fill({ color: colour }),
      stroke: new ol.style.Stroke({ color: '#fff', width: 2 }) }),
    text: new ol.style.Text({ text: tr(`wp.glyph.${p.kind}`), font: 'bold 12px sans-serif', fill: new ol.style.Fill({ color: '#fff' }) }),
    zIndex: 2,
  });
  if (geometry.getType() === 'Point') return disc;
  return [new ol.style.Style({ fill: new ol.style.Fill({ color: withAlpha(colour, 0.25) }),
    stroke: new ol.style.Stroke({ color: colour, width: 2, lineDash: [6, 3] }) }), disc];
}

/**
 * @param map the OpenLayers map
 * @param {{notify: (msg: string) => void}} deps
 * @returns {{layer, reload: () => Promise<void>, render: () => void, setVisible: (on: boolean) => void}}
 */
export function installPermitLayer(map, { notify }) {
  const source = new ol.source.Vector();
  const layer = new ol.layer.Vector({ source, style, zIndex: 60 });
  layer.set('title', tr('wp.layer'));
  map.addLayer(layer);
  const geojson = new ol.format.GeoJSON({ featureProjection: map.getView().getProjection() });

  const toFeature = (p) => {
    if (!p.location) return null;
    const feature = new ol.Feature({ geometry: geojson.readGeometry(p.location) });
    feature.setId(p.id);
    // the feature popup's header and rows: the title in both languages, the enterprise, a kind of its own
    feature.setProperties({ permit: p, kind: 'work-permit', tagless: true, enterpriseId: p.enterpriseId,
      nameZh: permitTitle(p, 'zh-CN'), nameEn: permitTitle(p, 'en') });
    return feature;
  };

  const reload = () => permitApi.active().then((permits) => {
    source.clear();
    source.addFeatures(permits.map(toFeature).filter(Boolean));
    document.body.dataset.workPermitCount = String(source.getFeatures().length);
    document.body.dataset.workPermits = 'loaded';
  }).catch((e) => notify(e.message));

  reload();
  setInterval(reload, REFRESH_MS);
  return {
    layer,
    reload,
    render: () => { layer.set('title', tr('wp.layer')); layer.changed(); },
    setVisible: (on) => layer.setVisible(on),
  };
}
