/**
 * The feature popup: name, kind, enterprise, properties and the live values of the feature's tags (each value
 * element carries `data-tag-id` and shows the formatted value), plus a live trend of the selected tag.
 */
import { ol } from '../vendor.js';
import { t, has, localName } from '../i18n/index.js';
import { h, replaceChildren } from '../ui/dom.js';
import { formatValue, formatAge, qualityOf, displayUnit, DISCRETE_KINDS } from '../format.js';
import { canonicalKind } from './kinds.js';
import { propertyRows } from './properties.js';
import { limitBand } from './live-state.js';
import { LiveTrend } from '../charts/trend.js';

const AGE_REFRESH_MS = 1000;

export class FeaturePopup {
  constructor(map, element, store, { onHistory, onClose } = {}) {
    this.map = map;
    this.element = element;
    this.store = store;
    this.onHistory = onHistory;
    this.onClose = onClose;
    this.feature = null;
    this.trend = null;
    this.sections = []; // other capabilities' sections: fn(feature) → element or null (e.g. the disposal card)
    this.overlay = new ol.Overlay({ element, positioning: 'bottom-center', offset: [0, -14], autoPan: { animation: { duration: 200 } } });
    map.addOverlay(this.overlay);
    store.onTags((changed) => this.updateValues(changed));
    setInterval(() => this.updateAges(), AGE_REFRESH_MS);
  }

  open(feature, coordinate) {
    this.close(false);
    this.feature = feature;
    const tags = this.store.tagsOfFeature(feature.getId());
    this.trendTag = tags.find((tag) => !DISCRETE_KINDS.has(tag.kind)) || null; // on/off signals get no trend
    this.render();
    this.overlay.setPosition(coordinate || ol.extent.getCenter(feature.getGeometry().getExtent()));
  }

  /** Adds a section below the popup's own content; `fn(feature)` returns an element or null. */
  addSection(fn) {
    this.sections.push(fn);
  }

  close(notify = true) {
    if (this.trend) { this.trend.dispose(); this.trend = null; }
    const was = this.feature;
    this.feature = null;
    this.overlay.setPosition(undefined);
    replaceChildren(this.element);
    if (notify && was && this.onClose) this.onClose(was);
  }

  /** Rebuilds the popup (also after a language switch). */
  render() {
    if (!this.feature) return;
    if (this.trend) { this.trend.dispose(); this.trend = null; }
    const props = this.feature.getProperties();
    const kind = canonicalKind(props.kind);
    const feed = this.store.feeds.get(props.enterpriseId);
    const tags = this.store.tagsOfFeature(this.feature.getId());
    const trendEl = h('div', { class: 'trend-chart small' });
    const extra = props.tagless ? [] : propertyRows(props);
    replaceChildren(this.element, h('div', { class: 'popup-card', dataset: { featureId: this.feature.getId() } },
      h('header', {},
        h('h2', {}, localName(props, String(this.feature.getId()))),
        h('button', { type: 'button', class: 'close', title: t('popup.close'), onclick: () => this.close() }, '×')),
      h('table', { class: 'props' }, h('tbody', {},
        row(t('popup.kind'), has(`kind.${kind}`) ? t(`kind.${kind}`) : String(props.kind ?? '')),
        props.enterpriseId ? row(t('popup.enterprise'), localName(feed, props.enterpriseId)) : null,
        row(t('popup.id'), String(this.feature.getId())))),
      props.tagless ? null : h('h3', {}, t('popup.tags')), // features of other capabilities (a work permit) have no tags
      props.tagless ? null : tags.length ? this.tagTable(tags) : h('p', { class: 'muted' }, t('popup.noTags')),
      this.trendTag ? trendEl : null,
      this.trendTag ? h('button', { type: 'button', class: 'history-button',
        onclick: () => this.onHistory && this.onHistory(this.trendTag) }, t('popup.history')) : null,
      extra.length ? h('details', { open: !tags.length },
        h('summary', {}, t('popup.properties')),
        h('table', { class: 'props' }, h('tbody', {}, extra.map(([label, value]) => row(label, value))))) : null,
      this.sections.map((fn) => fn(this.feature))));
    if (this.trendTag) {
      this.trend = new LiveTrend(trendEl, this.store);
      this.trend.show(this.trendTag);
    }
  }

  tagTable(tags) {
    const featureName = localName(this.feature.getProperties(), '');
    return h('table', { class: 'tags' },
      h('thead', {}, h('tr', {}, [t('popup.tag'), t('popup.value'), t('popup.quality'), t('popup.age')].map((x) => h('th', {}, x)))),
      h('tbody', {}, tags.map((tag) => {
        const quality = qualityOf(tag);
        const fullName = localName(tag, tag.id);
        return h('tr', { class: tag === this.trendTag ? 'selected' : '', dataset: { tagRow: tag.id },
          onclick: () => this.selectTrend(tag) },
        h('td', { title: `${fullName} (${tag.id})` }, shortTagName(fullName, featureName)),
        h('td', { class: 'value' }, h('span', { class: 'v', dataset: { tagId: tag.id, band: bandOf(tag) } }, formatValue(tag)),
          tag.unit && !DISCRETE_KINDS.has(tag.kind) ? h('span', { class: 'unit' }, ` ${displayUnit(tag.unit)}`) : null),
        h('td', {}, h('span', { class: `q q-${quality}`, dataset: { quality: tag.id } }, t(`quality.${quality}`))),
        h('td', { class: 'age', dataset: { age: tag.id } }, formatAge(tag.ts, this.store.nowMs())));
      })));
  }

  selectTrend(tag) {
    if (DISCRETE_KINDS.has(tag.kind) || !this.trendTag) return;
    this.trendTag = tag;
    this.element.querySelectorAll('tr[data-tag-row]').forEach((tr) => tr.classList.toggle('selected', tr.dataset.tagRow === tag.id));
    if (this.trend) this.trend.show(tag);
  }

  /** Writes new values into the open popup's cells (only for tags that changed). */
  updateValues(changed) {
    if (!this.feature) return;
    for (const tag of this.store.tagsOfFeature(this.feature.getId())) {
      if (!changed.has(tag.id)) continue;
      const sel = CSS.escape(tag.id);
      const v = this.element.querySelector(`[data-tag-id="${sel}"]`);
      if (v) {
        v.textContent = formatValue(tag);
        v.dataset.band = bandOf(tag);
      }
      const q = this.element.querySelector(`[data-quality="${sel}"]`);
      if (q) {
        const quality = qualityOf(tag);
        q.className = `q q-${quality}`;
        q.textContent = t(`quality.${quality}`);
      }
      if (this.trend && this.trendTag === tag) this.trend.refresh();
    }
  }

  updateAges() {
    if (!this.feature) return;
    if (this.trend) this.trend.refresh(); // the line runs on to "now" even without new values
    const now = this.store.nowMs();
    this.element.querySelectorAll('[data-age]').forEach((td) => {
      td.textContent = formatAge(this.store.tags.get(td.dataset.age)?.ts, now);
    });
  }
}

/** The tag's name without the feature's name in front ("TK201 level" under tank "TK201" → "level"). */
export function shortTagName(tagName, featureName) {
  if (featureName && tagName.startsWith(featureName)) {
    const rest = tagName.slice(featureName.length).replace(/^[\s·:：,，-]+/, '');
    if (rest) return rest;
  }
  return tagName;
}

/** Alarm band of a numeric value for colouring: 'hh' | 'h' | 'l' | 'll' | 'normal'. */
function bandOf(tag) {
  return typeof tag.v === 'number' && !tag.stale ? limitBand(tag.v, tag.limits) : 'normal';
}

function row(label, value) {
  return h('tr', {}, h('th', {}, label), h('td', {}, value));
}
