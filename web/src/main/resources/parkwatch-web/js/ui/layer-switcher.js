/**
 * The layer switcher: layers grouped by what they show (base, enterprises, facilities, monitoring, sensitive
 * targets, emergency resources), a checkbox each, names in the current language. Each entry carries
 * `data-layer-id` and `data-layer-count` (features loaded) for tests and tools.
 */
import { t, localName } from '../i18n/index.js';
import { h, replaceChildren } from './dom.js';
import { GROUP_ORDER } from '../map/kinds.js';
import { legend } from './legend.js';

const STORAGE_KEY = 'parkwatch.hiddenLayers';

export class LayerSwitcher {
  constructor(element, entries) {
    this.element = element;
    this.entries = entries;
    this.hidden = new Set(readHidden());
    for (const entry of entries) entry.layer.setVisible(!this.hidden.has(entry.info.id));
  }

  render() {
    const groups = GROUP_ORDER.map((group) => ({ group, entries: this.entries.filter((e) => e.group === group) }))
      .filter((g) => g.entries.length);
    const wasOpen = this.element.firstElementChild?.open ?? true;
    replaceChildren(this.element, h('details', { open: wasOpen },
      h('summary', {}, t('layers.title')),
      groups.map(({ group, entries }) => h('fieldset', { class: 'layer-group', dataset: { group } },
        h('legend', {}, t(`group.${group}`)),
        entries.map((entry) => this.renderEntry(entry)))),
      legend()));
  }

  renderEntry(entry) {
    const id = entry.info.id;
    const box = h('input', { type: 'checkbox', checked: entry.layer.getVisible(), dataset: { layerToggle: id },
      onchange: () => this.setVisible(entry, box.checked) });
    return h('label', { class: entry.error ? 'layer-entry failed' : 'layer-entry',
      dataset: { layerId: id, layerCount: String(entry.features.length) }, title: entry.error ? entry.error.message : null },
    box, h('span', { class: 'layer-name' }, localName(entry.info, id)),
    h('span', { class: 'count' }, entry.error ? t('layers.loadFailed') : String(entry.features.length)));
  }

  setVisible(entry, visible) {
    entry.layer.setVisible(visible);
    if (visible) this.hidden.delete(entry.info.id); else this.hidden.add(entry.info.id);
    try { localStorage.setItem(STORAGE_KEY, JSON.stringify([...this.hidden])); } catch { /* not persisted */ }
  }
}

function readHidden() {
  try {
    const list = JSON.parse(localStorage.getItem(STORAGE_KEY) || '[]');
    return Array.isArray(list) ? list.filter((x) => typeof x === 'string') : [];
  } catch {
    return [];
  }
}
