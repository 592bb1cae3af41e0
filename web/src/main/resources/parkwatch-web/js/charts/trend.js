/**
 * The live trend in the popup: an ECharts line of the values one tag had on the socket over the last minutes,
 * with its alarm limits as dashed lines. Redraws at most twice a second however fast values arrive.
 */
import { loadEcharts } from '../vendor.js';
import { t, localName } from '../i18n/index.js';
import { displayUnit } from '../format.js';

const REDRAW_MS = 500;
const LIMIT_COLOURS = { hh: '#d62728', h: '#f39c12', l: '#f39c12', ll: '#d62728' };

export class LiveTrend {
  constructor(container, store) {
    this.container = container;
    this.store = store;
    this.tag = null;
    this.chart = null;
    this.pending = null;
    this.disposed = false;
    loadEcharts().then((echarts) => {
      if (this.disposed) return;
      this.chart = echarts.init(container, null, { renderer: 'canvas' });
      this.redraw();
    }).catch((e) => { container.textContent = e.message; });
  }

  show(tag) {
    this.tag = tag;
    this.redraw();
  }

  /** Asks for a redraw, coalesced to one per REDRAW_MS. */
  refresh() {
    if (this.pending || !this.chart) return;
    this.pending = setTimeout(() => { this.pending = null; this.redraw(); }, REDRAW_MS);
  }

  redraw() {
    if (!this.chart || !this.tag || this.disposed) return;
    const tag = this.tag;
    const points = this.store.trend(tag.id).slice();
    // A value that has not changed (deadband) still holds now: draw it up to the present.
    const now = this.store.nowMs();
    if (points.length && !tag.stale && tag.q !== 'bad' && points[points.length - 1][0] < now) points.push([now, points[points.length - 1][1]]);
    const limits = tag.limits || {};
    const markData = Object.keys(LIMIT_COLOURS).filter((k) => Number.isFinite(limits[k]))
      .map((k) => ({ yAxis: limits[k], name: k.toUpperCase(), lineStyle: { color: LIMIT_COLOURS[k] } }));
    this.chart.setOption({
      animation: false,
      title: { text: `${t('trend.live', { n: Math.round(this.store.trendWindowMs / 60000) })}  ${displayUnit(tag.unit)}`, left: 0, textStyle: { fontSize: 12 } },
      grid: { left: 48, right: 16, top: 28, bottom: 24 },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'time', axisLabel: { hideOverlap: true } },
      yAxis: { type: 'value', scale: true },
      graphic: points.length ? [] : [{ type: 'text', left: 'center', top: 'middle', style: { text: t('trend.noData'), fill: '#888' } }],
      series: [{
        name: localName(tag, tag.id), type: 'line', showSymbol: false, data: points,
        lineStyle: { width: 1.5 }, markLine: { symbol: 'none', silent: true, data: markData, label: { formatter: '{b}' } },
      }],
    }, { replaceMerge: ['graphic'] });
  }

  resize() {
    if (this.chart) this.chart.resize();
  }

  dispose() {
    this.disposed = true;
    clearTimeout(this.pending);
    if (this.chart) this.chart.dispose();
  }
}
