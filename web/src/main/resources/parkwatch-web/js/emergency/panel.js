/**
 * The emergency command panel of one incident: the proposed plan and level with every criterion (met / not met /
 * unknown, with the live number), the decision or level change with a required reason, the task board (待办 → 进行中
 * → 完成), dispatch with ETA and its basis, the foam check and the command log. All text is inserted as text.
 * Test hooks: `#emergency-panel[data-incident-id][data-proposed-level][data-level][data-drill]`,
 * `[data-check-fact][data-check-met]`, `[data-task-status]`, `[data-dispatch]`.
 */
import { h, replaceChildren } from '../ui/dom.js';
import { lang, localName } from '../i18n/index.js';
import { formatNumber, formatTime } from '../format.js';
import { tr, actionText } from './i18n.js';
import { emergencyApi } from './api.js';

const LEVELS = ['I', 'II', 'III', 'IV'];
const STATUSES = ['TODO', 'DOING', 'DONE'];
const levelName = (l) => (l ? tr(`em.level.${l}`) : '—');

export class EmergencyPanel {
  constructor(root, { canCommand, notify, onChanged }) {
    this.root = root;
    this.onChanged = onChanged;
    this.canCommand = canCommand;
    this.notify = notify;
    this.data = null;
    root.hidden = true;
  }

  /** Shows the incident's record, its log and the resources. */
  show(record, log, resources) {
    const text = JSON.stringify([record, log, resources]);
    if (text === this.shownText && !this.root.hidden) return; // nothing new: keep what the commander is typing
    this.shownText = text;
    this.data = { record, log, resources };
    this.render();
  }

  close() {
    this.data = null;
    this.root.hidden = true;
    delete this.root.dataset.incidentId;
  }

  render() {
    if (!this.data) return;
    const { record: r, log, resources } = this.data;
    const ds = this.root.dataset;
    ds.incidentId = r.incidentId;
    ds.proposedLevel = r.proposal?.level || '';
    ds.level = r.level || '';
    ds.drill = String(r.drill);
    this.root.hidden = false;
    // a refresh (push, language) keeps the commander's typed reason and choices, and the focus
    const kept = {};
    // only what the commander typed or chose: a default (the proposed level) follows the new data
    this.root.querySelectorAll('input[name], select[name]').forEach((e) => { if (e.dataset.touched) kept[e.name] = e.value; });
    const focused = document.activeElement && this.root.contains(document.activeElement) ? document.activeElement.name : null;
    replaceChildren(this.root,
      h('header', {}, h('h2', {}, tr('em.title', { id: r.incidentId })),
        r.drill ? h('span', { class: 'em-drill' }, tr('em.drill')) : null),
      r.government ? h('p', { class: 'em-gov' }, tr('em.government')) : null,
      this.proposal(r), this.decision(r), this.tasks(r), this.dispatch(r, resources), this.foam(r), this.log(r, log));
    this.root.querySelectorAll('input[name], select[name]').forEach((e) => {
      const touch = () => { e.dataset.touched = '1'; };
      e.addEventListener('input', touch);
      e.addEventListener('change', touch);
      if (kept[e.name] !== undefined) touch();
      if (kept[e.name] && [...(e.options || [{ value: kept[e.name] }])].some((o) => o.value === kept[e.name])) e.value = kept[e.name];
      if (e.name === focused) e.focus();
    });
  }

  proposal(r) {
    const p = r.proposal;
    if (!p) return h('section', { class: 'em-proposal' }, h('h3', {}, tr('em.proposal')), tr('em.noProposal'));
    const plan = lang() === 'en' ? p.planTitleEn || p.planTitleZh : p.planTitleZh;
    return h('section', { class: 'em-proposal' }, h('h3', {}, tr('em.proposal')),
      h('p', {}, tr('em.plan', { plan })), h('p', { class: 'em-proposed' }, tr('em.proposedLevel', { level: levelName(p.level) })),
      h('ul', { class: 'em-checks' }, p.checks.map((c) => {
        const state = !c.known ? 'unknown' : c.met ? 'met' : 'notMet';
        return h('li', { class: `em-check ${state}`, dataset: { checkFact: c.fact, checkLevel: c.level, checkMet: String(c.met) } },
          tr('em.check', { level: levelName(c.level), fact: lang() === 'en' ? c.factEn : c.factZh,
            actual: c.known ? formatNumber(c.actual, 0) : '—', atLeast: formatNumber(c.atLeast, 0) }),
          ' — ', tr(`em.check.${state}`));
      })));
  }

  decision(r) {
    const box = h('section', { class: 'em-decision' });
    if (r.level) box.append(h('p', { class: 'em-decided' }, tr('em.decided', { level: levelName(r.level), plan: r.planId })));
    if (!this.canCommand || r.closed) return box;
    if (!r.confirmedMs) box.append(this.button(tr('em.confirmIncident'), () => emergencyApi.confirm(r.incidentId), 'em-confirm'));
    else box.append(h('p', {}, tr('em.confirmed')));
    const select = h('select', { name: 'level' }, LEVELS.map((l) => h('option', { value: l }, levelName(l))));
    select.value = r.level || r.proposal?.level || 'IV';
    const reason = h('input', { name: 'reason', placeholder: tr('em.reason'), required: true });
    const act = r.level
      ? () => emergencyApi.changeLevel(r.incidentId, select.value, reason.value)
      : () => emergencyApi.decide(r.incidentId, select.value, reason.value);
    box.append(h('div', { class: 'em-form' }, select, reason,
      this.button(tr(r.level ? 'em.changeLevel' : 'em.confirmLevel'), act, 'em-decide')));
    return box;
  }

  tasks(r) {
    const columns = STATUSES.map((s) => h('div', { class: 'em-column', dataset: { column: s } },
      h('h4', {}, tr(`em.${s.toLowerCase()}`)),
      (r.tasks || []).filter((t) => t.status === s).map((t) => h('div', { class: 'em-task', dataset: { taskStatus: t.status, actionId: t.actionId } },
        h('div', {}, lang() === 'en' ? t.textEn || t.textZh : t.textZh),
        h('small', {}, lang() === 'en' ? t.ownerEn || t.ownerZh : t.ownerZh),
        this.canCommand && !r.closed && s !== 'DONE'
          ? this.button(tr(s === 'TODO' ? 'em.start' : 'em.finish'),
            () => emergencyApi.moveTask(r.incidentId, t.actionId, s === 'TODO' ? 'doing' : 'done'), 'em-advance')
          : null))));
    return h('section', { class: 'em-tasks' }, h('h3', {}, tr('em.tasks')), h('div', { class: 'em-board' }, columns));
  }

  dispatch(r, resources) {
    const byId = new Map(resources.map((x) => [x.id, x]));
    const rows = (r.dispatches || []).map((d) => h('li', { dataset: { dispatch: d.resourceId } },
      localName(byId.get(d.resourceId), d.resourceId), ' — ',
      d.etaS == null ? tr('em.noEta')
        : tr('em.eta', { min: formatNumber(d.etaS / 60, 1), basis: lang() === 'en' ? d.etaBasisEn : d.etaBasisZh })));
    const box = h('section', { class: 'em-dispatch' }, h('h3', {}, tr('em.dispatch')), h('ul', {}, rows));
    if (this.canCommand && !r.closed) {
      const free = resources.filter((x) => ['team', 'vehicle', 'expert'].includes(x.type) && !x.committedTo);
      const select = h('select', { name: 'resourceId' }, h('option', { value: '' }, tr('em.choose')),
        free.map((x) => h('option', { value: x.id }, localName(x, x.id))));
      box.append(h('div', { class: 'em-form' }, select,
        this.button(tr('em.send'), () => emergencyApi.dispatch(r.incidentId, select.value), 'em-send')));
    }
    return box;
  }

  foam(r) {
    if (!r.foam) return null;
    return h('p', { class: r.foam.shortage ? 'em-foam short' : 'em-foam' },
      tr('em.foam', { need: formatNumber(r.foam.neededT, 1), have: formatNumber(r.foam.inStoreT, 1) }),
      r.foam.shortage ? ` ${tr('em.foamShort')}` : '');
  }

  log(r, log) {
    const entries = (log.entries || []).slice(-12).reverse();
    return h('section', { class: 'em-log' }, h('h3', {}, tr('em.log'), ' · ', tr(log.chainOk ? 'em.chainOk' : 'em.chainBroken')),
      h('ul', { class: 'em-log-rows' }, entries.map((e) => h('li', { dataset: { seq: String(e.seq) } },
        `#${e.seq} `, formatTime(e.ts), ' ', actionText(e.action, lang()), ' · ', e.username))),
      h('p', {}, tr('em.report'), ': ',
        h('a', { href: emergencyApi.reportUrl(r.incidentId, 'html'), target: '_blank', rel: 'noopener' }, 'HTML'), ' · ',
        h('a', { href: emergencyApi.reportUrl(r.incidentId, 'docx') }, 'DOCX')),
      h('p', {}, h('a', { href: `field?incident=${encodeURIComponent(r.incidentId)}`, target: '_blank', rel: 'noopener' }, tr('em.fieldPage')),
        ' · ', h('a', { href: `replay?incident=${encodeURIComponent(r.incidentId)}`, target: '_blank', rel: 'noopener' }, tr('em.replay'))));
  }

  button(text, action, cls) {
    return h('button', { type: 'button', class: cls, onclick: async () => {
      try {
        await action();
        this.root.querySelectorAll('input[name], select[name]').forEach((e) => {
          if (e.tagName === 'INPUT') e.value = '';
          delete e.dataset.touched;
        });
        this.onChanged();
      } catch (e) { this.notify(tr('em.failed', { msg: e.detail || e.message })); }
    } }, text);
  }
}
