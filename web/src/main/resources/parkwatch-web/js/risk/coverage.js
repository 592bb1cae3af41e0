/**
 * The QRA's coverage table (issue 12: nothing is left out silently): which chemicals contributed, with their
 * outcome types and installation counts, and which were left out with the server's reason, plus the number of
 * outcomes by effect and by release kind. Chemical names come from the chemicals catalogue (zh/en), effect and
 * release kinds from the dictionary; all text is inserted as text.
 */
import { lang } from '../i18n/index.js';
import { h } from '../ui/dom.js';
import { tr } from './i18n.js';

/** "name" of a chemical id in the page language, the id itself when the catalogue lacks it. */
function chemicalName(names, id) {
  const c = names.get(id);
  if (!c) return id;
  return (lang() === 'en' ? c.nameEn : c.nameZh) || c.nameZh || id;
}

const word = (prefix, id) => {
  const key = `${prefix}.${id}`;
  const text = tr(key);
  return text === key ? id : text;
};

/** Groups coverage entries by chemical: {chemical, count, effects:Set, reasons:Map(code → text)}. */
function byChemical(entries, reasonText) {
  const groups = new Map();
  for (const e of entries) {
    const g = groups.get(e.chemical) || { chemical: e.chemical, count: 0, effects: new Set(), reasons: new Map() };
    g.count += 1;
    (e.effects || []).forEach((x) => g.effects.add(x));
    if (e.code) g.reasons.set(e.code, reasonText(e));
    groups.set(e.chemical, g);
  }
  return [...groups.values()];
}

/**
 * @param scenarios inputs.scenarios of a run: {byEffect, byRelease, coverage: {contributed, leftOut}}
 * @param names Map of chemical id → {nameZh, nameEn}
 */
export function coverageSection(scenarios, names) {
  if (!scenarios || !scenarios.coverage) return '';
  const reasonText = (e) => (lang() === 'en' ? e.en : e.zh);
  const en = lang() === 'en';
  const fmt = new Intl.NumberFormat(en ? 'en' : 'zh-CN');
  const sep = en ? ', ' : '，';
  const listSep = en ? ', ' : '、';
  const included = byChemical(scenarios.coverage.contributed, reasonText);
  const left = byChemical(scenarios.coverage.leftOut, reasonText);
  const counts = (obj, prefix) => Object.entries(obj || {})
    .map(([k, n]) => `${word(prefix, k)} ${fmt.format(n)}`).join(sep);
  const table = (rows, last, cell) => h('table', { class: 'risk-table' },
    h('thead', {}, h('tr', {}, ...['chemical', 'installations', last].map((k) => h('th', {}, tr(`risk.col.${k}`))))),
    h('tbody', {}, ...rows.map((g) => h('tr', { dataset: { coverageChemical: g.chemical } },
      h('td', {}, chemicalName(names, g.chemical)), h('td', { class: 'num' }, fmt.format(g.count)), h('td', {}, cell(g))))));
  return h('section', { class: 'risk-coverage', dataset: { coverageIn: String(included.length), coverageOut: String(left.length) } },
    h('h4', {}, tr('risk.coverage')),
    h('p', { class: 'risk-note' }, tr('risk.coverage.scenarios', { list: counts(scenarios.byEffect, 'risk.effect') })),
    h('p', { class: 'risk-note' }, counts(scenarios.byRelease, 'risk.release')),
    h('h5', {}, tr('risk.coverage.in')),
    table(included, 'effects', (g) => [...g.effects].map((x) => word('risk.effect', x)).join(listSep)),
    h('h5', {}, tr('risk.coverage.out')),
    left.length ? table(left, 'reason', (g) => [...g.reasons.values()].join(en ? '; ' : '；'))
      : h('p', { class: 'risk-note' }, tr('risk.coverage.allIn')));
}
