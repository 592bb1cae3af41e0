/**
 * OpenLayers styles of the park layers by feature kind, with live colouring of tanks and gas detectors and SIS
 * markers. Every style object is cached by what it shows, so a redraw allocates nothing for unchanged features.
 */
import { ol } from '../vendor.js';
import { localName, lang, t } from '../i18n/index.js';
import { canonicalKind } from './kinds.js';
import { tankLevelState, detectorState, sisState, levelColour, GAS_KINDS, LEVEL_STEPS } from './live-state.js';

const { Style, Fill, Stroke, Circle, RegularShape, Text } = ol.style;
const fill = (color) => new Fill({ color });
/** Symbols are always drawn and keep labels off them; labels that would overlap are left out (layers declutter). */
const OBSTACLE = 'obstacle';
const stroke = (color, width, lineDash) => new Stroke({ color, width, lineDash });

export const DETECTOR_COLOURS = {
  normal: '#2e9d4f', h: '#f39c12', hh: '#d62728', fault: '#8e44ad', stale: '#9e9e9e',
};
const BAND_STROKES = { hh: stroke('#d62728', 3), h: stroke('#f39c12', 2.5), l: stroke('#f39c12', 2.5),
  ll: stroke('#d62728', 3), normal: stroke('#24425e', 1) };
/** Plot colour by industry keyword (first match), ColorBrewer-like hues; other industries get a hashed one. */
const INDUSTRY_COLOURS = [[/chlor/i, '#66c2a5'], [/ammonia/i, '#8da0cb'], [/lpg|gas/i, '#fc8d62'],
  [/oil|refin|petro/i, '#c49a6c'], [/methanol/i, '#b39ddb'], [/benzene|aromatic/i, '#e78ac3'],
  [/pesticide|agro/i, '#a6d854'], [/waste/i, '#b3b3b3']];
const INDUSTRY_PALETTE = ['#66c2a5', '#fc8d62', '#8da0cb', '#e78ac3', '#a6d854', '#ffd92f', '#e5c494', '#b3b3b3'];

/**
 * A filled, outlined dot drawn once into a small canvas and used as an icon: a layer of thousands of live detectors
 * then copies pixels per feature on each redraw (./parkwatch bench map: the 1 Hz redraw of 10,000 icon points costs
 * a fraction of the same circles drawn as ol.style.Circle).
 */
function dot(radius, color, strokeColor, strokeWidth) {
  const size = Math.ceil(2 * radius + strokeWidth + 2);
  const canvas = document.createElement('canvas');
  canvas.width = size;
  canvas.height = size;
  const g = canvas.getContext('2d');
  g.beginPath();
  g.arc(size / 2, size / 2, radius, 0, 2 * Math.PI);
  g.fillStyle = color;
  g.fill();
  g.lineWidth = strokeWidth;
  g.strokeStyle = strokeColor;
  g.stroke();
  return new ol.style.Icon({ img: canvas, width: size, height: size, declutterMode: OBSTACLE });
}

function shape(points, radius, color, { angle = 0, radius2, strokeColor = '#ffffff' } = {}) {
  return new RegularShape({ points, radius, radius2, angle, fill: fill(color), stroke: stroke(strokeColor, 1.5), declutterMode: OBSTACLE });
}

/** Point symbols: a distinct shape and colour per kind. */
const POINT_IMAGES = {
  gate: shape(4, 5, '#555555', { angle: Math.PI / 4 }),
  camera: shape(4, 5, '#34495e', { angle: Math.PI / 4 }),
  'weather-station': shape(3, 8, '#2874a6'),
  'air-station': shape(4, 7, '#17a589'),
  outfall: shape(3, 7, '#7e5109', { angle: Math.PI }),
  village: new Circle({ radius: 7, fill: fill('#f5b041'), stroke: stroke('#7e5109', 1.5), declutterMode: OBSTACLE }),
  school: shape(4, 8, '#8e44ad', { angle: Math.PI / 4 }),
  hospital: shape(4, 9, '#c0392b', { radius2: 3.5 }),
  'fire-station': shape(4, 9, '#e74c3c', { angle: Math.PI / 4, strokeColor: '#641e16' }),
  'medical-point': shape(4, 8, '#27ae60', { radius2: 3 }),
  shelter: shape(3, 9, '#229954', { strokeColor: '#145a32' }),
  'foam-store': shape(6, 8, '#f39c12', { strokeColor: '#7e5109' }),
  'absorbent-store': shape(5, 8, '#a04000'),
  unknown: new Circle({ radius: 4, fill: fill('#555555'), declutterMode: OBSTACLE }),
};

const STATIC = {
  'park-boundary': [new Style({ stroke: stroke('#b03a2e', 3, [12, 6]) })],
  road: [new Style({ stroke: stroke('#a6a6a6', 7), zIndex: 0 }), new Style({ stroke: stroke('#ffffff', 5), zIndex: 1 })],
  'tank-farm': [new Style({ fill: fill('rgba(236,230,210,0.85)'), stroke: stroke('#9c8f62', 1) })],
  dike: [new Style({ stroke: stroke('#8b6d3b', 2, [4, 3]) })],
  'process-unit': [new Style({ fill: fill('rgba(150,130,190,0.5)'), stroke: stroke('#5d4d85', 1.2) })],
  warehouse: [new Style({ fill: fill('rgba(200,200,200,0.7)'), stroke: stroke('#777777', 1) })],
  'loading-station': [new Style({ fill: fill('rgba(240,200,160,0.7)'), stroke: stroke('#9c640c', 1) })],
  pipeline: [new Style({ stroke: stroke('#e07b22', 2) })],
  river: [new Style({ stroke: stroke('#7fb3d5', 6) })],
  building: [new Style({ fill: fill('rgba(190,190,190,0.7)'), stroke: stroke('#707070', 1) })],
  wwtp: [new Style({ fill: fill('rgba(169,204,227,0.7)'), stroke: stroke('#2e86c1', 1) })],
  parking: [new Style({ fill: fill('rgba(220,220,220,0.7)'), stroke: stroke('#999999', 1) })],
  'pipe-rack': [new Style({ stroke: stroke('#6b6b6b', 4) })],
  unknown: [new Style({ fill: fill('rgba(180,180,180,0.4)'), stroke: stroke('#666666', 1), image: POINT_IMAGES.unknown })],
};
/** Kinds that may come as points or areas (sensitive targets, stations): area fill and edge per kind. */
const AREA_COLOURS = { village: ['rgba(245,176,65,0.45)', '#b9770e'], school: ['rgba(142,68,173,0.35)', '#6c3483'],
  hospital: ['rgba(192,57,43,0.3)', '#922b21'], shelter: ['rgba(34,153,84,0.3)', '#145a32'],
  'fire-station': ['rgba(231,76,60,0.35)', '#641e16'] };
for (const [kind, image] of Object.entries(POINT_IMAGES)) {
  if (STATIC[kind]) continue;
  const [areaFill, edge] = AREA_COLOURS[kind] || ['rgba(180,180,180,0.4)', '#666666'];
  STATIC[kind] = [new Style({ image, fill: fill(areaFill), stroke: stroke(edge, 1.5) })];
}

/** Largest resolution (m/px) at which a kind is labelled; kinds missing here get no label. */
const LABEL_MAX_RESOLUTION = {
  enterprise: 8, river: 10, building: 1.5, wwtp: 2.5, parking: 1.5, 'tank-farm': 2.5, 'process-unit': 2.5, tank: 1, road: 3, gate: 2, village: 30, school: 12,
  hospital: 12, 'fire-station': 6, 'medical-point': 6, shelter: 6, 'foam-store': 4, 'absorbent-store': 4,
  'weather-station': 6, 'air-station': 6, outfall: 4, 'gas-detector': 0.5, camera: 0.5, warehouse: 1.5,
  'loading-station': 1.5,
};

const cache = new Map();
function cached(key, make) {
  let style = cache.get(key);
  if (!style) cache.set(key, (style = make()));
  return style;
}

/** Metres on the ground to map units (EPSG:3857 stretches by 1/cos(latitude)). */
function mapUnitsPerMetre(geometry) {
  const y = ol.extent.getCenter(geometry.getExtent())[1];
  const latRad = Math.atan(Math.sinh(y / 6378137));
  return 1 / Math.cos(latRad);
}

function anchorPoint(geometry) {
  const type = geometry.getType();
  if (type === 'Point') return geometry;
  if (type === 'Polygon') return geometry.getInteriorPoint();
  if (type === 'MultiPolygon') return geometry.getInteriorPoints().getPoint(0);
  return new ol.geom.Point(ol.extent.getCenter(geometry.getExtent()));
}

function enterpriseStyle(props) {
  const key = String(props.industry || props.activity || props.enterpriseId || props.nameEn || '');
  let colour = INDUSTRY_COLOURS.find(([pattern]) => pattern.test(key))?.[1];
  if (!colour) {
    let hash = 0;
    for (const ch of key) hash = (hash * 31 + ch.codePointAt(0)) >>> 0;
    colour = INDUSTRY_PALETTE[hash % INDUSTRY_PALETTE.length];
  }
  return cached(`enterprise|${colour}`, () => [new Style({
    fill: fill(colour + '55'), stroke: stroke(colour, 2),
  })]);
}

function tankStyle(feature, tags, resolution) {
  const s = tankLevelState(tags.find((tag) => tag.kind === 'level'));
  const fillColour = s.grey ? (s.none ? 'rgba(190,200,210,0.9)' : 'rgba(158,158,158,0.9)') : levelColour(s.step / LEVEL_STEPS);
  const edge = s.grey ? BAND_STROKES.normal : BAND_STROKES[s.band];
  const geometry = feature.getGeometry();
  if (geometry.getType() !== 'Point') {
    return cached(`tank|${fillColour}|${s.band}`, () => [new Style({ fill: fill(fillColour), stroke: edge })]);
  }
  const diameterM = Number(feature.get('diameterM')) || 20;
  const radiusPx = Math.round(Math.min(40, Math.max(4, (diameterM / 2) * mapUnitsPerMetre(geometry) / resolution)));
  return cached(`tankpt|${fillColour}|${s.band}|${radiusPx}`, () => [new Style({
    image: new Circle({ radius: radiusPx, fill: fill(fillColour), stroke: edge, declutterMode: OBSTACLE }),
  })]);
}

function detectorStyle(feature, tags) {
  const state = detectorState(tags.find((tag) => GAS_KINDS.has(tag.kind)),
    tags.find((tag) => tag.kind === 'detector-fault'), feature.getProperties());
  return cached(`det|${state}`, () => [new Style({
    image: dot(state === 'hh' ? 8 : 6, DETECTOR_COLOURS[state], '#ffffff', 1.5),
    zIndex: state === 'normal' ? 1 : 2,
  })]);
}

const cones = new WeakMap();
function cameraStyles(feature) {
  let cone = cones.get(feature);
  if (!cone) {
    const center = feature.getGeometry().getCoordinates();
    const rangeM = Number(feature.get('rangeM')) || 80;
    const headingDeg = Number(feature.get('headingDeg')) || 0;
    const fovDeg = Math.min(360, Number(feature.get('fovDeg')) || 60);
    const r = rangeM * mapUnitsPerMetre(feature.getGeometry());
    const ring = [center];
    for (let i = 0; i <= 16; i++) {
      const a = ((headingDeg - fovDeg / 2 + (fovDeg * i) / 16) * Math.PI) / 180; // clockwise from north
      ring.push([center[0] + r * Math.sin(a), center[1] + r * Math.cos(a)]);
    }
    ring.push(center);
    cone = new Style({ geometry: new ol.geom.Polygon([ring]), fill: fill('rgba(52,73,94,0.12)'),
      stroke: stroke('rgba(52,73,94,0.5)', 1) });
    cones.set(feature, cone);
  }
  return [cone, ...STATIC.camera];
}

function sisStyles(feature, tags) {
  const sis = sisState(tags);
  if (!sis.trip && !sis.bypass) return [];
  const out = [];
  const at = anchorPoint(feature.getGeometry());
  const badge = (mark, colour, dx) => new Style({
    geometry: at, zIndex: 10,
    image: new RegularShape({ points: 4, radius: 10, angle: Math.PI / 4, fill: fill(colour),
      stroke: stroke('#ffffff', 1.5), displacement: [dx, 14], declutterMode: 'none' }),
    text: new Text({ text: mark, font: 'bold 11px sans-serif', fill: fill('#ffffff'), offsetX: dx, offsetY: -14,
      declutterMode: 'none' }),
  });
  if (sis.trip) out.push(badge(t('sis.tripMark'), '#d62728', 0));
  if (sis.bypass) out.push(badge(t('sis.bypassMark'), '#e67e22', sis.trip ? 18 : 0));
  return out;
}

const labels = new WeakMap();
function labelStyle(feature, kind) {
  const cacheKey = lang();
  const current = labels.get(feature);
  if (current && current.key === cacheKey) return current.style;
  const text = localName(feature.getProperties());
  const isLine = /LineString/.test(feature.getGeometry().getType());
  const isPoint = feature.getGeometry().getType() === 'Point';
  // Enterprise names sit along the top of the plot, clear of the units in its middle.
  const extent = feature.getGeometry().getExtent();
  const top = kind === 'enterprise' ? new ol.geom.Point([(extent[0] + extent[2]) / 2, extent[3]]) : undefined;
  const style = text ? new Style({
    geometry: top,
    zIndex: 5,
    text: new Text({
      text, font: kind === 'enterprise' ? 'bold 13px sans-serif' : '12px sans-serif', fill: fill('#1b2631'),
      stroke: stroke('rgba(255,255,255,0.9)', 3), placement: isLine ? 'line' : 'point',
      offsetY: isPoint || top ? 16 : 0,
      // Every label takes part in decluttering (one group for all park layers): an obstacle label would be drawn
      // even over a label placed before it (a station's over an enterprise name), so none is an obstacle.
      declutterMode: 'declutter',
    }),
  }) : null;
  labels.set(feature, { key: cacheKey, style });
  return style;
}

/** The style function of every park layer: `(feature, resolution) => Style[]`, live state from `store`. */
export function createStyleFunction(store, isSelected) {
  return (feature, resolution) => {
    const kind = canonicalKind(feature.get('kind'));
    const tags = store.tagsOfFeature(feature.getId());
    let styles;
    if (kind === 'tank') styles = tankStyle(feature, tags, resolution);
    else if (kind === 'gas-detector') styles = detectorStyle(feature, tags);
    else if (kind === 'enterprise') styles = enterpriseStyle(feature.getProperties());
    else if (kind === 'camera' && feature.getGeometry().getType() === 'Point') styles = cameraStyles(feature);
    else styles = STATIC[kind] || STATIC.unknown;
    const extra = tags.length ? sisStyles(feature, tags) : [];
    if (resolution <= (LABEL_MAX_RESOLUTION[kind] ?? 0)) {
      const label = labelStyle(feature, kind);
      if (label) extra.push(label);
    }
    if (isSelected(feature)) extra.unshift(selectionStyle(feature));
    return extra.length ? styles.concat(extra) : styles;
  };
}

const SELECTION = {
  area: new Style({ stroke: stroke('rgba(255,215,0,0.95)', 5), zIndex: -1 }),
  point: new Style({ image: new Circle({ radius: 14, stroke: stroke('rgba(255,200,0,0.95)', 4), declutterMode: 'none' }), zIndex: -1 }),
};
function selectionStyle(feature) {
  return feature.getGeometry().getType() === 'Point' ? SELECTION.point : SELECTION.area;
}
