/**
 * A chemical's card: regulatory flags, GB 18218 Q and β, and the emergency disposal card (hazards, protective
 * equipment, isolation distances, fire fighting, spill handling, first aid) in the current language. All text is
 * inserted as text.
 */
import { t, lang } from '../i18n/index.js';
import { h } from '../ui/dom.js';
import { hazardApi, num } from './api.js';

const cache = new Map();

/** The chemical by CAS number, fetched once. */
export function chemical(cas) {
  if (!cache.has(cas)) cache.set(cas, hazardApi.chemical(cas).catch((e) => { cache.delete(cas); throw e; }));
  return cache.get(cas);
}

const FLAGS = ['highlyToxic', 'explosivePrecursor', 'keySupervised', 'prohibitedRestrictedControlled'];
const SECTIONS = ['hazards', 'protectiveEquipment', 'fireFighting', 'spill', 'firstAid'];

export function flagBadges(flags) {
  return FLAGS.filter((f) => flags && flags[f]).map((f) => h('span', { class: `hz-flag hz-flag-${f}` }, t(`hz.flag.${f}`)));
}

/** The full card of a chemical record as GET /api/chemicals/:cas returns it. */
export function chemicalCard(c) {
  const card = c.disposalCard;
  const text = card ? (lang() === 'en' ? card.en : card.zh) : null;
  const iso = card && card.isolation;
  return h('div', { class: 'hz-chemical', dataset: { cas: c.cas } },
    h('h3', {}, `${lang() === 'en' ? c.nameEn : c.nameZh} · CAS ${c.cas}${c.unNumber ? ` · UN ${c.unNumber}` : ''}`),
    h('div', { class: 'hz-flags' }, flagBadges(c.flags)),
    c.gb18218 && c.gb18218.counts
      ? h('p', {}, t('hz.chem.gb', { q: num(c.gb18218.criticalQuantityT), beta: num(c.gb18218.beta) }))
      : h('p', { class: 'muted' }, t('hz.chem.notCounted')),
    text ? h('div', { class: 'hz-disposal', dataset: { disposalCard: c.cas } },
      h('h4', {}, t('hz.card.title')),
      SECTIONS.map((s) => (text[s] && text[s].length ? [h('h5', {}, t(`hz.card.${s}`)),
        h('ul', {}, text[s].map((line) => h('li', {}, line)))] : null)),
      iso ? h('p', { class: 'hz-isolation' }, t('hz.card.isolation', {
        immediate: iso.immediatePrecautionM ?? '—', fire: iso.fireIsolationM ?? '—' })) : null)
      : h('p', { class: 'muted' }, t('hz.card.none')));
}

/**
 * A popup section for a tank: its chemical's card, filled in when the chemical has been fetched; null for other
 * features.
 */
export function tankCardSection(feature) {
  const cas = feature.get('chemicalCas');
  if (!cas) return null;
  const box = h('details', { class: 'hz-popup-card', open: false }, h('summary', {}, t('hz.card.title')),
    h('p', { class: 'muted' }, t('hz.loading')));
  chemical(cas).then((c) => {
    box.replaceChildren(h('summary', {}, t('hz.card.title')), chemicalCard(c));
  }).catch((e) => {
    box.replaceChildren(h('summary', {}, t('hz.card.title')), h('p', { class: 'muted' }, e.message));
  });
  return box;
}
