/**
 * Date and time of alarm views: "12-06 09:50:02" (month-day, 24-hour clock) in both languages, the parts from Intl in
 * the page's time zone, so no US-style date or AM/PM appears.
 */
import { lang } from '../i18n/index.js';

const cache = new Map();

function formatter(withDate) {
  const key = `${lang()}|${withDate}`;
  if (!cache.has(key)) {
    cache.set(key, new Intl.DateTimeFormat(lang() === 'en' ? 'en-GB' : 'zh-CN', {
      ...(withDate ? { month: '2-digit', day: '2-digit' } : {}),
      hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23',
    }));
  }
  return cache.get(key);
}

/** "12-06 09:50:02" (or "09:50:02" without the date); '' for no time. */
export function formatTime(ms, { withDate = true } = {}) {
  if (!ms) return '';
  const p = Object.fromEntries(formatter(withDate).formatToParts(new Date(ms)).map((x) => [x.type, x.value]));
  const time = `${p.hour}:${p.minute}:${p.second}`;
  return withDate ? `${p.month}-${p.day} ${time}` : time;
}
