/**
 * The trend panel: the history of one tag from GET /api/history (1 h / 24 h / 7 d, downsampled server-side to
 * ~500 buckets) as an average line inside a min–max band, zoomable with ECharts' dataZoom. When the history
 * service is not there (404, no answer) the panel says so instead of failing.
 */
import { loadEcharts } from '../vendor.js';
import { api } from '../api.js';
import { t, localName } from '../i18n/index.js';
import { h, replaceChildren } from '../ui/dom.js';
import { decimalsFor, displayUnit, formatDateTime } from '../format.js';

export const RANGES_MS = { '1h': 3600_000, '24h': 86400_000, '7d': 7 * 86400_000 };
const BUCKETS = 500;

export class HistoryPanel {
  constructor(section, store) {
    this.section = section;
    this.store = store;
    this.tag = null;
    this.range = '1h';
    this.chart = null;
    this.request = null;
    window.addEventListener('resize', () => { if (this.chart) this.chart.resize(); });
  }

  open(tag) {
    this.tag = tag;
    this.section.hidden = false;
    this.render();
    this.load();
  }

  close() {
    this.section.hidden = true;
    if (this.request) this.request.abort();
    if (this.chart) { this.chart.dispose(); this.chart = null; }
  }

  /** Rebuilds the panel's frame (title, buttons) in the current language. */
  render() {
    if (this.section.hidden || !this.tag) return;
    const buttons = Object.keys(RANGES_MS).map((range) => h('button', {
      type: 'button', class: range === this.range ? 'range active' : 'range', dataset: { range },
      onclick: () => { this.range = range; this.render(); this.load(); },
    }, t(`trend.range.${range}`)));
    if (this.chart) { this.chart.dispose(); this.chart = null; }
    this.status = h('div', { class: 'trend-status' });
    this.chartEl = h('div', { class: 'trend-chart' });
    replaceChildren(this.section,
      h('header', {},
        h('h2', {}, `${t('trend.history')} · ${localName(this.tag, this.tag.id)}`),
        h('span', { class: 'ranges' }, buttons),
        h('button', { type: 'button', class: 'close', title: t('popup.close'), onclick: () => this.close() }, '×')),
      this.status, this.chartEl);
    if (this.lastData) this.draw(this.lastData);
  }

  async load() {
    if (this.request) this.request.abort();
    const request = (this.request = new AbortController());
    const to = this.store.nowMs();
    this.lastData = null;
    this.status.textContent = t('trend.loading');
    try {
      const data = await api.history(this.tag.id, to - RANGES_MS[this.range], to, BUCKETS, { signal: request.signal });
      if (request !== this.request) return;
      this.lastData = data;
      this.status.textContent = data.points?.length ? '' : t('trend.noData');
      await this.draw(data);
    } catch (e) {
      if (e.name === 'AbortError' || request !== this.request) return;
      this.status.textContent = e.notFound || e.kind === 'network' ? t('trend.unavailable') : e.message;
    }
  }

  async draw(data) {
    const echarts = await loadEcharts();
    if (this.section.hidden) return;
    if (!this.chart) this.chart = echarts.init(this.chartEl);
    const pts = data.points || [];
    const decimals = decimalsFor(this.tag.min, this.tag.max);
    const fmt = (x) => (Number.isFinite(x) ? x.toFixed(decimals) : '—');
    const band = t('trend.band');
    this.chart.setOption({
      animation: false,
      color: ['#0b3f7a', '#4a9fd8', '#4a9fd8'],
      tooltip: {
        trigger: 'axis',
        // Only numbers and our own labels go into this HTML: no tag or feature names.
        formatter: (params) => {
          const p = pts[params[0]?.dataIndex];
          if (!p) return '';
          return `${formatDateTime(p.t)}<br>${t('trend.avg')} ${fmt(p.avg)}<br>`
            + `${t('trend.min')} ${fmt(p.min)} · ${t('trend.max')} ${fmt(p.max)}`;
        },
      },
      legend: { data: [t('trend.avg'), band], top: 0 },
      grid: { left: 56, right: 24, top: 30, bottom: 70 },
      xAxis: { type: 'time' },
      yAxis: { type: 'value', scale: true, name: displayUnit(this.tag.unit) },
      dataZoom: [{ type: 'inside' }, { type: 'slider', bottom: 16 }],
      series: [
        { name: t('trend.min'), type: 'line', showSymbol: false, stack: 'band', lineStyle: { opacity: 0 },
          data: pts.map((p) => [p.t, p.min]) },
        { name: band, type: 'line', showSymbol: false, stack: 'band', lineStyle: { opacity: 0 },
          areaStyle: { color: 'rgba(74,159,216,0.3)' }, data: pts.map((p) => [p.t, p.max - p.min]) },
        { name: t('trend.avg'), type: 'line', showSymbol: false, data: pts.map((p) => [p.t, p.avg]),
          lineStyle: { width: 1.5 } },
      ],
    }, true);
  }
}
