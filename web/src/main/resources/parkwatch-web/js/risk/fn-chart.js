/**
 * The F–N chart: ECharts with log–log axes, the curve as a step line, the two criterion lines F = F1·N^slope and the
 * three zones (unacceptable above the upper line in red, ALARP between on the chart's pale background, acceptable
 * below the lower line in green). The container carries `data-fn-points` = number of curve points drawn.
 */
import { loadEcharts } from '../vendor.js';
import { tr } from './i18n.js';

function decadeAbove(x) {
  return 10 ** Math.ceil(Math.log10(x));
}

export class FnChart {
  constructor(container) {
    this.container = container;
    this.chart = null;
    this.data = null;
    this.ready = loadEcharts().then((echarts) => {
      this.chart = echarts.init(container, null, { renderer: 'canvas' });
      this.draw();
    }).catch((e) => { container.textContent = e.message; });
  }

  /** @param fn the body of GET /api/risk/fn */
  set(fn) {
    this.data = fn;
    this.draw();
  }

  draw() {
    if (!this.chart || !this.data) return;
    const fn = this.data;
    const points = fn.points.map((p) => [p.n, p.f]);
    const maxN = Math.max(1000, decadeAbove(Math.max(1, ...fn.points.map((p) => p.n)) * 1.01));
    const { upperFAtN1, lowerFAtN1, slope } = fn.lines;
    const line = (f1) => [1, maxN].map((n) => [n, f1 * n ** slope]);
    const minF = Math.min(lowerFAtN1 * maxN ** slope, ...fn.points.map((p) => p.f)) / 10;
    const maxF = Math.max(upperFAtN1 * 10, ...fn.points.map((p) => p.f * 10));
    this.chart.setOption({
      animation: false,
      grid: { left: 76, right: 16, top: 36, bottom: 48, backgroundColor: '#fff8e1', show: true, containLabel: false },
      legend: { top: 0, textStyle: { fontSize: 11 } },
      tooltip: { trigger: 'item', formatter: (p) => `N ≥ ${Number(p.value[0]).toPrecision(3)}: F = ${Number(p.value[1]).toExponential(2)} ${tr('risk.perYear')}` },
      xAxis: { type: 'log', min: 1, max: maxN, name: tr('risk.fn.n'), nameLocation: 'middle', nameGap: 28, nameTextStyle: { fontSize: 11 } },
      yAxis: { type: 'log', min: 10 ** Math.floor(Math.log10(minF)), max: 10 ** Math.ceil(Math.log10(maxF)),
        name: tr('risk.fn.f'), nameLocation: 'middle', nameGap: 58, nameTextStyle: { fontSize: 11 },
        axisLabel: { formatter: (v) => Number(v).toExponential(0) } },
      series: [
        { name: tr('risk.fn.upper'), type: 'line', data: line(upperFAtN1), symbol: 'none',
          lineStyle: { color: '#c0392b', type: 'dashed' }, areaStyle: { origin: 'end', color: 'rgba(192, 57, 43, 0.12)' } },
        { name: tr('risk.fn.lower'), type: 'line', data: line(lowerFAtN1), symbol: 'none',
          lineStyle: { color: '#27ae60', type: 'dashed' }, areaStyle: { origin: 'start', color: 'rgba(39, 174, 96, 0.12)' } },
        { name: tr('risk.fn.curve'), type: 'line', step: 'start', data: points, symbolSize: 4,
          lineStyle: { color: '#1f2d3d', width: 2 }, itemStyle: { color: '#1f2d3d' } },
      ],
    }, true);
    this.container.dataset.fnPoints = String(points.length);
  }

  resize() {
    if (this.chart) this.chart.resize();
  }
}
