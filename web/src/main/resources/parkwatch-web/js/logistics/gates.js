/**
 * The closed park on the one-map (issue 16): the live counts of people and vehicles inside the park and each
 * enterprise (`GET api/logistics/presence`, updated by `gate-counts` pushes; an enterprise's users get their own
 * site's), and the hazmat parking lot with its slots and the trucks' dwell (`GET api/logistics/parking`, `parking`
 * pushes), labelled on the map at the lot and red while a truck overstays; the latest refused entries and exits
 * with their reasons (`GET api/logistics/gate/decisions`, `gate-decision` pushes; control-room roles). `body[data-park-people]` and
 * `body[data-parking-occupied]` are hooks for tests.
 */
import { ol } from '../vendor.js';
import { getJson } from '../api.js';
import { h, replaceChildren } from '../ui/dom.js';
import { formatDateTime, formatNumber } from '../format.js';
import { lang } from '../i18n/index.js';
import { tr } from './gates-i18n.js';

const MAX_REFUSALS = 5;
const localName = (o) => (lang() === 'en' ? o.nameEn || o.nameZh : o.nameZh || o.nameEn) || '';

/**
 * @param map the OpenLayers map
 * @param {{socket, container: HTMLElement, enterpriseName: (id: string) => string}} deps
 */
export function installGates(map, { socket, container, enterpriseName }) {
  let counts = { park: { people: 0, vehicles: 0 }, enterprises: {} };
  let lots = [];
  let refusals = []; // the latest refused entries and exits, newest first
  let shownLot = null;
  const panel = h('section', { class: 'gates-panel', id: 'gates-panel' });
  const card = h('div', { class: 'trucks-card parking-card', id: 'parking-card', hidden: true });
  container.append(panel, card);
  const source = new ol.source.Vector();
  const layer = new ol.layer.Vector({ source, zIndex: 45, style: (f) => lotStyle(f) });
  map.addLayer(layer);

  function lotStyle(f) {
    const lot = f.get('lot');
    const bad = lot.overstay;
    return new ol.style.Style({
      image: new ol.style.Circle({ radius: 9, fill: new ol.style.Fill({ color: bad ? '#c0392b' : '#2e86c1' }),
        stroke: new ol.style.Stroke({ color: '#ffffff', width: 2 }) }),
      text: new ol.style.Text({
        text: tr('parking.label', { name: localName(lot), occupied: lot.occupied, spaces: lot.spaces }),
        offsetY: -18, font: '12px sans-serif', fill: new ol.style.Fill({ color: bad ? '#922b21' : '#1b2631' }),
        stroke: new ol.style.Stroke({ color: '#ffffff', width: 3 }) }),
    });
  }

  const renderCounts = () => {
    const rows = Object.entries(counts.enterprises || {}).sort(([a], [b]) => a.localeCompare(b))
      .map(([id, c]) => h('tr', { dataset: { enterpriseId: id } }, h('td', {}, enterpriseName(id)),
        h('td', { class: 'num' }, formatNumber(c.people, 0)), h('td', { class: 'num' }, formatNumber(c.vehicles, 0))));
    const park = counts.park || { people: 0, vehicles: 0 };
    replaceChildren(panel, h('h3', {}, tr('gates.title')),
      h('div', { class: 'gates-park' }, tr('gates.parkLine', { p: formatNumber(park.people, 0), v: formatNumber(park.vehicles, 0) })),
      rows.length ? h('table', {}, h('thead', {}, h('tr', {}, h('th', {}, tr('gates.enterprise')),
        h('th', {}, tr('gates.peopleH')), h('th', {}, tr('gates.vehiclesH')))), h('tbody', {}, rows)) : null,
      refusals.length ? h('div', { class: 'gate-refusals', id: 'gate-refusals' }, h('h4', {}, tr('gates.refusals')),
        ...refusals.map((d) => h('div', { class: 'gate-refusal', dataset: { plate: d.plate, direction: d.direction || 'entry' } },
          tr('gates.refusal', { t: formatDateTime(d.tsMs), plate: d.plate, dir: tr(d.direction === 'exit' ? 'gates.exit' : 'gates.entry'),
            why: (d.findings || []).map((f) => (lang() === 'en' ? f.textEn : f.textZh)).join(lang() === 'en' ? '; ' : '；') })))) : null);
    document.body.dataset.parkPeople = String(park.people);
  };

  const renderLots = () => {
    source.clear();
    for (const lot of lots) {
      const f = new ol.Feature({ geometry: new ol.geom.Point(ol.proj.fromLonLat([lot.lon, lot.lat])), lot });
      f.set('parkingLot', true);
      source.addFeature(f);
    }
    document.body.dataset.parkingOccupied = String(lots.reduce((s, l) => s + l.occupied, 0));
    renderCard();
  };

  const renderCard = () => {
    const lot = lots.find((l) => l.id === shownLot);
    if (!lot) { card.hidden = true; return; }
    const close = h('button', { type: 'button', class: 'trucks-close', title: tr('parking.close') }, '×');
    close.addEventListener('click', () => { shownLot = null; renderCard(); });
    const trucks = lot.trucks.map((t) => h('tr', { class: t.overstay ? 'overstay' : '' }, h('td', {}, t.plate),
      h('td', {}, formatDateTime(t.sinceMs)),
      h('td', {}, tr('parking.min', { n: formatNumber(t.dwellMin, 0) })
        + (t.overstay ? ` · ${tr('parking.overstay', { n: lot.maxDwellMin })}` : ''))));
    replaceChildren(card, h('header', {}, h('strong', {}, localName(lot)), close),
      h('div', {}, tr('parking.slots', { occupied: lot.occupied, spaces: lot.spaces })),
      trucks.length ? h('table', {}, h('thead', {}, h('tr', {}, h('th', {}, tr('parking.plate')),
        h('th', {}, tr('parking.since')), h('th', {}, tr('parking.dwell')))), h('tbody', {}, trucks))
        : h('div', { class: 'none' }, tr('parking.empty')));
    card.hidden = false;
  };

  map.on('singleclick', (e) => {
    const hit = map.forEachFeatureAtPixel(e.pixel, (f) => (f.get('parkingLot') ? f : null), { layerFilter: (l) => l === layer });
    if (hit) { shownLot = hit.get('lot').id; renderCard(); }
  });

  getJson('api/logistics/presence').then((c) => { counts = c; renderCounts(); }).catch(() => {});
  // the control room's roles may read the gate's decisions; others get none (403) and see no list
  getJson('api/logistics/gate/decisions')
    .then((r) => { refusals = (r.decisions || []).filter((d) => !d.allowed).slice(0, MAX_REFUSALS); renderCounts(); })
    .catch(() => {});
  getJson('api/logistics/parking').then((p) => { lots = p.lots || []; renderLots(); }).catch(() => {});
  if (socket && socket.on) {
    socket.on('gate-counts', (m) => {
      const c = { people: m.people, vehicles: m.vehicles };
      if (m.siteId === 'PARK') counts.park = c;
      else counts.enterprises = { ...counts.enterprises, [m.siteId]: c };
      renderCounts();
    });
    socket.on('parking', (m) => { lots = m.lots || []; renderLots(); });
    socket.on('gate-decision', (d) => {
      if (d.allowed) return;
      refusals = [d, ...refusals].slice(0, MAX_REFUSALS);
      renderCounts();
    });
  }
  renderCounts();
  return { render() { renderCounts(); renderLots(); } };
}
