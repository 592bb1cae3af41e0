/**
 * The hazmat trucks on the one-map (issue 16): one point per truck from `GET api/logistics/vehicles`, moved by the
 * coalesced `vehicles` push messages (the server sends only the trucks a user may see). A click shows plate, carrier,
 * speed, course, position time and the enterprises it serves, by name; park roles see the in-park count in the title
 * row (`api/logistics/census`). `body[data-trucks]` holds the number of trucks drawn (a hook for tests).
 * The shown truck's permitted route (`api/logistics/vehicles/{terminal}/route`) is drawn as a dashed line with its
 * waybill and current breaches in the card, reloaded when the server re-plans it (`truck-route` push) and, at most
 * every few seconds, when the truck moves; `body[data-truck-route]` holds the drawn route's version.
 */
import { ol } from '../vendor.js';
import { getJson } from '../api.js';
import { h, replaceChildren } from '../ui/dom.js';
import { formatDateTime, formatNumber } from '../format.js';
import { tr } from './i18n.js';
import { lang } from '../i18n/index.js';

const CENSUS_MS = 10000;
const ROUTE_RELOAD_MS = 3000;

const permittedStyle = new ol.style.Style({
  stroke: new ol.style.Stroke({ color: '#27ae60', width: 5, lineDash: [10, 8] }),
});
// the permitted visit to the hazmat parking lot (gate → lot → site): thinner, beside the route
const lotVisitStyle = new ol.style.Style({
  stroke: new ol.style.Stroke({ color: '#27ae60', width: 2, lineDash: [4, 6] }),
});
const routeStyle = (feature) => (feature.get('lotVisit') ? lotVisitStyle : permittedStyle);

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
  const routeSource = new ol.source.Vector();
  map.addLayer(new ol.layer.Vector({ source: routeSource, style: routeStyle, zIndex: 49 }));
  let census = null;
  let shown = null;
  let permit = null;
  let permitLoadedMs = 0;
  let wanted = null; // a truck named by the address (#truck=<terminal>) before it is drawn

  const loadRoute = (terminal) => {
    permitLoadedMs = Date.now();
    getJson(`api/logistics/vehicles/${encodeURIComponent(terminal)}/route`)
      .then((body) => { if (shown === terminal) { permit = body; drawRoute(); renderCard(source.getFeatureById(shown)); } })
      .catch(() => { if (shown === terminal) { permit = null; drawRoute(); } });
  };
  // at most one reload every ROUTE_RELOAD_MS; a move inside that time is reloaded when it ends, so the card never
  // stays on a breach list older than the truck's last move
  let reloadTimer = null;
  const reloadSoon = (terminal) => {
    const wait = permitLoadedMs + ROUTE_RELOAD_MS - Date.now();
    if (wait <= 0) { loadRoute(terminal); return; }
    if (reloadTimer === null) {
      reloadTimer = setTimeout(() => { reloadTimer = null; if (shown === terminal) loadRoute(terminal); }, wait);
    }
  };
  const drawRoute = () => {
    routeSource.clear();
    const line = permit && permit.route && permit.route.line;
    if (line && line.length > 1) {
      routeSource.addFeature(new ol.Feature(new ol.geom.LineString(line.map((c) => ol.proj.fromLonLat(c)))));
      for (const v of permit.lotVisits || []) {
        if (!v.line || v.line.length < 2) continue;
        const f = new ol.Feature(new ol.geom.LineString(v.line.map((c) => ol.proj.fromLonLat(c))));
        f.set('lotVisit', true);
        routeSource.addFeature(f);
      }
      document.body.dataset.truckRoute = String(permit.version);
    } else {
      delete document.body.dataset.truckRoute;
    }
  };

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
    if (wanted && source.getFeatureById(wanted)) { const w = wanted; wanted = null; show(source.getFeatureById(w)); }
    if (shown) {
      renderCard(source.getFeatureById(shown));
      if (vehicles.some((v) => v.terminal === shown)) reloadSoon(shown);
    }
  };

  const breachText = (b) => {
    const road = b.roadNameZh ? localRoad(b) : '';
    const n = (v) => formatNumber(v, 0);
    const text = {
      OFF_ROUTE: () => tr('trucks.breach.OFF_ROUTE', { v: n(b.value), limit: n(b.limit) }),
      SPEEDING: () => tr('trucks.breach.SPEEDING', { v: n(b.value), limit: n(b.limit) }),
      STOPPED_OUTSIDE: () => tr('trucks.breach.STOPPED_OUTSIDE', { v: n(b.value / 60), limit: n(b.limit / 60) }),
      CLOSED_ROAD: () => tr('trucks.breach.CLOSED_ROAD'),
    }[b.breach];
    return (text ? text() : '') + (road ? ` (${road})` : '');
  };
  const localRoad = (b) => (lang() === 'en' ? b.roadNameEn || b.roadNameZh : b.roadNameZh);
  const permitRows = () => {
    if (!permit) return [];
    const rows = [];
    const w = permit.waybill;
    if (w) {
      rows.push(row(tr('trucks.waybill'), tr('trucks.load', { chem: (lang() === 'en' && w.nameEn) || w.chemicalZh, t: formatNumber(w.quantityT, 1) })));
      rows.push(row(tr('trucks.destination'), enterpriseName(w.enterpriseId) || '—'));
    }
    if (permit.route) {
      rows.push(row(tr('trucks.route'), tr('trucks.routeKm', { km: formatNumber(permit.route.distanceM / 1000, 1) })));
    } else if (permit.planned) {
      rows.push(row(tr('trucks.route'), w ? tr('trucks.noRoute') : tr('trucks.noWaybill')));
    }
    const breaches = permit.breaches || [];
    rows.push(row(tr('trucks.conduct'), breaches.length
      ? h('span', { class: 'trucks-breaches', id: 'trucks-breaches' }, breaches.map(breachText).join('；'))
      : tr('trucks.inOrder')));
    return rows;
  };

  const row = (label, value) => h('tr', {}, h('th', {}, label), h('td', {}, value));
  const renderCard = (f) => {
    if (!f) { card.hidden = true; shown = null; permit = null; routeSource.clear(); return; }
    const names = (f.get('enterpriseIds') || []).map(enterpriseName).join('、') || '—';
    const close = h('button', { type: 'button', class: 'trucks-close', title: tr('trucks.close') }, '×');
    close.addEventListener('click', () => show(null));
    replaceChildren(card, h('header', {}, h('strong', {}, f.get('plate')), close),
      h('table', {},
        row(tr('trucks.carrier'), f.get('carrier')),
        row(tr('trucks.speed'), tr('trucks.kmh', { v: formatNumber(f.get('speedKmh'), 1) })),
        row(tr('trucks.course'), tr('trucks.deg', { v: formatNumber(f.get('directionDeg'), 0) })),
        row(tr('trucks.fix'), formatDateTime(f.get('fixMs'))),
        row(tr('trucks.where'), f.get('insidePark') ? tr('trucks.inPark') : tr('trucks.outside')),
        row(tr('trucks.serves'), names), ...permitRows()));
    card.hidden = false;
    shown = f.getId();
  };
  const show = (f) => {
    permit = null;
    routeSource.clear();
    delete document.body.dataset.truckRoute;
    renderCard(f);
    if (f) loadRoute(f.getId());
  };

  map.on('singleclick', (e) => {
    const hit = map.forEachFeatureAtPixel(e.pixel, (f) => (f.get('truck') ? f : null), { layerFilter: (l) => l === layer });
    if (hit) show(hit);
  });

  const renderCensus = () => {
    if (!census) return;
    badge.textContent = tr('trucks.census', { n: formatNumber(census.insidePark, 0) });
    badge.hidden = false;
  };
  const loadCensus = () => getJson('api/logistics/census').then((c) => { census = c; renderCensus(); }).catch(() => {});

  // a link to a truck: #truck=<terminal> opens its card and route
  const fromHash = () => {
    const m = /^#truck=([0-9]+)$/.exec(window.location.hash);
    if (!m) return;
    if (source.getFeatureById(m[1])) show(source.getFeatureById(m[1])); else wanted = m[1];
  };
  window.addEventListener('hashchange', fromHash);
  fromHash();

  getJson('api/logistics/vehicles').then((body) => apply(body.vehicles || [])).catch(() => {});
  if (socket && socket.on) socket.on('vehicles', (msg) => apply(msg.vehicles || []));
  if (socket && socket.on) socket.on('truck-route', (msg) => { if (shown && msg.terminal === shown) loadRoute(shown); });
  if (canCount) { loadCensus(); setInterval(loadCensus, CENSUS_MS); }

  return {
    /** Shows the truck with this terminal (its card and permitted route), as a click on it does. */
    select(terminal) { show(source.getFeatureById(terminal)); },
    render() {
      layer.set('title', tr('trucks.layer'));
      renderCensus();
      if (shown) renderCard(source.getFeatureById(shown));
      layer.changed();
    },
  };
}
