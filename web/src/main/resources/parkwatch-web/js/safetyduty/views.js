/**
 * The three views of the safety-duty panel as DOM built from text: today's commitments (park list or the enterprise's
 * declaration form), major-hazard responsibility with overdue flags, and the unit calendar.
 */
import { h } from '../ui/dom.js';
import { lang } from '../i18n/index.js';
import { formatDateTime, formatDay, formatTime, formatNumber, uiLocale } from '../format.js';
import { tr } from './i18n.js';

/** Epoch ms as a short day and 24-hour minute ("12月5日 23:02" / "5 Dec, 23:02"), for the calendar's columns. */
const shortTime = (ms) => (Number.isFinite(ms) ? new Intl.DateTimeFormat(uiLocale(),
  { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(ms)) : '…');

export const enterpriseOf = (o) => (lang() === 'en' ? o.enterpriseEn : o.enterpriseZh) || '';
export const unitOf = (o) => (lang() === 'en' ? o.unitEn : o.unitZh) || '';
/** Text in brackets the language's way: full-width in Chinese. */
const paren = (text) => (lang() === 'en' ? ` (${text})` : `（${text}）`);
const yesNo = (b) => (b === undefined || b === null ? tr('sd.none') : tr(b ? 'sd.yes' : 'sd.no'));
const workText = (w) => Object.entries(w || {}).filter(([, n]) => n > 0)
  .map(([k, n]) => `${tr(`sd.work.${k}`)} ${formatNumber(n, 0)}`).join('、') || tr('sd.none');

/** Today's rows with the rate; `form` (or null) goes under the table. */
export function commitmentsView(today, form) {
  const s = today.summary;
  return h('div', { class: 'sd-commitments', dataset: { rate: s.ratePercent } },
    h('p', { class: 'sd-day' }, tr('sd.day', { day: formatDay(today.day), deadline: today.deadline })),
    h('p', { class: 'sd-rate', id: 'sd-rate' }, tr('sd.rate', { rate: formatNumber(s.ratePercent, 1), on: s.onTime,
      n: s.enterprises, late: s.late, missing: s.missing, pending: s.pending })),
    h('table', { class: 'risk-table sd-table', id: 'sd-commitment-table' },
      h('thead', {}, h('tr', {}, ['enterprise', 'state', 'declaredAt', 'units', 'hazards', 'work', 'startStop', 'turnaround',
        'safe', 'responsible'].map((k) => h('th', {}, tr(`sd.${k}`))))),
      h('tbody', {}, today.rows.map((r) => h('tr', { class: `sd-${r.state}`, dataset: { enterprise: r.enterpriseId, state: r.state } },
        h('td', {}, enterpriseOf(r)),
        h('td', { class: 'sd-state' }, tr(`sd.state.${r.state}`)),
        h('td', {}, r.declaredMs ? formatTime(r.declaredMs) : tr('sd.none')),
        h('td', { class: 'num' }, r.declaredMs ? `${r.unitsRunning}/${r.unitsStopped}` : tr('sd.none')),
        h('td', {}, r.declaredMs ? yesNo(r.hazardsControlled) : tr('sd.none')),
        h('td', {}, r.declaredMs ? workText(r.specialWork) : tr('sd.none')),
        h('td', { class: 'num' }, r.declaredMs ? `${r.startups}/${r.shutdowns}` : tr('sd.none')),
        h('td', {}, r.declaredMs ? yesNo(r.turnaround) : tr('sd.none')),
        h('td', {}, yesNo(r.safeState)),
        h('td', {}, r.responsible || tr('sd.none')))))),
    form);
}

/** The enterprise's declaration form; `submit(body)` returns a promise. */
export function commitmentForm(kinds, submit) {
  const num = (name, label) => h('label', {}, label, h('input', { name, type: 'number', min: '0', max: '1000', step: '1', value: '0' }));
  const box = (name, label, checked) => h('label', { class: 'sd-check' }, h('input', { name, type: 'checkbox', checked }), label);
  const form = h('form', { class: 'sd-form', id: 'sd-commitment-form' },
    h('h4', {}, tr('sd.form.title')),
    h('div', { class: 'sd-grid' }, num('unitsRunning', tr('sd.form.running')), num('unitsStopped', tr('sd.form.stopped')),
      num('startups', tr('sd.form.startups')), num('shutdowns', tr('sd.form.shutdowns'))),
    h('div', { class: 'sd-grid' }, kinds.map((k) => num(`work.${k}`, tr(`sd.work.${k}`)))),
    box('hazardsControlled', tr('sd.form.hazards'), true), box('turnaround', tr('sd.form.turnaround'), false),
    box('safeState', tr('sd.form.safe'), true),
    h('label', {}, tr('sd.responsible'), h('input', { name: 'responsible', size: 12, maxlength: 64, required: true })),
    h('button', { type: 'submit', class: 'risk-recompute', id: 'sd-declare' }, tr('sd.form.submit')));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const v = (n) => form.elements[n];
    const work = {};
    kinds.forEach((k) => { work[k] = Number(v(`work.${k}`).value || 0); });
    submit({ unitsRunning: Number(v('unitsRunning').value || 0), unitsStopped: Number(v('unitsStopped').value || 0),
      startups: Number(v('startups').value || 0), shutdowns: Number(v('shutdowns').value || 0), specialWork: work,
      hazardsControlled: v('hazardsControlled').checked, turnaround: v('turnaround').checked,
      safeState: v('safeState').checked, responsible: v('responsible').value });
  });
  return form;
}

/** Responsibility rows; overdue ones flagged. `form` (or null) under the table. */
export function dutiesView(data, overdueOnly, toggle, form) {
  const rows = data.duties.filter((d) => !overdueOnly || d.overdue);
  const overdue = data.duties.filter((d) => d.overdue).length;
  return h('div', { class: 'sd-duties' },
    h('p', { class: overdue ? 'sd-alert' : 'sd-rate', id: 'sd-overdue', dataset: { overdue } }, tr('sd.overdueCount', { n: overdue })),
    h('label', { class: 'sd-check' }, h('input', { type: 'checkbox', checked: overdueOnly, onchange: (e) => toggle(e.target.checked) }),
      tr('sd.onlyOverdue')),
    dutyTable(rows, true),
    h('p', { class: 'risk-note' }, tr('sd.source', { source: data.cycles.source, u: data.cycles.verified ? '' : tr('sd.unverified') })),
    form);
}

/** The duty table (also the hazard detail's block, without the unit column). */
export function dutyTable(duties, withUnit) {
  return h('table', { class: 'risk-table sd-table', id: withUnit ? 'sd-duty-table' : null },
    h('thead', {}, h('tr', {}, [...(withUnit ? ['enterprise', 'unit'] : []), 'role', 'person', 'lastCheck', 'due', 'state']
      .map((k) => h('th', {}, tr(`sd.${k}`))))),
    h('tbody', {}, duties.map((d) => h('tr', { class: d.overdue ? 'risk-violation' : '', dataset: { unit: d.unitId, role: d.role, overdue: d.overdue } },
      ...(withUnit ? [h('td', {}, enterpriseOf(d)), h('td', {}, unitOf(d))] : []),
      h('td', {}, `${tr(`sd.role.${d.role}`)}${paren(tr('sd.cycle', { d: d.periodDays }))}`),
      h('td', {}, d.person),
      h('td', {}, d.lastCheckMs ? shortTime(d.lastCheckMs) : tr('sd.never')),
      h('td', {}, shortTime(d.dueMs)),
      h('td', { class: d.overdue ? 'sd-bad' : 'sd-good' }, tr(d.overdue ? 'sd.overdue' : 'sd.ok'))))));
}

/** The enterprise's check form over its own duties. */
export function checkForm(duties, submit) {
  const duty = h('select', { name: 'duty' }, duties.map((d, i) => h('option', { value: String(i) },
    `${unitOf(d)} · ${tr(`sd.role.${d.role}`)} · ${d.person}`)));
  const findings = h('input', { name: 'findings', size: 30, maxlength: 1000, placeholder: tr('sd.check.findings'), required: true });
  const form = h('form', { class: 'sd-form lots-form', id: 'sd-check-form' }, h('h4', {}, tr('sd.check.title')), duty, findings,
    h('button', { type: 'submit', class: 'risk-recompute' }, tr('sd.check.submit')));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const d = duties[Number(duty.value)];
    submit({ unitId: d.unitId, role: d.role, findings: findings.value });
  });
  return form;
}

/** Units with their state now and the filings; `form` (or null) under them. */
export function calendarView(units, filings, form) {
  return h('div', { class: 'sd-calendar' },
    h('table', { class: 'risk-table sd-table', id: 'sd-unit-table' },
      h('thead', {}, h('tr', {}, ['enterprise', 'cal.unit', 'cal.state', 'cal.approver'].map((k) => h('th', {}, tr(`sd.${k}`))))),
      h('tbody', {}, units.map((u) => h('tr', { class: u.state === 'running' ? '' : 'sd-stopped', dataset: { unit: u.unitId, state: u.state } },
        h('td', {}, enterpriseOf(u)), h('td', {}, unitOf(u)),
        h('td', {}, u.alarmsSuppressed ? `${tr(`sd.unitState.${u.state}`)}${paren(tr('sd.cal.suppressed'))}` : tr(`sd.unitState.${u.state}`)),
        h('td', {}, u.filing ? u.filing.approver : tr('sd.cal.running')))))),
    h('h4', {}, tr('sd.cal.filings')),
    h('table', { class: 'risk-table sd-table', id: 'sd-filing-table' },
      h('thead', {}, h('tr', {}, ['enterprise', 'cal.unit', 'cal.kind', 'cal.planned', 'cal.actual', 'cal.approver'].map((k) => h('th', {}, tr(`sd.${k}`))))),
      h('tbody', {}, filings.map((f) => h('tr', { dataset: { filing: f.id } },
        h('td', {}, enterpriseOf(f)), h('td', {}, unitOf(f)), h('td', {}, tr(`sd.kind.${f.kind}`)),
        h('td', {}, `${shortTime(f.plannedStartMs)} ${tr('sd.cal.to')} ${shortTime(f.plannedEndMs)}`),
        h('td', {}, f.actualStartMs ? `${shortTime(f.actualStartMs)} ${tr('sd.cal.to')} ${shortTime(f.actualEndMs)}` : tr('sd.none')),
        h('td', {}, f.approver))))),
    form);
}

/** The enterprise's filing form over its own units. */
export function filingForm(units, submit) {
  const unit = h('select', { name: 'unitId' }, units.map((u) => h('option', { value: u.unitId }, unitOf(u))));
  const kind = h('select', { name: 'kind' }, ['shutdown', 'turnaround', 'startup'].map((k) => h('option', { value: k }, tr(`sd.kind.${k}`))));
  const start = h('input', { name: 'plannedStart', type: 'datetime-local', required: true, title: tr('sd.cal.start') });
  const end = h('input', { name: 'plannedEnd', type: 'datetime-local', required: true, title: tr('sd.cal.end') });
  const approver = h('input', { name: 'approver', size: 10, maxlength: 64, placeholder: tr('sd.cal.approver'), required: true });
  const form = h('form', { class: 'sd-form lots-form', id: 'sd-filing-form' }, h('h4', {}, tr('sd.cal.form')), unit, kind,
    h('label', {}, tr('sd.cal.start'), start), h('label', {}, tr('sd.cal.end'), end), approver,
    h('button', { type: 'submit', class: 'risk-recompute' }, tr('sd.cal.submit')));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    submit({ unitId: unit.value, kind: kind.value, plannedStartMs: new Date(start.value).getTime(),
      plannedEndMs: new Date(end.value).getTime(), approver: approver.value });
  });
  return form;
}
