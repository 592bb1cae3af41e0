/**
 * Active alarms in the browser: loaded from GET /api/alarms, kept current by {"type":"alarm"} socket messages
 * (an alarm whose state went back to NORMAL leaves). Listeners are called at most every NOTIFY_MS, so a flood of
 * thousands of messages costs a few renders per second.
 *
 * Read the list with {@link AlarmStore#reload}, not `load(await …)`: the server may answer the read before an
 * activation that the socket then delivers first, and that older list replacing the store took the alarm away until
 * the next reconnect. `reload` applies again the messages that arrived while the list was on its way
 * ({@link ReloadJournal}).
 */
import { ReloadJournal } from '../live/reload-journal.js';

const NOTIFY_MS = 250;
export const PRIORITIES = ['critical', 'high', 'medium', 'low'];

export class AlarmStore {
  constructor() {
    this.alarms = new Map();
    this.listeners = new Set();
    this.activationListeners = new Set();
    this.timer = null;
    this.journal = new ReloadJournal();
  }

  /** Replaces the alarms with `list` (a read of GET /api/alarms with no socket messages meanwhile). */
  load(list) {
    this._replace(list, []);
  }

  /**
   * Reads the list with `read()` (e.g. `alarmApi.active`) and replaces the alarms with it, then applies again the
   * alarm messages that arrived meanwhile. Overlapping reads (the page's first and the socket's snapshot) each replay
   * what arrived since they began, so whichever answers last leaves the store current. Rejects as `read` does.
   */
  reload(read) {
    return this.journal.reload(read, (list, since) => this._replace(list, since));
  }

  /** A socket message; returns true if it was an alarm message. */
  apply(msg) {
    if (!msg || msg.type !== 'alarm') return false;
    this.journal.note(msg);
    const a = msg.alarm;
    const tr = msg.transition;
    this._put(msg);
    if (a && tr && tr.to === 'UNACK_ACTIVE' && ['NORMAL', 'RTN_UNACK', 'LATCHED'].includes(tr.from)) {
      this.activationListeners.forEach((fn) => fn(a));
    }
    this._schedule();
    return true;
  }

  /** Replaces one alarm with the server's answer to an operator action. */
  put(a) {
    if (a.state === 'NORMAL') this.alarms.delete(a.id); else this.alarms.set(a.id, a);
    this._schedule();
  }

  onChange(fn) { this.listeners.add(fn); }

  /** `fn(alarm)` on every new activation (for the cue and the map). */
  onActivation(fn) { this.activationListeners.add(fn); }

  /** The list, then the messages `since` (received while it was on its way); activations are not announced again. */
  _replace(list, since) {
    this.alarms.clear();
    for (const a of list) this.alarms.set(a.id, a);
    for (const msg of since) this._put(msg);
    this._schedule();
  }

  _put(msg) {
    const a = msg.alarm;
    if (a && a.state !== 'NORMAL') this.alarms.set(a.id, a);
    else if (msg.transition) this.alarms.delete(msg.transition.alarmId);
  }

  _schedule() {
    if (this.timer) return;
    this.timer = setTimeout(() => { this.timer = null; this.listeners.forEach((fn) => fn()); }, NOTIFY_MS);
  }
}

/** Sorts and filters: `filter` = {priority, enterprise, state}; `sort` = priority | time | enterprise. */
export function selectAlarms(alarms, filter, sort) {
  const out = [];
  for (const a of alarms) {
    if (filter.priority && a.priority !== filter.priority) continue;
    if (filter.enterprise && a.enterpriseId !== filter.enterprise) continue;
    if (filter.state && a.state !== filter.state) continue;
    out.push(a);
  }
  const rank = (a) => PRIORITIES.indexOf(a.priority);
  if (sort === 'time') out.sort((x, y) => y.activatedMs - x.activatedMs);
  else if (sort === 'enterprise') out.sort((x, y) => String(x.enterpriseId).localeCompare(String(y.enterpriseId)) || rank(x) - rank(y));
  else out.sort((x, y) => rank(x) - rank(y) || y.activatedMs - x.activatedMs);
  return out;
}
