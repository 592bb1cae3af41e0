/**
 * The risk panel's tables: the GB 36894 target checks (violations first, as the server sorts them) with the
 * `[data-violation-count]` badge, and the relocation candidates with the targets they break and the attributed
 * excess. All text is inserted as text.
 */
import { localName } from '../i18n/index.js';
import { lang } from '../i18n/index.js';
import { h } from '../ui/dom.js';
import { tr } from './i18n.js';

const sci = (v) => Number(v).toExponential(2);

export function targetTable(targets) {
  const violations = targets.filter((t) => !t.acceptable).length;
  const limitKind = targets.length && targets[0].newFacility ? 'risk.limitKind.new' : 'risk.limitKind.inService';
  return h('section', { class: 'risk-targets' },
    h('h4', {}, tr('risk.targets'), ' ', h('span', { class: violations ? 'risk-badge bad' : 'risk-badge ok',
      dataset: { violationCount: String(violations) } }, tr('risk.violations', { n: violations }))),
    h('p', { class: 'risk-note' }, tr(limitKind)),
    h('table', { class: 'risk-table' },
      h('thead', {}, h('tr', {}, ...['target', 'class', 'ir', 'limit', 'excess', 'result']
        .map((k) => h('th', {}, tr(`risk.col.${k}`))))),
      h('tbody', {}, ...targets.map((t) => h('tr', { class: t.acceptable ? '' : 'risk-violation', dataset: { targetId: t.id } },
        h('td', {}, localName(t, t.id)),
        h('td', {}, lang() === 'en' ? t.protectionEn : t.protectionZh),
        h('td', { class: 'num' }, sci(t.irPerYear)),
        h('td', { class: 'num' }, sci(t.limitPerYear)),
        h('td', { class: 'num' }, Number(t.excessRatio).toFixed(2)),
        h('td', {}, tr(t.acceptable ? 'risk.pass' : 'risk.fail')))))));
}

export function relocationTable(relocation, targets) {
  const names = new Map(targets.map((t) => [t.id, localName(t, t.id)]));
  const body = relocation.candidates.length === 0 ? h('p', { class: 'risk-note' }, tr('risk.reloc.none'))
    : h('table', { class: 'risk-table' },
      h('thead', {}, h('tr', {}, ...['enterprise', 'targets', 'attributed', 'sole'].map((k) => h('th', {}, tr(`risk.col.${k}`))))),
      h('tbody', {}, ...relocation.candidates.map((c) => h('tr', { dataset: { enterpriseId: c.enterpriseId } },
        h('td', {}, c.enterpriseId),
        h('td', {}, c.violatedTargets.map((id) => names.get(id) || id).join('、')),
        h('td', { class: 'num' }, sci(c.attributedExcessPerYear)),
        h('td', {}, c.soleCauseTargets.map((id) => names.get(id) || id).join('、'))))));
  return h('section', { class: 'risk-relocation' }, h('h4', {}, tr('risk.relocation')), body);
}
