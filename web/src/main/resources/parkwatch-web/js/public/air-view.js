/**
 * Air quality on the public display: the park-wide and each station's AQI per HJ 633-2012 (the number on its level
 * colour, the category and 首要污染物, as GET /api/public/air computes them), the pollutant readings, and the 24 h
 * trend of park averages as an ECharts line chart.
 */
import { loadEcharts } from '../vendor.js';
import { localName, lang } from '../i18n/index.js';
import { h, replaceChildren } from '../ui/dom.js';
import { tr, hourMinute } from './i18n.js';

const LINE_COLOURS = ['#4e79a7', '#f28e2b', '#59a14f', '#e15759', '#76b7b2', '#b07aa1'];

function remPx(f) {
  return f * parseFloat(getComputedStyle(document.documentElement).fontSize);
}

export class AirView {
  constructor(section) {
    this.section = section;
    this.stations = section.querySelector('.stations');
    this.chartEl = section.querySelector('.air-trend');
    this.chart = null;
    this.air = null;
    window.addEventListener('resize', () => { if (this.chart) { this.chart.resize(); this.render(); } });
  }

  update(data) {
    this.air = data.air;
    this.render();
  }

  async shown() {
    if (!this.chart) {
      const echarts = await loadEcharts();
      this.chart = echarts.init(this.chartEl);
    }
    this.chart.resize();
    this.render();
  }

  render() {
    const air = this.air;
    if (!air || air.status !== 'ok') return;
    const primary = (a) => (a.primary.length ? a.primary.map((p) => (lang() === 'en' ? p.nameEn : p.nameZh)).join('、')
      : tr('air.primaryNone'));
    const aqi = (a) => (a
      ? h('span', { class: 'aqi', dataset: { aqi: String(a.aqi), aqiLevel: a.level } },
        h('span', { class: 'aqi-chip', style: `background:${a.colour};color:${['IV', 'V', 'VI'].includes(a.level) ? '#fff' : '#111'}`,
          text: String(a.aqi) }),
        h('span', { class: 'level', text: lang() === 'en' ? a.categoryEn : `${a.levelZh}（${a.categoryZh}）` }),
        h('span', { class: 'primary', text: `${tr('air.primary')}：${primary(a)}` }))
      : h('span', { class: 'aqi', dataset: { aqiLevel: 'none' } }, h('span', { class: 'level', text: tr('air.level.none') })));
    const readings = (list) => h('span', { class: 'readings' }, list.map((r) => h('span', { class: 'reading',
      dataset: { level: r.level } }, h('b', { text: r.label }), ` ${r.value === null ? '—' : r.value}`)));
    replaceChildren(this.stations,
      h('li', { class: 'station park', dataset: { level: air.level } }, h('span', { class: 'name', text: tr('air.park') }),
        aqi(air.aqi), readings(air.park)),
      air.stations.map((s) => h('li', { class: 'station', dataset: { level: s.level } },
        h('span', { class: 'name', text: localName(s) }), aqi(s.aqi), readings(s.readings))),
      air.aqi ? h('li', { class: 'aqi-note', text: lang() === 'en' ? air.aqi.noteEn : air.aqi.noteZh }) : '');
    this.section.dataset.state = 'ready';
    this.section.dataset.count = String(air.stations.length);
    if (!this.chart) return;
    const hours = air.trend.hours.map((ms) => hourMinute(ms, lang()));
    this.chart.setOption({
      animation: false, textStyle: { fontSize: remPx(0.9) },
      legend: { top: 0, textStyle: { fontSize: remPx(0.9) } },
      grid: { left: remPx(3), right: remPx(1.5), top: remPx(2.5), bottom: remPx(2) },
      xAxis: { type: 'category', data: hours, axisLabel: { fontSize: remPx(0.8), interval: 3 } },
      yAxis: { type: 'value', axisLabel: { fontSize: remPx(0.8) } },
      series: air.trend.series.map((s, i) => ({ type: 'line', name: s.label, data: s.values, connectNulls: false,
        showSymbol: true, symbolSize: remPx(0.5), lineStyle: { width: remPx(0.15) },
        itemStyle: { color: LINE_COLOURS[i % LINE_COLOURS.length] } })),
    }, true);
  }
}
