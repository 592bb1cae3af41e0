/**
 * The threat-zone panel beside the map: legend (one row per drawn level, outermost first, with the people and
 * targets inside), model warnings, the people and sensitive targets inside, installations inside, the nearest
 * resources outside and the inputs used (weather source, stability, rate and its basis), the kind of the zone set
 * (confirmed release or what-if) and which model drew which part of a footprint. All text is inserted as text.
 * Test hooks: `#zone-panel[data-zone-kind]`, `#zone-panel[data-incident-id][data-exposed-population][data-zone-count]`,
 * `[data-zone-level][data-zone-outcome][data-zone-population][data-zone-targets]`, `[data-exposed-population]`.
 */
import { h, replaceChildren } from '../ui/dom.js';
import { lang, localName } from '../i18n/index.js';
import { tr, modelName, weatherSourceText } from './i18n.js';
import { formatDateTime, formatNumber } from '../format.js';
import { zoneColour } from './layer.js';

/** A colour swatch; colours set through the CSSOM (no style attribute, so a strict style-src CSP holds). */
function swatch(rgb) {
  const el = h('span', { class: 'swatch' });
  el.style.background = `rgba(${rgb},0.6)`;
  el.style.borderColor = `rgb(${rgb})`;
  return el;
}

/** A zone key from the server ("toxic:ERPG-3") in words: the outcome's name and the threshold. */
function zoneText(zone) {
  const [outcome, threshold] = String(zone).split(':');
  return threshold === undefined ? String(zone) : `${tr(`zones.outcome.${outcome}`)} ${threshold}`;
}

export class ZonePanel {
  constructor(root, { onLocate, onClose, onWhatIf }) {
    this.root = root;
    this.onLocate = onLocate;
    this.onClose = onClose;
    this.onWhatIf = onWhatIf;
    this.run = null;
    this.incidentId = null;
    root.hidden = true;
  }

  /** Shows a run; `incidentId` null for a what-if result. */
  show(run, incidentId) {
    this.run = run;
    this.incidentId = incidentId;
    this.render();
  }

  close() {
    this.run = null;
    this.incidentId = null;
    this.root.hidden = true;
    delete this.root.dataset.incidentId;
  }

  render() {
    if (!this.run) return;
    const run = this.run;
    const text = (o) => (lang() === 'en' ? o.textEn || o.en : o.textZh || o.zh);
    const dist = (m) => tr('zones.distance', { d: Math.round(m) });
    const exposure = run.exposure || {};
    const inputs = run.inputs || {};
    const features = run.features || [];
    const legend = features.map((f) => {
      const p = f.properties;
      const rgb = zoneColour(p.outcome, p.level, p.levels);
      return h('li', { class: 'zone-row', dataset: { zoneLevel: String(p.level), zoneOutcome: p.outcome,
        zonePopulation: String(p.population), zoneTargets: String((p.targets || []).length), zoneReached: String(p.reached) } },
        swatch(rgb),
        `${tr(`zones.outcome.${p.outcome}`)} · ${p.threshold} (${p.value} ${p.unit}) `,
        p.reached ? `≤ ${dist(p.distanceM)} · ${p.population}` : tr('zones.notReached'));
    });
    const warnings = (run.warnings || []).map((w) => h('li', { dataset: { warning: w.code } }, text(w)));
    const targets = (exposure.targets || []).map((t) => h('li', { dataset: { targetId: t.id, sensitive: String(t.sensitive) } },
      h('button', { type: 'button', class: 'link', onclick: () => this.onLocate(t.id) }, localName(t, t.id)),
      ` ${t.population} · ${zoneText(t.zone)}${t.sensitive ? ' ⚠' : ''}`));
    const installations = (exposure.installations || []).map((i) => h('li', { dataset: { installationId: i.id } },
      `${localName(i, i.id)} (${zoneText(i.zone)})`));
    const resources = (exposure.resources || []).map((r) => h('li', { dataset: { resourceId: r.id } },
      h('button', { type: 'button', class: 'link', onclick: () => this.onLocate(r.id) }, localName(r, r.id)),
      ` ${dist(r.distanceM)}`));
    const inside = (exposure.resourcesInside || []).map((r) => h('li', {}, localName(r, r.id)));
    const spans = (o) => ((o.spans || []).length > 1 ? h('div', { class: 'spans', dataset: { spans: String(o.spans.length) } },
      o.spans.map((x) => (x.toM === null || x.toM === undefined
        ? tr('zones.spanOpen', { from: formatNumber(x.fromM, 0), m: modelName(x.model) })
        : tr('zones.span', { from: formatNumber(x.fromM, 0), to: formatNumber(x.toM, 0), m: modelName(x.model) })))
        .join(lang() === 'en' ? '; ' : '；')) : null);
    const outcomes = (run.outcomes || []).map((o) => h('li', { dataset: { outcomeModel: o.model } },
      `${tr(`zones.outcome.${o.outcome}`)} · ${tr('zones.model', { m: modelName(o.model) })}`,
      o.outcome === 'toxic' ? ` · ${o.dense ? tr('zones.dense') : tr('zones.passive')}` : '',
      spans(o),
      (o.assumptions || []).length ? h('div', { class: 'assumption' }, (o.assumptions || []).map(text).join('；')) : null));
    const rate = inputs.releaseRateKgPerS !== null && inputs.releaseRateKgPerS !== undefined
      ? tr('zones.rate', { q: inputs.releaseRateKgPerS }) : tr('zones.mass', { m: inputs.massKg });
    const sec = (title, items) => [h('h3', {}, title), items.length ? h('ul', {}, items) : h('div', { class: 'none' }, tr('zones.none'))];
    const chem = inputs.chemical || {};
    // an incident's zone set says whether the release is confirmed; one the user computed is a what-if
    const kind = run.kind === 'confirmed' ? 'confirmed' : 'what-if';
    replaceChildren(this.root,
      h('header', {}, h('h2', {}, `${tr('zones.title')} · ${this.incidentId ? tr('zones.incident', { id: this.incidentId }) : tr('zones.whatIfResult')}`),
        h('button', { type: 'button', class: 'whatif-open', onclick: () => this.onWhatIf(inputs) }, tr('zones.whatIf')),
        h('button', { type: 'button', class: 'close', title: tr('zones.close'), onclick: () => { this.close(); this.onClose(); } }, '×')),
      h('div', { class: 'zone-kind', dataset: { zoneKind: kind } }, tr(`zones.kind.${kind}`)),
      h('div', { class: 'zone-summary', dataset: { exposedPopulation: String(exposure.population ?? 0) } },
        `${localName(chem, chem.cas)} · ${tr('zones.people', { n: exposure.population ?? 0 })} · `
        + tr('zones.sensitive', { n: exposure.sensitiveTargets ?? 0 })),
      h('h3', {}, tr('zones.legend')), h('ul', { class: 'zone-legend' }, legend),
      sec(tr('zones.warnings'), warnings),
      sec(tr('zones.targets'), targets),
      sec(tr('zones.installations'), installations),
      sec(tr('zones.resources'), resources),
      inside.length ? sec(tr('zones.resourcesInside'), inside) : null,
      h('h3', {}, tr('zones.inputs')),
      h('ul', { class: 'zone-inputs' },
        h('li', {}, tr('zones.wind', { from: formatNumber(inputs.windFromDeg, 0), speed: formatNumber(inputs.windSpeedMPerS, 1),
          s: inputs.stability })),
        h('li', {}, tr('zones.source', { src: weatherSourceText(inputs.weatherSource, formatDateTime) })),
        h('li', {}, `${rate} · ${lang() === 'en' ? inputs.rateBasisEn : inputs.rateBasisZh}`),
        outcomes));
    this.root.dataset.incidentId = this.incidentId || '';
    this.root.dataset.zoneKind = kind;
    this.root.dataset.exposedPopulation = String(exposure.population ?? 0);
    this.root.dataset.zoneCount = String(features.filter((f) => f.geometry).length);
    this.root.hidden = false;
  }
}
