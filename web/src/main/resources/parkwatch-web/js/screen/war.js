/**
 * The big screen's 战时 (war-time) command layout: while an emergency is open (no all clear) at response level 三级 or
 * above (I, II or III), the screen swaps its everyday panels for the command picture — the level banner, the map with
 * the incident's threat zones, routes and dispatched resources, the task board, the resources en route with their
 * arrival times and the command timeline. When the all clear is given or the level drops to 四级 it returns to the
 * everyday layout. The most severe such incident wins (then the newest); followed through `emergency.record`,
 * `incident.zones` and `incident.routes` pushes. A user without `emergency:read` keeps the everyday layout.
 * Test hooks: `body[data-layout=war|normal]`, `body[data-war-incident][data-war-level]`,
 * `[data-panel=war-tasks][data-count]`, `[data-panel=war-resources][data-count]`, `[data-panel=war-timeline][data-count]`.
 */
import { h, replaceChildren } from '../ui/dom.js';
import { lang, localName } from '../i18n/index.js';
import { formatTime } from '../format.js';
import { actionText } from '../emergency/i18n.js';
import { emergencyApi } from '../emergency/api.js';
import { zoneApi } from '../zones/api.js';
import { routeApi } from '../routes/api.js';
import { ZoneLayer } from '../zones/layer.js';
import { RouteLayer } from '../routes/layer.js';
import { MarkLayer, fitLayers, dispatchMarks } from '../emergency/incident-map.js';
import { tr } from './i18n.js';

/** Levels that switch the screen to war time: 三级 and above (I is the most severe). */
const WAR_LEVELS = ['I', 'II', 'III'];
const STATUSES = ['TODO', 'DOING', 'DONE'];
const local = (zh, en) => (lang() === 'en' ? en || zh : zh);
const panel = (name) => document.querySelector(`[data-panel="${name}"]`);

/** The incident the screen commands for: open, at 三级 or above, the most severe first, then the newest. */
export function warIncident(records) {
  return records
    .filter((r) => !r.allClearMs && WAR_LEVELS.includes(r.level))
    .sort((a, b) => WAR_LEVELS.indexOf(a.level) - WAR_LEVELS.indexOf(b.level) || b.detectedMs - a.detectedMs)[0] || null;
}

export function installWarLayout({ me, socket, screen, notify }) {
  document.body.dataset.layout = 'normal';
  if (!(me.permissions || []).includes('emergency:read')) return { render() {} };
  const { map, fitPark } = screen;
  const zones = new ZoneLayer(map);
  const routes = new RouteLayer(map);
  const marks = new MarkLayer(map);
  let record = null, log = { entries: [] }, resources = [], shown = null;

  const setLayout = (war) => {
    const was = document.body.dataset.layout;
    document.body.dataset.layout = war ? 'war' : 'normal';
    if (was === document.body.dataset.layout) return;
    // the map's cell changes size; the everyday charts come back sized by the window's resize handlers
    if (war) setTimeout(() => { map.updateSize(); fitLayers(map, [zones, routes], fitPark); }, 50);
    else window.dispatchEvent(new Event('resize'));
  };

  async function loadOverlays(id) {
    try { zones.show(await zoneApi.incident(id)); } catch (e) { if (e.notFound) zones.clear(); else throw e; }
    try { routes.show(await routeApi.incident(id)); } catch (e) { if (e.notFound) routes.clear(); else throw e; }
  }

  async function refresh() {
    try {
      const war = warIncident(await emergencyApi.records());
      if (!war) {
        record = null;
        shown = null;
        zones.clear(); routes.clear(); marks.show([]);
        delete document.body.dataset.warIncident;
        delete document.body.dataset.warLevel;
        setLayout(false);
        return;
      }
      [record, log, resources] = await Promise.all([emergencyApi.record(war.incidentId), emergencyApi.log(war.incidentId),
        emergencyApi.resources()]);
      const first = shown !== war.incidentId;
      shown = war.incidentId;
      if (first) await loadOverlays(shown);
      document.body.dataset.warIncident = shown;
      document.body.dataset.warLevel = record.level;
      render();
      setLayout(true);
      if (first) setTimeout(() => fitLayers(map, [zones, routes], fitPark), 100);
    } catch (e) {
      if (e.status !== 403) notify(e);
    }
  }

  function render() {
    if (!record) return;
    marks.show(dispatchMarks(record.dispatches, resources));
    renderBanner();
    renderTasks();
    renderResources();
    renderTimeline();
  }

  function renderBanner() {
    const r = record;
    const since = Math.max(0, Math.round((Date.now() - r.detectedMs) / 60000));
    replaceChildren(panel('war-level').querySelector('.war-banner'),
      h('span', { class: 'war-level', dataset: { level: r.level } }, tr(`war.level.${r.level}`)),
      h('span', { class: 'war-inc' }, tr('war.incident', { id: r.incidentId, t: formatTime(r.detectedMs), min: since })),
      r.evacuationMs ? h('span', { class: 'war-flag' }, tr('war.evacuating')) : null,
      r.government ? h('span', { class: 'war-flag' }, tr('war.government')) : null,
      r.drill ? h('span', { class: 'war-flag drill' }, tr('war.drill')) : null);
  }

  function renderTasks() {
    const tasks = record.tasks || [];
    const section = panel('war-tasks');
    section.dataset.count = String(tasks.length);
    replaceChildren(section.querySelector('.war-board'), STATUSES.map((s) => {
      const of = tasks.filter((t) => t.status === s);
      return h('div', { class: 'war-col', dataset: { column: s } },
        h('h3', {}, tr(`war.status.${s}`), ` ${of.length}`),
        h('ul', {}, of.map((t) => h('li', { dataset: { taskStatus: t.status } },
          h('span', { class: 'txt' }, local(t.textZh, t.textEn)), h('span', { class: 'who' }, local(t.ownerZh, t.ownerEn))))));
    }));
  }

  function renderResources() {
    const byId = new Map(resources.map((x) => [x.id, x]));
    const active = (record.dispatches || []).filter((d) => !d.releasedMs);
    const section = panel('war-resources');
    section.dataset.count = String(active.length);
    replaceChildren(section.querySelector('.list'), active.length ? active.map((d) => {
      const arrive = d.etaS == null ? null : d.dispatchedMs + d.etaS * 1000;
      const there = arrive != null && arrive <= Date.now();
      return h('li', { dataset: { dispatch: d.resourceId, movement: there ? 'on_scene' : 'en_route' } },
        h('span', { class: 'name' }, localName(byId.get(d.resourceId), d.resourceId)),
        h('span', { class: 'eta' }, arrive == null ? tr('war.noEta')
          : tr(there ? 'war.arrived' : 'war.arrives', { t: formatTime(arrive) })));
    }) : h('li', { class: 'empty' }, tr('war.noResources')));
  }

  function renderTimeline() {
    const entries = (log.entries || []).slice(-14).reverse();
    const section = panel('war-timeline');
    section.dataset.count = String((log.entries || []).length);
    replaceChildren(section.querySelector('.list'), entries.map((e) => h('li', { dataset: { seq: String(e.seq) } },
      h('span', { class: 'time' }, formatTime(e.ts)), h('span', { class: 'what' }, actionText(e.action, lang())),
      h('span', { class: 'who' }, e.username))));
  }

  let soon = null;
  const later = () => { if (!soon) soon = setTimeout(() => { soon = null; refresh(); }, 300); };
  socket.on('emergency.record', later);
  socket.onResync(later); // (re)connected, or messages dropped for this screen: records may have been missed
  socket.on('incident.zones', (msg) => { if (msg.incidentId === shown) { zones.show(msg.zones); } });
  socket.on('incident.routes', (msg) => { if (msg.incidentId === shown) routes.show(msg.routes); });
  // arrival times and the minutes since detection move on without a push
  setInterval(() => { if (record) { renderBanner(); renderResources(); } }, 10_000);
  // the list can change without a push this screen hears (a record opened before the socket connected)
  setInterval(refresh, 60_000);
  refresh();
  return { render };
}
