/**
 * The logistics panel of the big screen (issue 16): the tonnage of each chemical on the move inside the park (from
 * the waybills of the hazmat trucks inside the fence) and today's top five chemicals by tonnage, as the daily duty
 * report asks; from `api/logistics/tonnage` every {@link REFRESH_MS} ms. It sits over a corner of the map so the grid of
 * the other panels stays as it is. `data-count` is the number of chemicals on the move; `data-tonnes` their sum.
 */
import { getJson } from '../api.js';
import { h, replaceChildren } from '../ui/dom.js';
import { formatNumber } from '../format.js';
import { lang } from '../i18n/index.js';
import { tr } from './i18n.js';
import { markReady } from './alarm-panels.js';

const REFRESH_MS = 10000;


function rows(list, withTrucks) {
  if (!list.length) return [h('tr', {}, h('td', { class: 'none', colspan: '3', text: tr('logi.none') }))];
  return list.map((c) => h('tr', { dataset: { cas: c.cas } },
    h('td', { class: 'chem', text: (lang() === 'en' && c.nameEn) || c.chemicalZh || c.unNumber || '' }),
    h('td', { class: 'num', text: tr('logi.tonnes', { t: formatNumber(c.tonnes, 1) }) }),
    h('td', { class: 'num', text: withTrucks ? tr('logi.trucks', { n: formatNumber(c.trucks, 0) }) : '' })));
}

/** Fills the section; returns the panel handle the screen re-renders on a language change. */
export function logisticsPanel(section) {
  let data = null;
  const render = () => {
    const moving = (data && data.onTheMove) || [];
    const top = (data && data.todayTop) || [];
    const total = moving.reduce((s, c) => s + c.tonnes, 0);
    replaceChildren(section,
      h('h2', {}, h('span', { text: tr('logi.title') }), h('span', { class: 'total', text: tr('logi.total', { t: formatNumber(total, 1) }) })),
      h('h3', { text: tr('logi.onTheMove') }), h('table', { class: 'logi' }, rows(moving, true)),
      h('h3', { text: tr('logi.today') }), h('table', { class: 'logi top' }, rows(top, false)));
    if (data) markReady(section, moving.length, { tonnes: formatNumber(total, 1) });
  };
  const load = () => getJson('api/logistics/tonnage').then((d) => { data = d; render(); }).catch(() => {});
  render();
  load();
  setInterval(load, REFRESH_MS);
  return { rerender: render };
}
