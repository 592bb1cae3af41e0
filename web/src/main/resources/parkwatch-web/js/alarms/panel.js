/**
 * The alarm list: one row per alarm point (its highest active condition, the others in the row's tooltip), priority
 * colour, time, enterprise, tag, state; filter by priority, enterprise and state; sort by priority, time or
 * enterprise; select rows and acknowledge them together. At most MAX_ROWS rows are rendered (a flood of 10,000
 * alarms still renders in a few milliseconds); the header says how many match. Names are never cut without a tooltip.
 * Test hooks: `.alarm-row[data-alarm-id]` (the row's top alarm), `[data-alarm-ids]`, `[data-action]`.
 */
import { h, replaceChildren } from '../ui/dom.js';
import { lang, localName } from '../i18n/index.js';
import { tr } from './i18n.js';
import { alarmApi } from './api.js';
import { PRIORITIES, selectAlarms } from './store.js';
import { conditionOf, groupByPoint } from './groups.js';
import { formatTime } from './time.js';
import { alarmName, alarmUnit, enterpriseName } from './names.js';

export const MAX_ROWS = 200;
const STATES = ['UNACK_ACTIVE', 'ACK_ACTIVE', 'RTN_UNACK', 'LATCHED', 'SHELVED', 'SUPPRESSED_BY_DESIGN', 'OUT_OF_SERVICE'];
const STATE_NAMES = {
  UNACK_ACTIVE: ['未确认报警', 'unacknowledged active'], ACK_ACTIVE: ['已确认报警', 'acknowledged active'],
  RTN_UNACK: ['已恢复未确认', 'returned unacknowledged'], LATCHED: ['锁存', 'latched'], SHELVED: ['搁置', 'shelved'],
  SUPPRESSED_BY_DESIGN: ['设计抑制', 'suppressed by design'], OUT_OF_SERVICE: ['停用', 'out of service'],
};
const awaitsAck = (a) => a.state === 'UNACK_ACTIVE' || a.state === 'RTN_UNACK';
const stateName = (s) => (STATE_NAMES[s] ? STATE_NAMES[s][lang() === 'en' ? 1 : 0] : s);

export class AlarmPanel {
  /** @param hooks {onLinkage(alarm), onLocate(alarm), onError(message), onFeedback(alarm), feedbackOf(alarmId)} */
  constructor(root, store, hooks) {
    this.root = root;
    this.store = store;
    this.hooks = hooks;
    this.filter = { priority: '', enterprise: '', state: '' };
    this.sort = 'priority';
    this.collapsed = false;
    this.selected = new Set(); // point keys
    store.onChange(() => this.renderList());
    this.render();
  }

  render() {
    const select = (key, options, label) => h('select', {
      title: label, dataset: { filter: key },
      onchange: (e) => { this.filter[key] = e.target.value; this.renderList(); },
    }, h('option', { value: '' }, `${label}: ${tr('alarms.all')}`),
    options.map(([v, text]) => h('option', { value: v, selected: this.filter[key] === v }, text)));
    const enterprises = [...new Set([...this.store.alarms.values()].map((a) => a.enterpriseId).filter(Boolean))].sort();
    if (this.filter.enterprise && !enterprises.includes(this.filter.enterprise)) enterprises.push(this.filter.enterprise);
    this.enterprisesShown = enterprises.join();
    this.countEl = h('span', { class: 'alarm-count' });
    this.listEl = h('div', { class: 'alarm-list', role: 'list' });
    this.ackSelectedBtn = h('button', { type: 'button', class: 'ack-selected', dataset: { action: 'ack-selected' },
      onclick: () => this.ackSelected() });
    replaceChildren(this.root,
      h('header', {},
        h('h2', {}, tr('alarms.title')), this.countEl, this.collapsed ? null : this.ackSelectedBtn,
        h('button', { type: 'button', class: 'alarm-toggle', onclick: () => { this.collapsed = !this.collapsed; this.render(); } },
          this.collapsed ? tr('alarms.expand') : tr('alarms.collapse'))),
      this.collapsed ? null : h('div', { class: 'alarm-filters' },
        select('priority', PRIORITIES.map((p) => [p, tr(`priority.${p}`)]), tr('alarms.filter.priority')),
        select('enterprise', enterprises.map((e) => [e, enterpriseName(e) || tr('alarms.filter.enterprise')]), tr('alarms.filter.enterprise')),
        select('state', STATES.map((s) => [s, stateName(s)]), tr('alarms.filter.state')),
        h('select', { dataset: { sort: '' }, title: tr('alarms.sort'), onchange: (e) => { this.sort = e.target.value; this.renderList(); } },
          ['priority', 'time', 'enterprise'].map((s) => h('option', { value: s, selected: this.sort === s }, tr(`alarms.sort.${s}`))))),
      this.collapsed ? null : this.listEl);
    this.root.classList.toggle('collapsed', this.collapsed);
    this.renderList();
  }

  renderList() {
    const enterprises = [...new Set([...this.store.alarms.values()].map((a) => a.enterpriseId).filter(Boolean))].sort();
    if (enterprises.join() !== this.enterprisesShown && !this.collapsed) { this.render(); return; }
    const groups = groupByPoint(selectAlarms(this.store.alarms.values(), this.filter, this.sort));
    this.groups = new Map(groups.map((g) => [g.key, g]));
    for (const key of [...this.selected]) if (!this.groups.has(key)) this.selected.delete(key);
    const shown = groups.slice(0, MAX_ROWS);
    this.countEl.textContent = tr('alarms.count', { shown: shown.length, total: groups.length });
    this.root.dataset.alarmCount = String(this.store.alarms.size);
    this.root.dataset.rowCount = String(groups.length);
    this.ackSelectedBtn.textContent = tr('alarms.ackSelected', { n: this.selectedIds().length });
    this.ackSelectedBtn.disabled = this.selectedIds().length === 0;
    if (this.collapsed) return;
    const rows = shown.map((g) => this.row(g));
    if (groups.length > MAX_ROWS) rows.push(h('div', { class: 'alarm-more' }, tr('alarms.more', { n: MAX_ROWS })));
    if (!groups.length) rows.push(h('div', { class: 'alarm-empty' }, tr('alarms.empty')));
    replaceChildren(this.listEl, rows);
  }

  /** Alarm ids of the selected rows that await acknowledgement. */
  selectedIds() {
    const ids = [];
    for (const key of this.selected) {
      const g = this.groups?.get(key);
      if (g) g.alarms.filter(awaitsAck).forEach((a) => ids.push(a.id));
    }
    return ids;
  }

  row(g) {
    const a = g.top;
    const tagName = alarmName(a);
    const cond = conditionOf(a.id);
    const condText = cond ? tr(`cond.${cond}`) : '';
    const others = g.alarms.slice(1).map((x) => [conditionOf(x.id) ? tr(`cond.${conditionOf(x.id)}`) : '', stateName(x.state)]
      .filter(Boolean).join(' '));
    const fullName = [tagName, condText].filter(Boolean).join(' ');
    const tooltip = [fullName, others.length ? tr('alarms.also', { list: others.join('；') }) : null, a.id].filter(Boolean).join('\n');
    const unacked = g.alarms.some(awaitsAck);
    const feedback = g.alarms.flatMap((x) => this.hooks.feedbackOf?.(x.id) || []);
    const latest = feedback[feedback.length - 1];
    return h('div', { class: 'alarm-row', role: 'listitem',
      dataset: { alarmId: a.id, alarmIds: g.alarms.map((x) => x.id).join(' '), priority: a.priority, state: a.state } },
    h('input', { type: 'checkbox', class: 'sel', title: tr('alarms.select'), checked: this.selected.has(g.key),
      onchange: (e) => { if (e.target.checked) this.selected.add(g.key); else this.selected.delete(g.key); this.renderList(); } }),
    h('span', { class: 'prio', title: tr(`priority.${a.priority}`) }, tr(`priority.${a.priority}`)),
    h('button', { type: 'button', class: 'tag link', title: tooltip, onclick: () => this.hooks.onLocate(a) },
      condText ? h('span', { class: 'cond' }, condText) : null, tagName,
      g.alarms.length > 1 ? h('span', { class: 'more-cond' }, ` +${g.alarms.length - 1}`) : null),
    h('span', { class: 'when' },
      latest ? h('span', { class: 'fb-seen', title: `${tr('feedback.cause')}：${latest.cause}\n${tr('feedback.disposal')}：${latest.disposal}` },
        tr('alarms.feedbackSeen')) : null,
      h('span', { class: 'time', title: formatTime(a.activatedMs) }, formatTime(a.activatedMs))),
    h('span', { class: 'ent', title: [enterpriseName(a.enterpriseId), a.enterpriseId].filter(Boolean).join(' · ') },
      enterpriseName(a.enterpriseId)),
    h('span', { class: 'meta', title: [this.value(a), stateName(a.state)].filter(Boolean).join(' · ') },
      h('span', { class: 'val' }, this.value(a)), ' ', h('span', { class: 'state' }, stateName(a.state))),
    h('span', { class: 'actions' },
      unacked ? h('button', { type: 'button', dataset: { action: 'ack' }, onclick: () => this.ack(g) }, tr('alarms.ack')) : null,
      a.state === 'SHELVED'
        ? h('button', { type: 'button', dataset: { action: 'unshelve' }, onclick: () => this.unshelve(a) }, tr('alarms.unshelve'))
        : h('button', { type: 'button', dataset: { action: 'shelve' }, onclick: () => this.shelve(a) }, tr('alarms.shelve')),
      h('button', { type: 'button', dataset: { action: 'feedback' }, onclick: () => this.hooks.onFeedback?.(a) }, tr('alarms.feedback')),
      h('button', { type: 'button', dataset: { action: 'linkage' }, onclick: () => this.hooks.onLinkage(a) }, tr('alarms.linkage'))));
  }

  value(a) {
    if (a.value === null || a.value === undefined) return '';
    const n = typeof a.value === 'number'
      ? new Intl.NumberFormat(lang() === 'en' ? 'en' : 'zh-CN', { maximumSignificantDigits: 4 }).format(a.value) : a.value;
    const unit = alarmUnit(a);
    return `${n}${unit ? ` ${unit}` : ''}`;
  }

  async act(fn) {
    try {
      const updated = await fn();
      if (updated && updated.id) this.store.put(updated);
      return updated;
    } catch (e) {
      this.hooks.onError(tr('alarms.failed', { msg: e.message }));
      return null;
    }
  }

  // the journal names the logged-in user (the server takes it from the session)
  ack(g) {
    const ids = g.alarms.filter(awaitsAck).map((x) => x.id);
    if (ids.length === 1) return this.act(() => alarmApi.ack(ids[0], null));
    return this.act(() => alarmApi.ackSelected(ids, null));
  }

  async ackSelected() {
    const ids = this.selectedIds();
    if (!ids.length) return;
    const r = await this.act(() => alarmApi.ackSelected(ids, null));
    if (r) this.selected.clear();
    this.renderList();
  }

  shelve(a) {
    const reason = (window.prompt(tr('alarms.shelve.reason')) || '').trim();
    if (!reason) return;
    const minutes = Number(window.prompt(tr('alarms.shelve.minutes'), '60'));
    if (!Number.isFinite(minutes)) return;
    this.act(() => alarmApi.shelve(a.id, reason, minutes));
  }

  unshelve(a) {
    this.act(() => alarmApi.unshelve(a.id));
  }
}
