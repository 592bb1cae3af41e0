/**
 * Active alarms in the browser: loaded from GET /api/alarms, kept current by {"type":"alarm"} socket messages
 * (an alarm whose state went back to NORMAL leaves). Listeners are called at most every NOTIFY_MS, so a flood of
 * thousands of messages costs a few renders per second.
 */
const NOTIFY_MS = 250;
export const PRIORITIES = ['critical', 'high', 'medium', 'low'];

export class AlarmStore {
  constructor() {
    this.alarms = new Map();
    this.listeners = new Set();
    this.activationListeners = new Set();
    this.timer = null;
  }

  load(list) {
    this.alarms.clear();
    for (const a of list) this.alarms.set(a.id, a);
    this._schedule();
  }

  /** A socket message; returns true if it was an alarm message. */
  apply(msg) {
    if (!msg || msg.type !== 'alarm') return false;
    const a = msg.alarm;
    const tr = msg.transition;
    if (a && a.state !== 'NORMAL') this.alarms.set(a.id, a);
    else if (tr) this.alarms.delete(tr.alarmId);
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
