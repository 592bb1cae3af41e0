/**
 * The alarm panels of the big screen: active alarms by priority and by enterprise (from the live AlarmStore) and the
 * 24 h trend of activations per hour (GET /api/alarms/trend). Each panel section gets `data-count` (what it shows:
 * alarms, enterprises, hours) and `data-state="ready"` for tests and kiosks.
 */
import { getJson } from '../api.js';
import { PRIORITIES } from '../alarms/store.js';
import { createChart, baseOption, rem } from './chart.js';
import { tr } from './i18n.js';
import { shortName } from './names.js';

export const PRIORITY_COLOURS = { critical: '#ff453a', high: '#ff9f0a', medium: '#ffd60a', low: '#64d2ff' };
/** Alarm states that are annunciated (shelved, suppressed and out-of-service alarms are not counted). */
const ANNUNCIATED = new Set(['UNACK_ACTIVE', 'ACK_ACTIVE', 'RTN_UNACK', 'LATCHED']);

export function markReady(section, count, extra = {}) {
  section.dataset.count = String(count);
  section.dataset.state = 'ready';
  Object.assign(section.dataset, extra);
}

function annunciated(store) {
  return [...store.alarms.values()].filter((a) => ANNUNCIATED.has(a.state));
}

function axisText() {
  return { color: '#cfe3ff', fontSize: rem(0.75) };
}

/** Horizontal bars, one per priority. */
export async function alarmsByPriority(section, alarmStore) {
  const total = section.querySelector('.total');
  const panel = await createChart(section.querySelector('.chart'), (chart) => {
    const counts = Object.fromEntries(PRIORITIES.map((p) => [p, 0]));
    for (const a of annunciated(alarmStore)) if (a.priority in counts) counts[a.priority]++;
    const n = Object.values(counts).reduce((s, v) => s + v, 0);
    total.textContent = tr('alarms.total', { n });
    markReady(section, n, { critical: counts.critical, high: counts.high });
    chart.setOption({
      ...baseOption(),
      grid: { left: rem(4), right: rem(2), top: rem(0.5), bottom: rem(0.5) },
      xAxis: { type: 'value', minInterval: 1, axisLabel: axisText(), splitLine: { lineStyle: { color: '#1e3a5f' } } },
      yAxis: { type: 'category', inverse: true, data: PRIORITIES.map((p) => tr(`priority.${p}`)), axisLabel: axisText() },
      series: [{ type: 'bar', barWidth: '60%', label: { show: true, position: 'right', color: '#fff', fontSize: rem(0.8) },
        data: PRIORITIES.map((p) => ({ value: counts[p], itemStyle: { color: PRIORITY_COLOURS[p] } })) }],
    }, true);
  });
  alarmStore.onChange(() => panel.rerender());
  return panel;
}

/** Stacked bars per enterprise with annunciated alarms. */
export async function alarmsByEnterprise(section, alarmStore, names) {
  const panel = await createChart(section.querySelector('.chart'), (chart) => {
    const byEnterprise = new Map();
    for (const a of annunciated(alarmStore)) {
      const id = a.enterpriseId || '—';
      if (!byEnterprise.has(id)) byEnterprise.set(id, Object.fromEntries(PRIORITIES.map((p) => [p, 0])));
      if (a.priority in byEnterprise.get(id)) byEnterprise.get(id)[a.priority]++;
    }
    const ids = [...byEnterprise.keys()].sort();
    markReady(section, ids.length);
    chart.setOption({
      ...baseOption(),
      grid: { left: rem(7), right: rem(1), top: rem(0.5), bottom: rem(0.5) },
      xAxis: { type: 'value', minInterval: 1, axisLabel: axisText(), splitLine: { lineStyle: { color: '#1e3a5f' } } },
      yAxis: { type: 'category', inverse: true, data: ids.map((id) => shortName(names.get(id), id)), axisLabel: axisText() },
      series: PRIORITIES.map((p) => ({ type: 'bar', stack: 'a', name: tr(`priority.${p}`), barWidth: '60%',
        itemStyle: { color: PRIORITY_COLOURS[p] }, data: ids.map((id) => byEnterprise.get(id)[p]) })),
    }, true);
  });
  alarmStore.onChange(() => panel.rerender());
  return panel;
}

/** Activations per hour over 24 h, stacked by priority; refetched every minute and soon after a new activation. */
export async function alarmTrend(section, alarmStore, onError) {
  let buckets = [];
  const panel = await createChart(section.querySelector('.chart'), (chart) => {
    const hours = buckets.map((b) => new Date(b.startMs).getHours().toString().padStart(2, '0') + ':00');
    chart.setOption({
      ...baseOption(),
      grid: { left: rem(2.5), right: rem(1), top: rem(1.5), bottom: rem(1.8) },
      legend: { top: 0, right: 0, textStyle: axisText(), itemWidth: rem(0.8), itemHeight: rem(0.5) },
      xAxis: { type: 'category', data: hours, axisLabel: { ...axisText(), interval: 3 } },
      yAxis: { type: 'value', minInterval: 1, axisLabel: axisText(), splitLine: { lineStyle: { color: '#1e3a5f' } } },
      series: PRIORITIES.map((p) => ({ type: 'bar', stack: 't', name: tr(`priority.${p}`),
        itemStyle: { color: PRIORITY_COLOURS[p] }, data: buckets.map((b) => b.byPriority[p] || 0) })),
    }, true);
  });
  const load = async () => {
    try {
      const reply = await getJson('api/alarms/trend?hours=24');
      buckets = reply.buckets;
      markReady(section, buckets.length, { total: buckets.reduce((s, b) => s + b.total, 0) });
      panel.rerender();
    } catch (e) {
      onError(e);
    }
  };
  let soon = null;
  alarmStore.onActivation(() => { if (!soon) soon = setTimeout(() => { soon = null; load(); }, 5000); });
  setInterval(load, 60_000);
  await load();
  return panel;
}
