/**
 * The "what if" form: release place (picked on the map or a feature id), chemical, rate or mass, wind prefilled
 * from the live weather-station tags, optional stability and outcome; calls POST /api/risk/threat-zones and hands
 * the result to `onResult`. A 400 answer shows the server's message and marks the named field.
 * Test hooks: `#whatif-form`, inputs named like the API fields, `#whatif-form[data-state]` (idle | running | done | error).
 */
import { ol } from '../vendor.js';
import { h, replaceChildren } from '../ui/dom.js';
import { tr } from './i18n.js';
import { zoneApi } from './api.js';

const STABILITIES = ['', 'A', 'B', 'C', 'D', 'E', 'F'];
const OUTCOMES = ['', 'toxic', 'poolfire', 'fireball', 'vce', 'vce-tno'];

export class WhatIfForm {
  /**
   * @param liveStore the page's LiveStore (wind prefill from tags of kind wind-direction / wind-speed)
   * @param onResult  called with the run JSON
   */
  constructor(root, map, liveStore, { onResult }) {
    this.root = root;
    this.map = map;
    this.liveStore = liveStore;
    this.onResult = onResult;
    this.values = {};
    this.picking = null;
    root.hidden = true;
  }

  /** Opens the form, prefilled from `inputs` (a run's inputs) or the live weather. */
  open(inputs = {}) {
    this.values = {
      lon: inputs.lon ?? '', lat: inputs.lat ?? '', featureId: inputs.featureId ?? '',
      chemical: (inputs.chemical && inputs.chemical.cas) || '', releaseRateKgPerS: inputs.releaseRateKgPerS ?? '',
      massKg: inputs.massKg ?? '', windFromDeg: inputs.windFromDeg ?? '', windSpeedMPerS: inputs.windSpeedMPerS ?? '',
      stability: '', outcome: '',
    };
    if (this.values.windFromDeg === '') this.fillLiveWind();
    this.root.dataset.state = 'idle';
    this.error = null;
    this.render();
  }

  close() {
    this.stopPicking();
    this.root.hidden = true;
  }

  /** Wind from the live weather-station tags, when they have a good, fresh value. */
  fillLiveWind() {
    for (const tag of this.liveStore.tags.values()) {
      const ok = tag.q === 'good' && !tag.stale && Number.isFinite(tag.v);
      if (ok && tag.kind === 'wind-direction') this.values.windFromDeg = Math.round(tag.v * 10) / 10;
      if (ok && tag.kind === 'wind-speed') this.values.windSpeedMPerS = Math.round(tag.v * 10) / 10;
    }
  }

  startPicking() {
    this.stopPicking();
    this.picking = (event) => {
      const [lon, lat] = ol.proj.toLonLat(event.coordinate);
      this.values.lon = Math.round(lon * 1e6) / 1e6;
      this.values.lat = Math.round(lat * 1e6) / 1e6;
      this.values.featureId = '';
      this.stopPicking();
      this.render();
    };
    this.map.once('singleclick', this.picking);
    this.root.dataset.picking = 'true';
    this.render();
  }

  stopPicking() {
    if (this.picking) this.map.un('singleclick', this.picking);
    this.picking = null;
    delete this.root.dataset.picking;
  }

  /** The request body from the form: empty fields are left out so the server's defaults apply. */
  body() {
    const v = this.values;
    const out = {};
    const num = (k) => { if (v[k] !== '' && v[k] !== null) out[k] = Number(v[k]); };
    if (v.featureId) out.featureId = String(v.featureId).trim(); else { num('lon'); num('lat'); }
    if (v.chemical) out.chemical = String(v.chemical).trim();
    num('releaseRateKgPerS'); num('massKg'); num('windFromDeg'); num('windSpeedMPerS');
    if (v.stability) out.stability = v.stability;
    if (v.outcome) out.outcome = v.outcome;
    return out;
  }

  async submit() {
    this.root.dataset.state = 'running';
    this.error = null;
    try {
      const run = await zoneApi.whatIf(this.body());
      this.root.dataset.state = 'done';
      this.onResult(run);
    } catch (e) {
      this.root.dataset.state = 'error';
      this.error = e.message;
    }
    this.render();
  }

  render() {
    const field = (name, label, attrs = {}) => h('label', { class: 'whatif-field' }, h('span', {}, label),
      h('input', { name, value: this.values[name] ?? '', ...attrs,
        oninput: (e) => { this.values[name] = e.target.value; } }));
    const select = (name, label, options, text = (o) => o) => h('label', { class: 'whatif-field' }, h('span', {}, label),
      h('select', { name, onchange: (e) => { this.values[name] = e.target.value; } },
        options.map((o) => h('option', { value: o, selected: this.values[name] === o }, o ? text(o) : tr('whatif.auto')))));
    replaceChildren(this.root,
      h('header', {}, h('h2', {}, tr('whatif.title')),
        h('button', { type: 'button', class: 'close', title: tr('zones.close'), onclick: () => this.close() }, '×')),
      h('form', { onsubmit: (e) => { e.preventDefault(); this.submit(); } },
        h('div', { class: 'whatif-place' }, h('span', {}, tr('whatif.place')),
          h('button', { type: 'button', class: 'whatif-pick', onclick: () => this.startPicking() },
            this.picking ? tr('whatif.picking') : tr('whatif.pick'))),
        field('lon', tr('whatif.lon'), { inputmode: 'decimal' }), field('lat', tr('whatif.lat'), { inputmode: 'decimal' }),
        field('featureId', tr('whatif.feature')),
        field('chemical', tr('whatif.chemical')),
        field('releaseRateKgPerS', tr('whatif.rate'), { inputmode: 'decimal' }),
        field('massKg', tr('whatif.mass'), { inputmode: 'decimal' }),
        field('windFromDeg', tr('whatif.windFrom'), { inputmode: 'decimal' }),
        field('windSpeedMPerS', tr('whatif.windSpeed'), { inputmode: 'decimal' }),
        h('button', { type: 'button', class: 'whatif-live', onclick: () => { this.fillLiveWind(); this.render(); } }, tr('whatif.live')),
        select('stability', tr('whatif.stability'), STABILITIES),
        select('outcome', tr('whatif.outcome'), OUTCOMES, (o) => tr(`whatif.outcome.${o}`)),
        h('button', { type: 'submit', class: 'whatif-run' }, tr('whatif.run')),
        this.error ? h('div', { class: 'whatif-error', role: 'alert' }, tr('whatif.failed', { msg: this.error })) : null));
    this.root.hidden = false;
  }
}
