/**
 * The property rows a popup shows for a feature: localised pairs (`xZh`/`xEn`, or `x` with `xZh`) become one
 * row in the current language, lists and small maps are joined, labels come from i18n (`prop.<key>`, else the key).
 */
import { t, has, lang } from '../i18n/index.js';

/** Shown elsewhere in the popup or internal to the data. */
const SHOWN_ELSEWHERE = new Set(['kind', 'nameZh', 'nameEn', 'enterpriseId', 'geometry', 'id']);

/** @returns {Array<[label: string, value: string]>} */
export function propertyRows(props) {
  const rows = [];
  const done = new Set(SHOWN_ELSEWHERE);
  for (const key of Object.keys(props)) {
    if (done.has(key)) continue;
    const stem = /(Zh|En)$/.test(key) ? key.slice(0, -2) : key;
    const variants = [stem, `${stem}Zh`, `${stem}En`].filter((k) => k in props);
    const base = variants.length > 1 ? stem : key;
    let value = props[key];
    if (base === stem && variants.length > 1) {
      // With a plain `x` beside `xEn` the plain one is Chinese; beside `xZh` it is English.
      const zh = props[`${stem}Zh`] ?? (`${stem}En` in props ? props[stem] : undefined);
      const en = props[`${stem}En`] ?? (`${stem}Zh` in props ? props[stem] : undefined);
      value = lang() === 'en' ? en ?? zh : zh ?? en;
      variants.forEach((k) => done.add(k));
    }
    done.add(key);
    const text = formatProperty(value);
    if (text) rows.push([has(`prop.${base}`) ? t(`prop.${base}`) : base, text]);
  }
  return rows;
}

/** A property value as text: numbers as they are, lists joined, flat maps as "k: v"; '' for nested data. */
export function formatProperty(value) {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'boolean') return t(value ? 'state.on' : 'state.off');
  if (Array.isArray(value)) return value.every((v) => typeof v !== 'object') ? value.join(', ') : '';
  if (typeof value === 'object') {
    const entries = Object.entries(value);
    return entries.every(([, v]) => typeof v !== 'object') ? entries.map(([k, v]) => `${k}: ${v}`).join(', ') : '';
  }
  return String(value);
}
