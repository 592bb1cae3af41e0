/**
 * The incident list (issue 18): every incident, open ones first (newest first), then closed ones; clicking one shows
 * it, and an incident arriving never replaces the one being looked at — it is marked new in the list instead.
 * Test hooks: `#incident-list[data-open-count]`, `.incident-row[data-incident-id][data-state][data-selected]`.
 */
import { h, replaceChildren } from '../ui/dom.js';
import { tr } from './i18n.js';
import { formatTime } from './time.js';
import { ReloadJournal } from '../live/reload-journal.js';

/** Open first (newest update first), then closed (newest first). */
export function orderIncidents(list) {
  return [...list].sort((a, b) => (a.state === b.state ? b.updatedMs - a.updatedMs : a.state === 'OPEN' ? -1 : 1));
}

/** "INC-12" → "12" (the number people say), else the id. */
export function incidentNumber(id) {
  const m = /(\d+)$/.exec(String(id));
  return m ? m[1] : String(id);
}

/** The state as a person reads it: open, open with every alarm cleared (awaiting its closing), closed. */
export function incidentStateKey(i) {
  if (i.state === 'OPEN' && i.activeAlarms === 0) return 'CLEARED';
  return i.state;
}

export class IncidentList {
  constructor(root, { onSelect }) {
    this.root = root;
    this.onSelect = onSelect;
    this.incidents = new Map();
    this.unseen = new Set();
    this.selectedId = null;
    this.journal = new ReloadJournal();
    this.render();
  }

  set(list) {
    this.incidents.clear();
    for (const i of list) this.incidents.set(i.id, i);
    this.render();
  }

  /**
   * Reads the list with `read()` (e.g. `alarmApi.incidents`) and replaces the incidents with it, then applies again
   * the incidents pushed meanwhile ({@link ReloadJournal}): one pushed while the answer was on its way stays.
   */
  reload(read) {
    return this.journal.reload(read, (list, since) => {
      this.incidents.clear();
      for (const i of list) this.incidents.set(i.id, i);
      for (const i of since) this.incidents.set(i.id, { ...this.incidents.get(i.id), ...i });
      this.render();
    });
  }

  /** An incident pushed by the socket: {@link IncidentList#upsert}, and kept for a read under way. */
  pushed(incident, isNew) {
    this.journal.note(incident);
    this.upsert(incident, isNew);
  }

  /** An incident pushed or fetched; `isNew` marks it unseen unless it is the selected one. */
  upsert(incident, isNew = false) {
    this.incidents.set(incident.id, { ...this.incidents.get(incident.id), ...incident });
    if (isNew && incident.id !== this.selectedId) this.unseen.add(incident.id);
    this.render();
  }

  select(id) {
    this.selectedId = id;
    this.unseen.delete(id);
    this.render();
  }

  open() {
    return orderIncidents(this.incidents.values()).filter((i) => i.state === 'OPEN');
  }

  render() {
    const list = orderIncidents(this.incidents.values());
    const open = list.filter((i) => i.state === 'OPEN').length;
    this.root.dataset.openCount = String(open);
    replaceChildren(this.root,
      h('header', {}, h('h2', {}, tr('incidents.title')), h('span', { class: 'incident-count' }, tr('incidents.count', { open }))),
      h('div', { class: 'incident-rows', role: 'list' },
        list.length ? list.map((i) => this.row(i)) : h('div', { class: 'incident-empty' }, tr('incidents.empty'))));
  }

  row(i) {
    const stateKey = incidentStateKey(i);
    const name = `${tr('incident.no', { n: incidentNumber(i.id) })} · ${tr(`incident.kind.${i.kind}`)}`;
    const active = i.activeAlarms ?? i.alarmIds.length;
    return h('button', { type: 'button', class: 'incident-row', role: 'listitem', title: name,
      dataset: { incidentId: i.id, state: i.state, severity: i.severity, selected: String(i.id === this.selectedId) },
      onclick: () => this.onSelect(i.id) },
    h('span', { class: 'inc-name' }, name,
      this.unseen.has(i.id) ? h('span', { class: 'inc-new' }, tr('incidents.new')) : null),
    h('span', { class: 'inc-meta' }, tr('incident.opened', { t: formatTime(i.openedMs) }), ' · ',
      tr('incident.activeOf', { active, total: i.alarmIds.length }), ' · ',
      h('span', { class: 'inc-state', dataset: { state: stateKey } }, tr(`incident.state.${stateKey}`))));
  }
}
