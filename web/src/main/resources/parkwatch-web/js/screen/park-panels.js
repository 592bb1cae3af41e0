/**
 * The park panels of the big screen: major hazards by grade (GET /api/hazards, refreshed on grade pushes), enterprise
 * risk colours (GET /api/registry/enterprises), feed health (live store) and open incidents (GET /api/incidents and
 * incident pushes). Names and texts from the server are inserted as text only.
 */
import { hazardApi, GRADE_COLOURS, RISK_COLOURS } from '../hazard/api.js';
// colours of chips and markers come from css/screen.css by data attribute: no inline style (CSP style-src 'self')
import { alarmApi } from '../alarms/api.js';
import { localName } from '../i18n/index.js';
import { h, replaceChildren } from '../ui/dom.js';
import { createChart, baseOption, rem } from './chart.js';
import { markReady } from './alarm-panels.js';
import { tr } from './i18n.js';
import { shortName } from './names.js';
import { formatTime } from '../format.js';
import { ReloadJournal } from '../live/reload-journal.js';

const GRADES = [1, 2, 3, 4];

/** Bars of major hazard installations per GB 18218 level (live grade). */
export async function hazardsByGrade(section, socket, onError) {
  let units = [];
  const total = section.querySelector('.total');
  const panel = await createChart(section.querySelector('.chart'), (chart) => {
    const counts = GRADES.map((g) => units.filter((u) => u.isMajorHazard && u.level === g).length);
    const n = counts.reduce((s, v) => s + v, 0);
    total.textContent = tr('hazards.total', { n });
    chart.setOption({
      ...baseOption(),
      grid: { left: rem(2.5), right: rem(1), top: rem(1.2), bottom: rem(1.6) },
      xAxis: { type: 'category', data: GRADES.map((g) => tr(`grade.${g}`)),
        axisLabel: { color: '#cfe3ff', fontSize: rem(0.8) } },
      yAxis: { type: 'value', minInterval: 1, axisLabel: { color: '#cfe3ff', fontSize: rem(0.75) },
        splitLine: { lineStyle: { color: '#1e3a5f' } } },
      series: [{ type: 'bar', barWidth: '50%', label: { show: true, position: 'top', color: '#fff', fontSize: rem(0.8) },
        data: counts.map((c, i) => ({ value: c, itemStyle: { color: GRADE_COLOURS[GRADES[i]] } })) }],
    }, true);
    if (units.length) markReady(section, n);
  });
  const load = async () => {
    try {
      units = (await hazardApi.hazards()).units;
      panel.rerender();
    } catch (e) {
      onError(e);
    }
  };
  let soon = null;
  const later = () => { if (!soon) soon = setTimeout(() => { soon = null; load(); }, 2000); };
  socket.on('hazard-grade', later);
  socket.onResync(later); // (re)connected, or messages dropped for this screen: grades may have been missed
  await load();
  return panel;
}

/** One chip per enterprise in its risk colour (assessed, or derived from its worst major hazard). */
export async function riskColours(section, names, onError) {
  const list = section.querySelector('.list');
  let enterprises = [];
  const render = () => {
    replaceChildren(list, enterprises.map((e) => {
      const colour = e.riskColour?.id in RISK_COLOURS ? e.riskColour.id : 'blue';
      return h('li', { class: 'risk-chip', dataset: { enterpriseId: e.id, colour } },
        h('span', { class: 'swatch' }),
        h('span', { class: 'name', text: shortName(e, e.id), title: localName(e, e.id) }),
        h('span', { class: 'colour', text: tr(`risk.${colour}`) }));
    }));
    markReady(section, enterprises.length);
  };
  const load = async () => {
    try {
      enterprises = await hazardApi.enterprises();
      enterprises.forEach((e) => names.set(e.id, e));
      render();
    } catch (e) {
      onError(e);
    }
  };
  setInterval(load, 5 * 60_000);
  await load();
  return { render };
}

/** Feed health chips from the live store (socket). */
export function feedHealth(section, store) {
  const list = section.querySelector('.list');
  const render = () => {
    const feeds = [...store.feeds.values()].filter((f) => f.enterpriseId !== 'PARK' || f.bridges?.length);
    replaceChildren(list, feeds.map((f) => {
      const health = ['ok', 'degraded', 'frozen', 'down'].includes(f.health) ? f.health : 'down';
      return h('li', { class: 'feed-chip', dataset: { enterpriseId: f.enterpriseId, health } },
        h('span', { class: 'dot' }), h('span', { class: 'name', text: shortName(f, f.enterpriseId) }),
        h('span', { class: 'health', text: f.staleTags ? tr('feed.stale', { n: f.staleTags }) : tr(`feed.${health}`) }));
    }));
    markReady(section, feeds.length, { down: feeds.filter((f) => f.health === 'down').length });
  };
  store.onFeeds(render);
  render();
  return { render };
}

/** Open incidents, newest first. */
export async function incidents(section, socket, names, onError) {
  const list = section.querySelector('.list');
  const byId = new Map();
  const render = () => {
    const open = [...byId.values()].filter((i) => i.state === 'OPEN').sort((a, b) => b.openedMs - a.openedMs);
    const row = (i) => h('li', { class: 'incident', dataset: { incidentId: i.id, severity: i.severity } },
      h('span', { class: 'sev' }),
      h('span', { class: 'kind', text: tr(`incident.${i.kind}`) }),
      h('span', { class: 'where', text: (i.enterprises || []).map((id) => shortName(names.get(id), id)).join('、') }),
      h('span', { class: 'time', text: formatTime(i.openedMs) }));
    replaceChildren(list, open.length ? open.map(row)
      : [h('li', { class: 'empty', text: tr('incidents.none') })]);
    markReady(section, open.length);
  };
  const journal = new ReloadJournal();
  socket.on('incident', (msg) => {
    if (!msg.incident) return;
    journal.note(msg.incident);
    byId.set(msg.incident.id, msg.incident);
    render();
  });
  // re-read on every (re)connect and when the server dropped messages for this page: incidents may have been missed
  const reload = () => journal.reload(alarmApi.incidents, (list, since) => {
    byId.clear();
    for (const i of [...list, ...since]) byId.set(i.id, i);
    render();
  }).catch(onError);
  socket.onResync(reload);
  await reload();
  render();
  return { render };
}
