/**
 * The hazard detail's responsibility block (issue 15): the unit's three duties with their cycles and overdue flags,
 * and its newest checks, from `api/safety-duty/hazards/{unitId}`; nothing for a unit without duties on file.
 */
import { h } from '../ui/dom.js';
import { getJson } from '../api.js';
import { formatDateTime } from '../format.js';
import { tr } from './i18n.js';
import { dutyTable } from './views.js';

/** The unit's duties and checks, or null when the caller may not read them or none are on file. */
export function loadDuty(unitId) {
  return getJson(`api/safety-duty/hazards/${encodeURIComponent(unitId)}`).catch(() => null);
}

export function dutyBlock(duty) {
  if (!duty || !duty.duties.length) return null;
  return h('section', { class: 'hz-duty', id: 'hz-duty', dataset: { overdue: duty.overdue } },
    h('h4', { class: duty.overdue ? 'sd-alert' : '' }, duty.overdue ? tr('sd.hz.title', { n: duty.overdue }) : tr('sd.hz.titleOk')),
    dutyTable(duty.duties, false),
    h('h4', {}, tr('sd.checks')),
    duty.checks.length
      ? h('ul', { class: 'hz-checks' }, duty.checks.slice(0, 5).map((k) => h('li', {},
        `${formatDateTime(k.checkedMs)} · ${tr(`sd.role.${k.role}`)} ${k.person}：${k.findings}`)))
      : h('p', { class: 'risk-note' }, tr('sd.noChecks')));
}
