/**
 * One search box over enterprises (name, credit code, id), units (name, id) and chemicals (name, synonyms, CAS,
 * UN number). Matching is a case-insensitive substring test; results are grouped and capped per group.
 */
import { t, localName } from '../i18n/index.js';
import { h, replaceChildren } from '../ui/dom.js';

const MAX_PER_GROUP = 8;

function matches(query, ...fields) {
  return fields.some((f) => f && String(f).toLowerCase().includes(query));
}

/** Items of each group matching `text`. Pure, for the box below and for tests. */
export function searchIndex(text, { units = [], enterprises = [], chemicals = [] }) {
  const q = text.trim().toLowerCase();
  if (!q) return { units: [], enterprises: [], chemicals: [] };
  return {
    enterprises: enterprises.filter((e) => matches(q, e.id, e.nameZh, e.nameEn, e.creditCode)).slice(0, MAX_PER_GROUP),
    units: units.filter((u) => matches(q, u.id, u.nameZh, u.nameEn)).slice(0, MAX_PER_GROUP),
    chemicals: chemicals.filter((c) => matches(q, c.cas, c.nameZh, c.nameEn, c.unNumber, ...(c.synonyms || [])))
      .slice(0, MAX_PER_GROUP),
  };
}

export class SearchBox {
  /** @param actions {onUnit(id), onEnterprise(record), onChemical(cas)} */
  constructor(element, getData, actions) {
    this.element = element;
    this.getData = getData;
    this.actions = actions;
    this.input = h('input', { type: 'search', class: 'hz-search-input', oninput: () => this.update(),
      onkeydown: (e) => { if (e.key === 'Escape') { this.input.value = ''; this.update(); } } });
    this.results = h('div', { class: 'hz-search-results' });
    this.render();
  }

  render() {
    this.input.placeholder = t('hz.search.placeholder');
    replaceChildren(this.element, this.input, this.results);
    this.update();
  }

  update() {
    const found = searchIndex(this.input.value, this.getData());
    const group = (key, items, label, onClick) => (items.length ? [h('h5', {}, t(`hz.search.${key}`)),
      h('ul', {}, items.map((x) => h('li', { dataset: { result: key }, onclick: () => { onClick(x); } }, label(x))))] : null);
    const any = found.units.length + found.enterprises.length + found.chemicals.length;
    replaceChildren(this.results,
      group('enterprises', found.enterprises, (e) => localName(e, e.id), (e) => this.actions.onEnterprise(e)),
      group('units', found.units, (u) => `${localName(u, u.id)} (${u.id})`, (u) => this.actions.onUnit(u.id)),
      group('chemicals', found.chemicals, (c) => `${localName(c, c.cas)} · ${c.cas}`, (c) => this.actions.onChemical(c.cas)),
      this.input.value.trim() && !any ? h('p', { class: 'muted' }, t('hz.search.none')) : null);
  }
}
