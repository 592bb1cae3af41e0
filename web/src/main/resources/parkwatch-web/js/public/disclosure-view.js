/**
 * Environmental information disclosure (环境信息公开) on the public display: the AQI of the park and of each station
 * (HJ 633-2012, the same numbers as the air view, from GET /api/public/air), the exceedances of the day and of the
 * month by monitoring place and limit, and each enterprise's discharge permit (排污许可证) with its state and validity
 * (GET /api/public/disclosure). No inventories, no permit numbers, no ids: the server sends none.
 * Hooks: `[data-aqi]` on each AQI row, `.exceed-summary[data-today][data-month]`, `.permit[data-state]`.
 */
import { localName, lang } from '../i18n/index.js';
import { h, replaceChildren } from '../ui/dom.js';
import { tr, hourMinute, dayText } from './i18n.js';

const PERMIT_STATES = new Set(['valid', 'expiring', 'expired', 'not-yet-valid', 'none']);

export class DisclosureView {
  constructor(section) {
    this.section = section;
    this.aqiBody = section.querySelector('.disclosure-aqi tbody');
    this.summary = section.querySelector('.exceed-summary');
    this.exceedBody = section.querySelector('.disclosure-exceed tbody');
    this.permitBody = section.querySelector('.disclosure-permits tbody');
    this.air = null;
    this.disclosure = null;
  }

  update(data) {
    this.air = data.air;
    this.disclosure = data.disclosure;
    this.render();
  }

  shown() { this.render(); }

  render() {
    const air = this.air, d = this.disclosure;
    if (!air || air.status !== 'ok' || !d || d.status !== 'ok') return;
    const en = lang() === 'en';
    // row classes of their own: the air view's `.station` cards must not style these rows
    replaceChildren(this.aqiBody, aqiRow(tr('air.park'), air.aqi, 'whole-park'),
      air.stations.map((s) => aqiRow(localName(s), s.aqi, 'one-station')));

    const ex = d.exceedances;
    this.summary.dataset.today = String(ex.today);
    this.summary.dataset.month = String(ex.month);
    this.summary.textContent = tr('disclosure.summary', { today: ex.today, month: ex.month });
    replaceChildren(this.exceedBody, ex.lines.length
      ? ex.lines.map((l) => h('tr', { class: 'exceed-line' },
        h('td', { text: en ? l.placeEn : l.placeZh }),
        h('td', { text: en ? l.pollutantEn : l.pollutantZh }),
        h('td', { text: en ? l.averagingEn : l.averagingZh }),
        h('td', { text: en ? `${l.limit} (${l.standard})` : `${l.limit}（${l.standard}）` }),
        h('td', { class: 'num', text: String(l.today) }),
        h('td', { class: 'num', text: String(l.month) }),
        h('td', { text: `${dayText(isoDay(l.lastMs), lang(), true)} ${hourMinute(l.lastMs, lang())}` })))
      : h('tr', { class: 'none' }, h('td', { colspan: 7, text: tr('disclosure.noExceedance') })));

    replaceChildren(this.permitBody, d.permits.map((p) => {
      const state = PERMIT_STATES.has(p.state) ? p.state : 'none';
      const validity = p.validFrom && p.validUntil
        ? `${dayText(p.validFrom, lang())} — ${dayText(p.validUntil, lang())}` : '—';
      return h('tr', { class: 'permit', dataset: { state } },
        h('td', { text: localName(p) }),
        h('td', {}, h('span', { class: 'permit-state', text: tr(`disclosure.permit.${state}`) })),
        h('td', { class: 'validity', text: validity }));
    }));
    this.section.dataset.state = 'ready';
  }
}

function aqiRow(name, a, kind) {
  const primary = a && a.primary.length
    ? a.primary.map((p) => (lang() === 'en' ? p.nameEn : p.nameZh)).join('、') : tr('air.primaryNone');
  return h('tr', { class: `aqi-row ${kind}`, dataset: { aqi: a ? String(a.aqi) : '', aqiLevel: a ? a.level : 'none' } },
    h('td', { text: name }),
    h('td', {}, a ? h('span', { class: 'aqi-chip',
      style: `background:${a.colour};color:${['IV', 'V', 'VI'].includes(a.level) ? '#fff' : '#111'}`, text: String(a.aqi) })
      : tr('air.level.none')),
    h('td', { text: a ? (lang() === 'en' ? a.categoryEn : `${a.levelZh}（${a.categoryZh}）`) : '' }),
    h('td', { text: a ? primary : '' }));
}

/** The local calendar day of an instant as yyyy-mm-dd. */
function isoDay(ms) {
  const t = new Date(ms);
  const p = (n) => String(n).padStart(2, '0');
  return `${t.getFullYear()}-${p(t.getMonth() + 1)}-${p(t.getDate())}`;
}
