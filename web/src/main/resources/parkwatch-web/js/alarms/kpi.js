/**
 * The KPI page (`#kpi` in the URL): the park's and each enterprise's alarm performance over the last 24 h from
 * GET /api/alarms/kpi, with an ECharts bar chart of the priority distribution.
 */
import { alarmName, typeName, typeOfId } from './names.js';
import { h, replaceChildren } from '../ui/dom.js';
import { getJson } from '../api.js';
import { localName } from '../i18n/index.js';
import { formatNumber } from '../format.js';
import { loadEcharts } from '../vendor.js';
import { tr } from './i18n.js';
import { alarmApi } from './api.js';
import { PRIORITIES } from './store.js';

const COLOURS = { critical: '#c0392b', high: '#e67e22', medium: '#f1c40f', low: '#3498db' };

export class KpiPanel {
  constructor(root) {
    this.root = root;
    this.chart = null;
    this.data = null;
    this.tags = [];
    this.enterprises = [];
    root.hidden = true;
    window.addEventListener('hashchange', () => this.sync());
    this.sync();
  }

  sync() {
    if (location.hash === '#kpi') this.open(); else this.close();
  }

  async open() {
    this.root.hidden = false;
    replaceChildren(this.root, h('div', {}, '…'));
    try {
      // names for the ids the KPIs carry (tags, enterprises); without them the ids stay (never worse than before)
      const [data, tags, enterprises] = await Promise.all([alarmApi.kpi(), getJson('api/tags').catch(() => []),
        getJson('api/registry/enterprises').catch(() => [])]);
      Object.assign(this, { data, tags, enterprises });
      this.render();
    } catch (e) {
      replaceChildren(this.root, h('div', { class: 'error' }, e.message));
    }
  }

  close() {
    this.root.hidden = true;
    if (this.chart) { this.chart.dispose(); this.chart = null; }
  }

  /** An alarm id (its tag id, then the condition) as the tag's name and the condition. */
  alarmName(alarmId) {
    const tag = this.tags.filter((t) => alarmId === t.id || alarmId.startsWith(`${t.id}.`) || alarmId.startsWith(`${t.id}:`))
      .sort((a, b) => b.id.length - a.id.length)[0];
    if (!tag) return alarmName({ id: alarmId });
    const type = typeName(typeOfId(alarmId));
    return `${localName(tag, tr('alarms.unnamed'))}${type ? ` ${type}` : ''}`;
  }

  enterpriseName(id) {
    const e = this.enterprises.find((x) => x.id === id);
    return e ? localName(e, id) : id;
  }

  render() {
    if (!this.data || this.root.hidden) return;
    const rows = [[tr('kpi.park'), this.data.park, tr('kpi.park')], ...Object.entries(this.data.enterprises || {})
      .map(([id, k]) => [this.enterpriseName(id), k, id])];
    const num = (v) => (typeof v === 'number' ? formatNumber(v, 2) : '');
    const cols = [
      ['kpi.activations', (k) => num(k.activations)], ['kpi.perTen', (k) => num(k.perTenMinutes)],
      ['kpi.maxTen', (k) => num(k.maxInTenMinutes)], ['kpi.perDay', (k) => num(k.perDay)],
      ['kpi.floods', (k) => num(k.floods.length)], ['kpi.floodPct', (k) => num(k.floodIntervalPct)],
      ['kpi.chattering', (k) => num(k.chattering.length)], ['kpi.fleeting', (k) => num(k.fleeting.length)],
      ['kpi.stale', (k) => num(k.stale.length)], ['kpi.top10Share', (k) => num(k.top10SharePct)],
    ];
    const chartEl = h('div', { class: 'kpi-chart' });
    const park = this.data.park;
    replaceChildren(this.root,
      h('header', {}, h('h2', {}, tr('kpi.title')),
        h('button', { type: 'button', class: 'close', title: tr('kpi.close'), onclick: () => { location.hash = ''; } }, '×')),
      h('table', { class: 'kpi-table' },
        h('thead', {}, h('tr', {}, h('th', {}, tr('kpi.enterprise')), cols.map(([k]) => h('th', {}, tr(k))))),
        h('tbody', {}, rows.map(([name, k, scope]) => h('tr', { dataset: { scope } }, h('td', {}, name),
          cols.map(([key, f]) => h('td', { dataset: { kpi: key } }, f(k))))))),
      h('h3', {}, tr('kpi.top10')),
      h('ol', { class: 'kpi-top' }, park.top10.map((c) => h('li', { title: c.alarmId, dataset: { alarmId: c.alarmId } },
        `${this.alarmName(c.alarmId)} · ${c.count} (${formatNumber(c.sharePct, 1)} %)`))),
      h('h3', {}, tr('kpi.priority')), chartEl);
    this.root.dataset.activations = String(park.activations);
    loadEcharts().then((echarts) => {
      if (this.chart) this.chart.dispose();
      this.chart = echarts.init(chartEl, null, { renderer: 'canvas' });
      this.chart.setOption({
        animation: false, grid: { left: 40, right: 10, top: 10, bottom: 24 },
        xAxis: { type: 'category', data: PRIORITIES.map((p) => tr(`priority.${p}`)) },
        yAxis: { type: 'value', minInterval: 1 },
        series: [{ type: 'bar', data: PRIORITIES.map((p) => ({ value: park.priorityCounts[p] || 0, itemStyle: { color: COLOURS[p] } })) }],
      });
    }).catch((e) => { chartEl.textContent = e.message; });
  }
}
