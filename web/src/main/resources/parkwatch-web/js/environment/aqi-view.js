/**
 * Rendering of HJ 633-2012 AQI results (as /api/environment/aqi sends them) shared by the one-map panel and the big
 * screen: the level's colour chip, "III 级（轻度污染）", and 首要污染物 named from the result's own sub-indices.
 */
import { lang } from '../i18n/index.js';
import { h } from '../ui/dom.js';
import { tr } from './i18n.js';

const ROMAN = { I: 1, II: 2, III: 3, IV: 4, V: 5, VI: 6 };

/** "二级（良）" / "Level 2 (Good)". */
export function levelText(r) {
  const category = lang() === 'en' ? r.categoryEn : r.categoryZh;
  const level = lang() === 'en' ? tr('env.aqiLevel', { n: ROMAN[r.level] || r.level }) : r.levelZh;
  return tr('env.level', { level, category });
}

/** The primary pollutants' names (from the sub-indices), or a dash when AQI ≤ 50 has none. */
export function primaryText(r) {
  if (!r.primary || r.primary.length === 0) return tr('env.primaryNone');
  return r.primary.map((item) => {
    const s = (r.subIndices || []).find((x) => x.item === item);
    return s ? (lang() === 'en' ? s.nameEn : s.nameZh) : item;
  }).join('、');
}

/** A coloured AQI chip: the number on the level's colour (dark text on the light levels). */
export function aqiChip(r) {
  if (!r) return h('span', { class: 'aqi-chip aqi-none' }, '—');
  const dark = ['I', 'II', 'III'].includes(r.level);
  return h('span', { class: 'aqi-chip', style: `background:${r.colour};color:${dark ? '#111' : '#fff'}`,
    dataset: { aqi: String(r.aqi), level: r.level } }, String(r.aqi));
}
