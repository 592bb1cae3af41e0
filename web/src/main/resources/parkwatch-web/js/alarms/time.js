/** Date and time of alarm views through Intl in the page language, 24-hour clock. */
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

/** "12-06 09:50:02" style (month, day, 24-hour time); '' for no time. */
export function formatTime(ms, { withDate = true } = {}) {
  return ms ? formatter(withDate).format(new Date(ms)) : '';
}
