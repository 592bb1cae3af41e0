/**
 * The hazmat trucks on the one-map (issue 16): one point per truck from `GET api/logistics/vehicles`, moved by the
 * coalesced `vehicles` push messages (the server sends only the trucks a user may see). A click shows plate, carrier,
 * speed, course, position time and the enterprises it serves, by name; park roles see the in-park count in the title
 * row (`api/logistics/census`). `body[data-trucks]` holds the number of trucks drawn (a hook for tests).
 */
import { ol } from '../vendor.js';
import { getJson } from '../api.js';
import { h, replaceChildren } from '../ui/dom.js';
import { formatDateTime, formatNumber } from '../format.js';
import { tr } from './i18n.js';

const CENSUS_MS = 10000;

function truckStyle(feature) {
  const inPark = feature.get('insidePark');
  return new ol.style.Style({
    image: new ol.style.RegularShape({
      points: 3, radius: 8, rotation: ((feature.get('directionDeg') || 0) * Math.PI) / 180,
      fill: new ol.style.Fill({ color: inPark ? '#e67e22' : '#7f8c8d' }),
      stroke: new ol.style.Stroke({ color: '#ffffff', width: 1.5 }),
    }),
    text: new ol.style.Text({
      text: feature.get('plate'), offsetY: -14, font: '12px sans-serif', overflow: false,
      fill: new ol.style.Fill({ color: '#1b2631' }), stroke: new ol.style.Stroke({ color: '#ffffff', width: 3 }),
    }),
  });
}

/**
 * @param map the OpenLayers map
 * @param {{socket, titleRow: HTMLElement, container: HTMLElement, canCount: boolean,
 *   enterpriseName: (id: string) => string}} deps
 */
export function installLogistics(map, { socket, titleRow, container, canCount, enterpriseName }) {
  const source = new ol.source.Vector();
  const layer = new ol.layer.Vector({ source, style: truckStyle, declutter: true, zIndex: 50 });
  layer.set('title', tr('trucks.layer'));
  map.addLayer(layer);
  const badge = h('span', { class: 'trucks-census', id: 'trucks-census', hidden: true });
  if (titleRow) titleRow.insertBefore(badge, titleRow.querySelector('.spacer'));
  const card = h('div', { class: 'trucks-card', id: 'trucks-card', hidden: true });
  container.append(card);
  let census = null;
  let shown = null;

  const apply = (vehicles) => {
    for (const v of vehicles) {
      const id = v.terminal;
      let f = source.getFeatureById(id);
      if (!f) {
        f = new ol.Feature();
        f.setId(id);
        f.set('truck', true);
        source.addFeature(f);
      }
      f.setProperties({ ...v, geometry: new ol.geom.Point(ol.proj.fromLonLat([v.lon, v.lat])) });
    }
    document.body.dataset.trucks = String(source.getFeatures().length);
    if (shown) renderCard(source.getFeatureById(shown));
  };

  const row = (label, value) => h('tr', {}, h('th', {}, label), h('td', {}, value));
  const renderCard = (f) => {
    if (!f) { card.hidden = true; shown = null; return; }
    const names = (f.get('enterpriseIds') || []).map(enterpriseName).join('、') || '—';
    const close = h('button', { type: 'button', class: 'trucks-close', title: tr('trucks.close') }, '×');
    close.addEventListener('click', () => renderCard(null));
    replaceChildren(card, h('header', {}, h('strong', {}, f.get('plate')), close),
      h('table', {},
        row(tr('trucks.carrier'), f.get('carrier')),
        row(tr('trucks.speed'), tr('trucks.kmh', { v: formatNumber(f.get('speedKmh'), 1) })),
        row(tr('trucks.course'), tr('trucks.deg', { v: formatNumber(f.get('directionDeg'), 0) })),
        row(tr('trucks.fix'), formatDateTime(f.get('fixMs'))),
        row(tr('trucks.where'), f.get('insidePark') ? tr('trucks.inPark') : tr('trucks.outside')),
        row(tr('trucks.serves'), names)));
    card.hidden = false;
    shown = f.getId();
  };

  map.on('singleclick', (e) => {
    const hit = map.forEachFeatureAtPixel(e.pixel, (f) => (f.get('truck') ? f : null), { layerFilter: (l) => l === layer });
    if (hit) renderCard(hit);
  });

  const renderCensus = () => {
    if (!census) return;
    badge.textContent = tr('trucks.census', { n: formatNumber(census.insidePark, 0) });
    badge.hidden = false;
  };
  const loadCensus = () => getJson('api/logistics/census').then((c) => { census = c; renderCensus(); }).catch(() => {});

  getJson('api/logistics/vehicles').then((body) => apply(body.vehicles || [])).catch(() => {});
  if (socket && socket.on) socket.on('vehicles', (msg) => apply(msg.vehicles || []));
  if (canCount) { loadCensus(); setInterval(loadCensus, CENSUS_MS); }

  return {
    render() {
      layer.set('title', tr('trucks.layer'));
      renderCensus();
      if (shown) renderCard(source.getFeatureById(shown));
      layer.changed();
    },
  };
}
