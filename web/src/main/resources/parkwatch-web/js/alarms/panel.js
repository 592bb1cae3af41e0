/**
 * The alarm list: priority colour, time, enterprise, tag, state; filter by priority, enterprise and state; sort by
 * priority, time or enterprise. At most MAX_ROWS rows are rendered (a flood of 10,000 alarms still renders in a few
 * milliseconds); the header says how many match. Acknowledge and shelve act through the API and show refusals.
 */
import { h, replaceChildren } from '../ui/dom.js';
import { lang, localName } from '../i18n/index.js';
import { tr } from './i18n.js';
import { alarmApi } from './api.js';
import { PRIORITIES, selectAlarms } from './store.js';

export const MAX_ROWS = 200;
const STATES = ['UNACK_ACTIVE', 'ACK_ACTIVE', 'RTN_UNACK', 'LATCHED', 'SHELVED', 'SUPPRESSED_BY_DESIGN', 'OUT_OF_SERVICE'];

function time(ms) {
  if (!ms) return '';
  const d = new Date(ms);
  const p = (n) => String(n).padStart(2, '0');
  return `${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
}

export class AlarmPanel {
  /** @param hooks {onLinkage(alarm), onLocate(alarm), onError(message)} */
  constructor(root, store, hooks) {
    this.root = root;
    this.store = store;
    this.hooks = hooks;
    this.filter = { priority: '', enterprise: '', state: '' };
    this.sort = 'priority';
    this.collapsed = false;
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
    replaceChildren(this.root,
      h('header', {},
        h('h2', {}, tr('alarms.title')), this.countEl,
        h('button', { type: 'button', class: 'alarm-toggle', onclick: () => { this.collapsed = !this.collapsed; this.render(); } },
          this.collapsed ? tr('alarms.expand') : tr('alarms.collapse'))),
      this.collapsed ? null : h('div', { class: 'alarm-filters' },
        select('priority', PRIORITIES.map((p) => [p, tr(`priority.${p}`)]), tr('alarms.filter.priority')),
        select('enterprise', enterprises.map((e) => [e, e]), tr('alarms.filter.enterprise')),
        select('state', STATES.map((s) => [s, tr(`alarms.state.${s}`)]), tr('alarms.filter.state')),
        h('select', { dataset: { sort: '' }, onchange: (e) => { this.sort = e.target.value; this.renderList(); } },
          ['priority', 'time', 'enterprise'].map((s) => h('option', { value: s, selected: this.sort === s }, tr(`alarms.sort.${s}`))))),
      this.collapsed ? null : this.listEl);
    this.renderList();
  }

  renderList() {
    const enterprises = [...new Set([...this.store.alarms.values()].map((a) => a.enterpriseId).filter(Boolean))].sort();
    if (enterprises.join() !== this.enterprisesShown && !this.collapsed) { this.render(); return; }
    const all = selectAlarms(this.store.alarms.values(), this.filter, this.sort);
    const shown = all.slice(0, MAX_ROWS);
    this.countEl.textContent = tr('alarms.count', { shown: shown.length, total: all.length });
    this.root.dataset.alarmCount = String(this.store.alarms.size);
    if (this.collapsed) return;
    const rows = shown.map((a) => this.row(a));
    if (all.length > MAX_ROWS) rows.push(h('div', { class: 'alarm-more' }, tr('alarms.more', { n: MAX_ROWS })));
    if (!all.length) rows.push(h('div', { class: 'alarm-empty' }, tr('alarms.empty')));
    replaceChildren(this.listEl, rows);
  }

  row(a) {
    const stateText = lang() === 'en' ? a.stateEn : a.stateZh;
    const tagName = localName({ nameZh: a.tagNameZh, nameEn: a.tagNameEn }, a.tagId || a.id);
    const unacked = a.state === 'UNACK_ACTIVE' || a.state === 'RTN_UNACK';
    return h('div', { class: 'alarm-row', role: 'listitem', dataset: { alarmId: a.id, priority: a.priority, state: a.state } },
      h('span', { class: 'prio', title: tr(`priority.${a.priority}`) }, tr(`priority.${a.priority}`)),
      h('span', { class: 'time' }, time(a.activatedMs)),
      h('span', { class: 'ent' }, a.enterpriseId || ''),
      h('button', { type: 'button', class: 'tag link', title: a.id, onclick: () => this.hooks.onLocate(a) }, tagName),
      h('span', { class: 'val' }, a.value === null || a.value === undefined ? ''
        : `${typeof a.value === 'number' ? Number(a.value.toPrecision(4)) : a.value}${a.unit ? ` ${a.unit}` : ''}`),
      h('span', { class: 'state' }, stateText),
      h('span', { class: 'actions' },
        unacked ? h('button', { type: 'button', dataset: { action: 'ack' }, onclick: () => this.ack(a) }, tr('alarms.ack')) : null,
        a.state === 'SHELVED'
          ? h('button', { type: 'button', dataset: { action: 'unshelve' }, onclick: () => this.unshelve(a) }, tr('alarms.unshelve'))
          : h('button', { type: 'button', dataset: { action: 'shelve' }, onclick: () => this.shelve(a) }, tr('alarms.shelve')),
        h('button', { type: 'button', dataset: { action: 'linkage' }, onclick: () => this.hooks.onLinkage(a) }, tr('alarms.linkage'))));
  }

  async act(fn) {
    try {
      const updated = await fn();
      if (updated) this.store.put(updated);
    } catch (e) {
      this.hooks.onError(tr('alarms.failed', { msg: e.message }));
    }
  }

  // the journal names the logged-in user (the server takes it from the session)
  ack(a) {
    this.act(() => alarmApi.ack(a.id, null));
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
