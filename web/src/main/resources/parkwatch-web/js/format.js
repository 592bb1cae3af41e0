/** Pure formatting of live values, ages, rates, dates and numbers for display (dates and numbers through Intl). */
import { t, lang } from './i18n/index.js';

/**
 * The Intl locale of the UI language. English uses en-GB so that dates never come out in the US order
 * (day before month, and written out: "6 Dec 2026"); times are 24-hour in both.
 */
export function uiLocale() {
  return lang() === 'en' ? 'en-GB' : 'zh-CN';
}

/** An ISO calendar day ("2026-12-06") as "2026年12月6日" / "6 Dec 2026"; '—' when absent. */
export function formatDay(isoDay) {
  if (!isoDay) return '—';
  const d = new Date(`${isoDay}T00:00:00`);
  return Number.isNaN(d.getTime()) ? String(isoDay) : new Intl.DateTimeFormat(uiLocale(), { dateStyle: 'medium' }).format(d);
}

/** Epoch ms as date and 24-hour time ("2026年12月6日 09:50:02" / "6 Dec 2026, 09:50:02"); '—' when absent. */
export function formatDateTime(ms) {
  if (!Number.isFinite(ms)) return '—';
  return new Intl.DateTimeFormat(uiLocale(), { dateStyle: 'medium', timeStyle: 'medium', hourCycle: 'h23' })
    .format(new Date(ms));
}

/** Epoch ms as 24-hour time of day ("09:50:02"). */
export function formatTime(ms) {
  if (!Number.isFinite(ms)) return '—';
  return new Intl.DateTimeFormat(uiLocale(), { hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' })
    .format(new Date(ms));
}

/** A number with at most `digits` fraction digits, grouped the UI language's way; '—' when not finite. */
export function formatNumber(n, digits = 2) {
  const v = typeof n === 'number' ? n : Number(n);
  if (n === null || n === undefined || n === '' || !Number.isFinite(v)) return '—';
  return new Intl.NumberFormat(uiLocale(), { maximumFractionDigits: digits }).format(v);
}

/** Discrete tag kinds, carried as booleans (mirrors TagKind.isDiscrete in the model module). */
export const DISCRETE_KINDS = new Set(['sis-trip', 'sis-bypass', 'detector-fault', 'valve-state', 'run-state', 'drill-state']);

/** Decimals for a value of a tag with range [min, max]: about four significant digits over the range. */
export function decimalsFor(min, max) {
  const span = Math.abs((max ?? 100) - (min ?? 0));
  if (!Number.isFinite(span) || span >= 1000) return 0;
  if (span >= 100) return 1;
  if (span >= 1) return 2;
  return 3;
}

/** The display text of a tag's value (without unit); '—' when there is none. */
export function formatValue(tag, v = tag?.v) {
  if (v === null || v === undefined || v === '') return '—';
  if (typeof v === 'boolean' || DISCRETE_KINDS.has(tag?.kind)) {
    const on = v === true || v === 1 || v === '1' || v === 'true';
    const key = `state.${tag?.kind}.${on ? 'on' : 'off'}`;
    const text = t(key);
    return text === key ? t(on ? 'state.on' : 'state.off') : text;
  }
  const n = typeof v === 'number' ? v : Number(v);
  if (!Number.isFinite(n)) return String(v);
  return n.toFixed(decimalsFor(tag?.min, tag?.max));
}

/** True when a discrete value means "on". */
export function isOn(v) {
  return v === true || v === 1 || v === '1' || v === 'true';
}

/** "12 s ago" style age of a timestamp (epoch ms) relative to `nowMs`. */
export function formatAge(tsMs, nowMs = Date.now()) {
  if (!Number.isFinite(tsMs)) return '—';
  const s = Math.max(0, Math.round((nowMs - tsMs) / 1000));
  if (s < 120) return t('age.s', { n: s });
  if (s < 7200) return t('age.min', { n: Math.round(s / 60) });
  if (s < 172800) return t('age.h', { n: Math.round(s / 3600) });
  return t('age.d', { n: Math.round(s / 86400) });
}

/** Milliseconds as "850 ms" / "3.2 s" / "4 min". */
export function formatDuration(ms) {
  if (!Number.isFinite(ms)) return '—';
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60000) return `${(ms / 1000).toFixed(1)} s`;
  return `${Math.round(ms / 60000)} min`;
}

/** A rate with k/M suffix: 1234 → "1.2k". */
export function formatCount(n) {
  if (!Number.isFinite(n)) return '—';
  if (n >= 1e6) return `${(n / 1e6).toFixed(1)}M`;
  if (n >= 1e4) return `${Math.round(n / 1e3)}k`;
  if (n >= 1e3) return `${(n / 1e3).toFixed(1)}k`;
  return n >= 10 ? String(Math.round(n)) : n.toFixed(1).replace(/\.0$/, '');
}

/** Quality key of a live tag: 'stale' wins over q; 'none' without a value. */
export function qualityOf(tag) {
  if (!tag || tag.v === undefined || tag.v === null) return 'none';
  if (tag.stale) return 'stale';
  return tag.q || 'good';
}

/** Unit codes of the tag lists (UCUM-like, ASCII) as people write them. */
const UNIT_SYMBOLS = { degC: '℃', Cel: '℃', deg: '°', m3: 'm³', 'm3/h': 'm³/h', 'ug/m3': 'µg/m³', 'mg/m3': 'mg/m³',
  'W/m2': 'W/m²', 'kW/m2': 'kW/m²', m2: 'm²', 'kg/m3': 'kg/m³' };

export function displayUnit(unit) {
  return unit ? UNIT_SYMBOLS[unit] || unit : '';
}
