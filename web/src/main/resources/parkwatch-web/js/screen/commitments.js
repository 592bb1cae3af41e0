/**
 * The daily safety commitment panel of the big screen (issue 15, 安全承诺公告): today's on-time rate (declared by the
 * deadline / enterprises) with the on-time, late and missing counts, from `api/safety-duty/summary` every
 * {@link REFRESH_MS} ms. It sits over the map's upper right corner like the logistics panel over the lower left.
 * `data-rate` is the rate in percent; `data-count` the enterprises that declared (on time or late).
 */
import { getJson } from '../api.js';
import { h, replaceChildren } from '../ui/dom.js';
import { formatNumber } from '../format.js';
import { tr } from './i18n.js';
import { markReady } from './alarm-panels.js';

const REFRESH_MS = 10000;

/** Fills the section; returns the panel handle the screen re-renders on a language change. */
export function commitmentPanel(section) {
  let data = null;
  const render = () => {
    const c = data && data.commitments;
    replaceChildren(section,
      h('h2', {}, h('span', { text: tr('commit.title') }),
        h('span', { class: 'total', id: 'screen-commit-rate', text: c ? tr('commit.rate', { rate: formatNumber(c.ratePercent, 1) }) : '' })),
      c ? h('p', { class: 'commit-detail', text: tr('commit.detail', { on: c.onTime, late: c.late, missing: c.missing, n: c.enterprises }) }) : null);
    if (c) markReady(section, c.onTime + c.late, { rate: String(c.ratePercent) });
  };
  const load = () => getJson('api/safety-duty/summary').then((d) => { data = d; render(); }).catch(() => {});
  render();
  load();
  setInterval(load, REFRESH_MS);
  return { rerender: render };
}
