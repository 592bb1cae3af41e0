/**
 * ECharts on the big screen: one dark chart per panel, text sized from the root font size (which scales with the
 * viewport, so 4K gets 4K-sized labels), and every chart resized and re-rendered after the window changes size.
 */
import { loadEcharts } from '../vendor.js';

const panels = new Set();
let resizeBound = false;

/** The root font size in px: the unit every chart's text and spacing is measured in. */
export function rem(factor = 1) {
  return factor * parseFloat(getComputedStyle(document.documentElement).fontSize);
}

/** Shared option parts: transparent background, scaled text. */
export function baseOption() {
  return {
    backgroundColor: 'transparent',
    textStyle: { fontSize: rem(0.8), color: '#cfe3ff' },
    animation: false,
  };
}

/**
 * Creates a chart in `el`; `render(chart)` sets its option and is called again after a resize or language change.
 * @returns {Promise<{chart, rerender: Function}>}
 */
export async function createChart(el, render) {
  const echarts = await loadEcharts();
  const chart = echarts.init(el, 'dark', { renderer: 'canvas' });
  const panel = { chart, rerender: () => { render(chart); } };
  panels.add(panel);
  panel.rerender();
  if (!resizeBound) {
    resizeBound = true;
    let timer = null;
    window.addEventListener('resize', () => {
      clearTimeout(timer);
      timer = setTimeout(() => panels.forEach((p) => { p.chart.resize(); p.rerender(); }), 150);
    });
  }
  return panel;
}
