/**
 * Today's special work on the big screen (issue 15): the counts of 特级动火, 一级动火 and 受限空间 permits whose window
 * touches today, each with how many are in progress now, from `api/work-permits` every {@link REFRESH_MS} ms. It sits
 * over the map's upper right corner so the grid of the other panels stays as it is. Hooks: `data-hot-special`,
 * `data-hot1`, `data-confined` (today's counts) and `data-state="ready"` once loaded.
 */
import { getJson } from '../api.js';
import { h, replaceChildren } from '../ui/dom.js';
import { formatNumber } from '../format.js';
import { tr } from './i18n.js';
import { markReady } from './alarm-panels.js';

const REFRESH_MS = 30000;
const GROUPS = [
  { key: 'hotSpecial', attr: 'hotSpecial', test: (p) => p.kind === 'HOT_WORK' && p.level === 'special' },
  { key: 'hot1', attr: 'hot1', test: (p) => p.kind === 'HOT_WORK' && p.level === '1' },
  { key: 'confined', attr: 'confined', test: (p) => p.kind === 'CONFINED_SPACE' },
];

/** Today's counts per group: permits whose window overlaps today, and of those the ones in progress. */
export function todayCounts(permits, nowMs = Date.now()) {
  const start = new Date(nowMs);
  start.setHours(0, 0, 0, 0);
  const from = start.getTime();
  const to = from + 86400000;
  const today = permits.filter((p) => p.startMs < to && p.endMs > from);
  return Object.fromEntries(GROUPS.map((g) => {
    const list = today.filter(g.test);
    return [g.key, { n: list.length, active: list.filter((p) => p.state === 'IN_PROGRESS').length }];
  }));
}

/** Fills the section; returns the panel handle the screen re-renders on a language change. */
export function workPermitsPanel(section) {
  let counts = null;
  const render = () => {
    replaceChildren(section, h('h2', { text: tr('work.title') }),
      h('div', { class: 'work' },
        GROUPS.map((g) => h('span', { class: 'work-n', dataset: { kind: g.key }, text: counts ? formatNumber(counts[g.key].n, 0) : '—' })),
        GROUPS.map((g) => h('span', { class: 'work-l', text: tr(`work.${g.key}`) })),
        GROUPS.map((g) => h('span', { class: 'work-a', text: counts ? tr('work.active', { n: formatNumber(counts[g.key].active, 0) }) : '' }))));
    if (counts) {
      markReady(section, GROUPS.reduce((s, g) => s + counts[g.key].n, 0),
        Object.fromEntries(GROUPS.map((g) => [g.attr, String(counts[g.key].n)])));
    }
  };
  const day = () => {
    const d = new Date();
    d.setHours(0, 0, 0, 0);
    return d.getTime();
  };
  const load = () => getJson(`api/work-permits?from=${day()}&to=${day() + 86400000}`)
    .then((body) => { counts = todayCounts(Array.isArray(body) ? body : body.permits || []); render(); })
    .catch(() => {});
  render();
  load();
  setInterval(load, REFRESH_MS);
  return { rerender: render };
}
