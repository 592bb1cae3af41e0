/**
 * The portal's mapping view: the enterprise's bridges with their state, then every tag with its live value and
 * quality (from the page's live store, updated as values arrive), OPC UA node id, sampling interval, deadband, range
 * and alarm limits, from GET /api/enterprises/:id/mapping; exported as CSV (formula-like cells neutralised, csv.js).
 * All text is inserted as text. Test hooks: `#portal-mapping[data-tag-count]`, `tr[data-mapping-tag]`,
 * `td.live[data-q]`, `[data-bridge-id]`, `#portal-mapping-csv`.
 */
import { h, replaceChildren } from '../ui/dom.js';
import { localName, t as tShared } from '../i18n/index.js';
import { displayUnit, formatDuration, formatValue, qualityOf } from '../format.js';
import { tr } from './i18n.js';
import { download, toCsv } from './csv.js';

const dash = (v) => (v === null || v === undefined || v === '' ? '–' : String(v));

export class MappingPanel {
  /** @param liveStore the page's LiveStore (live values), or null */
  constructor(element, liveStore = null) {
    this.element = element;
    this.mapping = null;
    this.liveStore = liveStore;
    this.liveCells = new Map();
    this.element.hidden = true;
    if (liveStore) liveStore.onTags((changed) => this.updateLive(changed));
  }

  /** The live value text of a tag ("12.3 °C") and its quality key. */
  live(tagId) {
    const tag = this.liveStore?.tags.get(tagId);
    if (!tag || tag.v === undefined) return { text: '–', q: 'none' };
    const unit = tag.unit && typeof tag.v === 'number' ? ` ${displayUnit(tag.unit)}` : '';
    return { text: `${formatValue(tag)}${unit}`, q: qualityOf(tag) };
  }

  updateLive(changed) {
    if (this.element.hidden) return;
    for (const id of changed) {
      const td = this.liveCells.get(id);
      if (!td) continue;
      const { text, q } = this.live(id);
      td.textContent = text;
      td.dataset.q = q;
    }
  }

  csv() {
    const m = this.mapping;
    const cols = ['tag', 'name', 'live', 'quality', 'node', 'sampling', 'deadband', 'min', 'max', 'unit', 'll', 'l', 'h', 'hh'];
    const rows = m.tags.map((t) => {
      const live = this.live(t.id);
      return [t.id, localName(t, t.id), live.text, tShared(`quality.${live.q}`), t.node, t.samplingMs, t.deadband,
        t.min, t.max, t.unit, t.limits?.ll, t.limits?.l, t.limits?.h, t.limits?.hh];
    });
    return toCsv([cols.map((c) => tr(`portal.csv.${c}`)), ...rows]);
  }

  set(mapping) {
    this.mapping = mapping;
    this.element.dataset.tagCount = String(mapping.tags.length);
    if (!this.element.hidden) this.render();
  }

  toggle() {
    this.element.hidden = !this.element.hidden;
    if (!this.element.hidden) this.render();
  }

  render() {
    const m = this.mapping;
    if (!m) return;
    const close = h('button', { type: 'button', class: 'portal-close', text: tr('portal.close'),
      onclick: () => { this.element.hidden = true; } });
    const exportCsv = h('button', { type: 'button', id: 'portal-mapping-csv', class: 'portal-close', text: tr('portal.csv'),
      onclick: () => download(`${m.enterpriseId}-mapping.csv`, this.csv()) });
    const title = tr('portal.mapping.title', { name: localName(m, m.enterpriseId) });
    replaceChildren(this.element,
      h('header', {}, h('h2', { title, text: title }), exportCsv, close),
      h('p', { class: 'portal-ns' }, `${tr('portal.namespace')}: `, h('code', { text: dash(m.namespaceUri) }),
        ' · ', tr('portal.count', { n: m.tags.length })),
      this.bridges(m.feed),
      h('div', { class: 'portal-table-wrap' }, this.table(m.tags)));
  }

  bridges(feed) {
    const bridges = feed?.bridges || [];
    if (!bridges.length) return h('p', { class: 'portal-bridges none', text: tr('portal.bridge.none') });
    return h('table', { class: 'portal-bridges' },
      h('thead', {}, h('tr', {}, h('th', { text: tr('portal.bridges') }), h('th', { text: tr('portal.bridge.state') }),
        h('th', { text: tr('portal.bridge.lastBatch') }), h('th', { text: tr('portal.bridge.lag') }),
        h('th', { text: tr('portal.bridge.rate') }))),
      h('tbody', {}, bridges.map((b) => h('tr', { dataset: { bridgeId: b.bridgeId, state: b.state } },
        h('td', { text: b.bridgeId }), h('td', { text: dash(b.state) }),
        h('td', { text: b.lastBatchMs ? new Date(b.lastBatchMs).toLocaleTimeString(document.documentElement.lang || 'zh-CN', { hourCycle: 'h23' }) : '–' }),
        h('td', { text: Number.isFinite(b.lagMs) ? formatDuration(b.lagMs) : '–' }),
        h('td', { text: dash(b.samplesPerS) })))));
  }

  liveCell(tagId) {
    const { text, q } = this.live(tagId);
    const td = h('td', { class: 'num live', dataset: { q, tagId }, text });
    this.liveCells.set(tagId, td);
    return td;
  }

  table(tags) {
    this.liveCells.clear();
    const l = (t) => ['ll', 'l', 'h', 'hh'].map((k) => dash(t.limits?.[k])).join(' / ');
    return h('table', { class: 'portal-mapping-table' },
      h('thead', {}, h('tr', {}, ['tag', 'name', 'live', 'node', 'sampling', 'deadband', 'range', 'unit', 'limits']
        .map((c) => h('th', { text: tr(`portal.col.${c}`) })))),
      h('tbody', {}, tags.map((t) => h('tr', { dataset: { mappingTag: t.id } },
        h('td', {}, h('code', { text: t.id })), h('td', { text: localName(t, t.id) }), this.liveCell(t.id),
        h('td', {}, h('code', { text: t.node })), h('td', { class: 'num', text: dash(t.samplingMs) }),
        h('td', { class: 'num', text: dash(t.deadband) }), h('td', { class: 'num', text: `${t.min} – ${t.max}` }),
        h('td', { text: dash(displayUnit(t.unit)) }), h('td', { class: 'num', text: l(t) })))));
  }
}
