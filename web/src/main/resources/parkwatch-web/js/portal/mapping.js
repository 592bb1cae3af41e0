/**
 * The portal's mapping view: the enterprise's bridges with their state, then every tag with its OPC UA node id,
 * sampling interval, deadband, range and alarm limits, from GET /api/enterprises/:id/mapping. All text is inserted
 * as text. Test hooks: `#portal-mapping[data-tag-count]`, `tr[data-mapping-tag]`, `[data-bridge-id]`.
 */
import { h, replaceChildren } from '../ui/dom.js';
import { localName } from '../i18n/index.js';
import { formatDuration, formatTime, displayUnit } from '../format.js';
import { tr } from './i18n.js';

const dash = (v) => (v === null || v === undefined || v === '' ? '–' : String(v));

export class MappingPanel {
  constructor(element) {
    this.element = element;
    this.mapping = null;
    this.element.hidden = true;
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
    replaceChildren(this.element,
      h('header', {}, h('h2', { text: tr('portal.mapping.title', { name: localName(m, m.enterpriseId) }) }), close),
      h('p', { class: 'portal-ns' }, `${tr('portal.namespace')}: `, h('code', { text: dash(m.namespaceUri), dataset: { code: 'namespace' } }),
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
        h('td', { text: b.lastBatchMs ? formatTime(b.lastBatchMs) : '–' }),
        h('td', { text: Number.isFinite(b.lagMs) ? formatDuration(b.lagMs) : '–' }),
        h('td', { text: dash(b.samplesPerS) })))));
  }

  table(tags) {
    const l = (t) => ['ll', 'l', 'h', 'hh'].map((k) => dash(t.limits?.[k])).join(' / ');
    return h('table', { class: 'portal-mapping-table' },
      h('thead', {}, h('tr', {}, ['tag', 'name', 'node', 'sampling', 'deadband', 'range', 'unit', 'limits']
        .map((c) => h('th', { text: tr(`portal.col.${c}`) })))),
      h('tbody', {}, tags.map((t) => h('tr', { dataset: { mappingTag: t.id } },
        // the tag id and the OPC UA node id are what an engineer configures: shown as code on purpose (data-code)
        h('td', {}, h('code', { text: t.id, dataset: { code: 'tag' } })), h('td', { text: localName(t, t.id) }),
        h('td', {}, h('code', { text: t.node, dataset: { code: 'node' } })), h('td', { class: 'num', text: dash(t.samplingMs) }),
        h('td', { class: 'num', text: dash(t.deadband) }), h('td', { class: 'num', text: `${t.min} – ${t.max}` }),
        h('td', { text: t.unit ? displayUnit(t.unit) : '–' }), h('td', { class: 'num', text: l(t) })))));
  }
}
