/**
 * Today's special work on the big screen (issue 15): the counts of 特级动火, 一级动火 and 受限空间 permits of today (the
 * server's figures: approved or later, window overlapping today in the park's time zone) and how many permits are active
 * now, from `api/work-permits/stats` every {@link REFRESH_MS} ms. It sits over the map's upper right corner so the grid
 * of the other panels stays as it is. Hooks: `data-hot-work-special`, `data-hot-work-level1`, `data-confined-space`,
 * `data-active-now` and `data-state="ready"` once loaded.
 */
import { getJson } from '../api.js';
import { h, replaceChildren } from '../ui/dom.js';
import { formatNumber } from '../format.js';
import { tr } from './i18n.js';
import { markReady } from './alarm-panels.js';

const REFRESH_MS = 30000;
const FIGURES = [['hotWorkSpecial', 'work.hotSpecial'], ['hotWorkLevel1', 'work.hot1'], ['confinedSpace', 'work.confined']];

/** Fills the section; returns the panel handle the screen re-renders on a language change. */
export function workPermitsPanel(section) {
  let today = null;
  const n = (k) => (today ? formatNumber(today[k] || 0, 0) : '—');
  const render = () => {
    replaceChildren(section, h('h2', {}, h('span', { text: tr('work.title') }),
      h('span', { class: 'total', text: today ? tr('work.active', { n: n('activeNow') }) : '' })),
    h('div', { class: 'work' },
      FIGURES.map(([k]) => h('span', { class: 'work-n', dataset: { figure: k }, text: n(k) })),
      FIGURES.map(([, key]) => h('span', { class: 'work-l', text: tr(key) }))));
    if (today) {
      markReady(section, FIGURES.reduce((s, [k]) => s + (today[k] || 0), 0),
        Object.fromEntries([...FIGURES.map(([k]) => [k]), ['activeNow']].map(([k]) => [k, String(today[k] || 0)])));
    }
  };
  const load = () => getJson('api/work-permits/stats').then((body) => { today = body.today || null; render(); }).catch(() => {});
  render();
  load();
  setInterval(load, REFRESH_MS);
  return { rerender: render };
}
