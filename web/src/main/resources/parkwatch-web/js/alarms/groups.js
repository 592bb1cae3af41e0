/**
 * One row per alarm point (issue 18): the alarms of one tag (H and HH, L and LL, a bypass and its permit check) are
 * grouped, and the row shows the point's highest active condition — most urgent priority first, then the condition
 * further from normal (HH before H), then the newest.
 */
import { PRIORITIES } from './store.js';

const CONDITION_RANK = { HH: 0, LL: 0, H: 1, L: 1, ENV: 1 };

/**
 * The condition of an alarm id ("E01.TK201.TT.HH" → "HH"; an environmental limit exceeded on its averaging period,
 * "PARK.AQ1.SO2.ENV.amb-so2-1h" → "ENV"), or null for other alarm types.
 */
export function conditionOf(id) {
  if (String(id).includes('.ENV.')) return 'ENV';
  const last = String(id).split('.').pop();
  return last in CONDITION_RANK ? last : null;
}

function rank(a) {
  const p = PRIORITIES.indexOf(a.priority);
  const active = a.conditionActive === false ? 1 : 0;
  const c = CONDITION_RANK[conditionOf(a.id)] ?? 2;
  return [active, p < 0 ? 9 : p, c, -(a.activatedMs || 0)];
}

function compare(x, y) {
  const a = rank(x);
  const b = rank(y);
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
}

/** The point an alarm belongs to: its tag, or the alarm itself when it has none (feed lost). */
export function pointOf(a) {
  return a.tagId || a.id;
}

/**
 * Groups alarms by point. @returns [{key, top, alarms}] with `top` the row's representative and `alarms` all of the
 * point's alarms, most severe first; in the order of each group's first alarm in `alarms`.
 */
export function groupByPoint(alarms) {
  const groups = new Map();
  for (const a of alarms) {
    const key = pointOf(a);
    if (!groups.has(key)) groups.set(key, { key, alarms: [] });
    groups.get(key).alarms.push(a);
  }
  const out = [];
  for (const g of groups.values()) {
    g.alarms.sort(compare);
    g.top = g.alarms[0];
    out.push(g);
  }
  return out;
}
