/**
 * Statistics of special work (issue 15): permits per day stacked by kind, and the totals by kind and by enterprise,
 * for a chosen period (default the last {@link DEFAULT_DAYS} days), as ECharts bars, from `api/work-permits/stats`
 * (a permit counts on every day its window overlaps; an enterprise user sees its own).
 * Test hook: `#wp-stats[data-total]`.
 */
import { loadEcharts } from '../vendor.js';
import { h, replaceChildren } from '../ui/dom.js';
import { formatDay, formatNumber } from '../format.js';
import { permitApi } from './api.js';
import { tr, KINDS } from './i18n.js';
import { KIND_COLOURS } from './layer.js';

const DEFAULT_DAYS = 7;
const DAY_MS = 86400000;

/** yyyy-mm-dd of epoch ms in the browser's time zone. */
function isoDay(ms) {
  const d = new Date(ms - new Date(ms).getTimezoneOffset() * 60000);
  return d.toISOString().slice(0, 10);
}

/**
 * @param {{enterpriseName: (id: string) => string, notify: (msg: string) => void}} deps
 * @returns {{element: HTMLElement, load: () => Promise<void>, render: () => void, dispose: () => void}}
 */
export function permitStats({ enterpriseName, notify }) {
  // yyyy-mm-dd as text: a date input shows the browser's locale (US order in an English browser)
  const from = h('input', { type: 'text', size: 10, maxlength: 10, id: 'wp-stats-from', value: isoDay(Date.now() - (DEFAULT_DAYS - 1) * DAY_MS) });
  const to = h('input', { type: 'text', size: 10, maxlength: 10, id: 'wp-stats-to', value: isoDay(Date.now()) });
  const show = h('button', { type: 'button', class: 'risk-recompute' });
  const fromLabel = h('span', {});
  const toLabel = h('span', {});
  const total = h('span', { class: 'wp-total' });
  const heads = { day: h('h4', {}), kind: h('h4', {}), ent: h('h4', {}) };
  const charts = { day: h('div', { class: 'wp-chart wp-chart-day' }), kind: h('div', { class: 'wp-chart' }), ent: h('div', { class: 'wp-chart' }) };
  const element = h('div', { id: 'wp-stats', class: 'wp-stats' },
    h('div', { class: 'wp-period' }, fromLabel, from, toLabel, to, show, total),
    heads.day, charts.day, h('div', { class: 'wp-two' }, h('div', {}, heads.kind, charts.kind), h('div', {}, heads.ent, charts.ent)));
  const instances = {};
  let counts = null;

  const draw = async () => {
    if (!counts) return;
    const echarts = await loadEcharts();
    const kinds = Object.keys(KINDS).filter((k) => counts.byKind[k]);
    const days = counts.days || [];
    const bar = (el, labels, values, colours) => ({
      grid: { left: 40, right: 10, top: 10, bottom: 40 }, tooltip: {},
      xAxis: { type: 'category', data: labels, axisLabel: { interval: 0, rotate: labels.length > 4 ? 30 : 0 } },
      yAxis: { type: 'value', minInterval: 1, name: tr('wp.s.count') },
      series: [{ type: 'bar', data: values.map((v, i) => ({ value: v, itemStyle: { color: colours ? colours[i] : '#3b82f6' } })) }],
    });
    const options = {
      day: {
        grid: { left: 40, right: 10, top: 30, bottom: 30 }, tooltip: { trigger: 'axis' },
        legend: { top: 0, data: kinds.map((k) => tr(`wp.kind.${k}`)) },
        xAxis: { type: 'category', data: days.map((d) => formatDay(d.day)) },
        yAxis: { type: 'value', minInterval: 1 },
        series: kinds.map((k) => ({ name: tr(`wp.kind.${k}`), type: 'bar', stack: 'all', itemStyle: { color: KIND_COLOURS[k] },
          data: days.map((d) => (d.byKind || {})[k] || 0) })),
      },
      kind: bar(charts.kind, kinds.map((k) => tr(`wp.kind.${k}`)), kinds.map((k) => counts.byKind[k]), kinds.map((k) => KIND_COLOURS[k])),
      ent: (() => {
        const ents = Object.keys(counts.byEnterprise).sort();
        return bar(charts.ent, ents.map(enterpriseName), ents.map((e) => counts.byEnterprise[e]));
      })(),
    };
    for (const [k, el] of Object.entries(charts)) {
      if (!instances[k]) instances[k] = echarts.init(el);
      instances[k].setOption(options[k], true);
      instances[k].resize();
    }
  };

  const render = () => {
    show.textContent = tr('wp.s.show');
    fromLabel.textContent = tr('wp.s.from');
    toLabel.textContent = tr('wp.s.to');
    heads.day.textContent = tr('wp.s.byDay');
    heads.kind.textContent = tr('wp.s.byKind');
    heads.ent.textContent = tr('wp.s.byEnterprise');
    total.textContent = counts ? tr('wp.s.total', { n: formatNumber(counts.total, 0) }) : '';
    draw().catch((e) => notify(e.message));
  };

  const load = () => permitApi.stats(from.value.trim(), to.value.trim())
    .then((body) => {
      counts = { ...body, total: Object.values(body.byKind || {}).reduce((a, b) => a + b, 0) };
      element.dataset.total = String(counts.total);
      render();
    })
    .catch((e) => notify(e.message));
  show.addEventListener('click', load);
  render();
  return { element, load, render, dispose: () => Object.values(instances).forEach((c) => c.dispose()) };
}
