/**
 * What a person reads instead of ids in the alarm views (issue 18): an alarm is named by its tag (a tag alarm) or by
 * its enterprise and what happened (a feed alarm, "滨河华盛 数据中断"); an enterprise by its name. The ids stay in
 * tooltips. Enterprise names come from `api/feeds`, once.
 */
import { getJson } from '../api.js';
import { lang, localName } from '../i18n/index.js';
import { tr } from './i18n.js';

const enterprises = new Map(); // id → {nameZh, nameEn}
let feedsLoaded = null;

/** Learns names from the feeds list (once) so contacts and feedback of any enterprise are named. */
export function loadEnterpriseNames() {
  if (!feedsLoaded) {
    feedsLoaded = getJson('api/feeds')
      .then((feeds) => feeds.forEach((f) => learn(f.enterpriseId, f.nameZh, f.nameEn)))
      .catch(() => { feedsLoaded = null; });
  }
  return feedsLoaded;
}

function learn(id, nameZh, nameEn) {
  if (id && (nameZh || nameEn)) enterprises.set(id, { nameZh, nameEn });
}

/** The enterprise's name; the park for park-level ids; '' when unknown (never the raw id). */
export function enterpriseName(id) {
  if (!id) return '';
  if (id === 'PARK') return tr('alarms.park');
  const e = enterprises.get(id);
  return e ? localName(e, '') : '';
}

/** Alarm id suffix → alarm type (backend alarm.AlarmType's suffixes). */
const SUFFIX_TYPES = {
  HH: 'HH', H: 'H', L: 'L', LL: 'LL', ROC: 'ROC', DEV: 'DEVIATION', ST: 'DISCRETE', BADQ: 'BAD_QUALITY',
  STALE: 'STALE', FEED_LOST: 'FEED_LOST', FEED_FROZEN: 'FEED_FROZEN', SEQ_RESET: 'SEQ_RESET',
  IMPLAUSIBLE: 'IMPLAUSIBLE', NOPERMIT: 'BYPASS_NO_PERMIT', PERMIT_EXPIRED: 'BYPASS_PERMIT_EXPIRED',
  TRUCK_OFFROUTE: 'TRUCK_OFF_ROUTE', TRUCK_SPEEDING: 'TRUCK_SPEEDING', TRUCK_STOPPED: 'TRUCK_STOPPED',
  TRUCK_CLOSEDROAD: 'TRUCK_CLOSED_ROAD',
  OVERSTAY: 'PARKING_OVERSTAY', LOADING_UNCHECKED: 'LOADING_UNCHECKED', COMMITMENT: 'COMMITMENT_MISSING',
  HD_OVERDUE: 'HIDDEN_DANGER_OVERDUE', HD_MAJOR_OVERDUE: 'MAJOR_HIDDEN_DANGER_OVERDUE',
  WP_GAS_NEAR: 'WORK_PERMIT_GAS_NEAR', WP_WINDOW: 'WORK_PERMIT_OUTSIDE_WINDOW', WP_NO_GAS: 'WORK_PERMIT_NO_GAS_ANALYSIS',
};

/** The alarm type of an alarm id ("E01.FEED_LOST" → FEED_LOST, "E01.TK201.TT.HH" → HH), or null. */
export function typeOfId(alarmId) {
  const suffix = String(alarmId).slice(String(alarmId).lastIndexOf('.') + 1);
  if (SUFFIX_TYPES[suffix]) return SUFFIX_TYPES[suffix];
  const two = String(alarmId).split('.').slice(-2).join('_'); // FEED_LOST has no dot; kept for safety
  return SUFFIX_TYPES[two] || null;
}

/** The readable name of an alarm type ("数据中断"); '' for none. */
export function typeName(type) {
  return type ? tr(`atype.${type}`) : '';
}

/**
 * The unit of an alarm's figure when it has no tag to take it from (issue 16): metres off the route, km/h, minutes
 * stopped or parked, checks missing; '' for a type whose figure has none.
 */
const TYPE_UNITS = new Set(['TRUCK_OFF_ROUTE', 'TRUCK_SPEEDING', 'TRUCK_STOPPED', 'PARKING_OVERSTAY', 'LOADING_UNCHECKED']);

export function alarmUnit(a) {
  if (a.unit) return a.unit;
  const type = a.type || typeOfId(a.id);
  return TYPE_UNITS.has(type) ? tr(`aunit.${type}`) : '';
}

/** The alarm's readable name: its tag's name, or its enterprise and alarm type. */
export function alarmName(a) {
  const tag = lang() === 'en' ? a.tagNameEn || a.tagNameZh : a.tagNameZh || a.tagNameEn;
  if (tag) return tag;
  const what = typeName(a.type || typeOfId(a.id)) || tr('alarms.unnamed');
  const who = enterpriseName(a.enterpriseId || String(a.id).split('.')[0]);
  return who ? `${who} ${what}` : what;
}
