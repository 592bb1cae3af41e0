/**
 * The people on the enterprises' sites inside an incident's threat zones (issue 16), from the gates' counts per
 * enterprise (`GET api/incidents/:id/people-in-zones`): shown in the incident panel beside the residents.
 */
import { getJson } from '../api.js';
import { h } from '../ui/dom.js';
import { lang } from '../i18n/index.js';
import { tr } from './gates-i18n.js';

const REFRESH_MS = 15000;

/** Fetches and caches the answer per incident; `onChange` re-renders the panel when it arrives. */
export class ZonePeople {
  constructor(onChange) {
    this.onChange = onChange;
    this.incidentId = null;
    this.answer = null;
    this.fetchedMs = 0;
  }

  follow(incidentId) {
    if (incidentId === this.incidentId && Date.now() - this.fetchedMs < REFRESH_MS) return;
    if (incidentId !== this.incidentId) this.answer = null;
    this.incidentId = incidentId;
    this.fetchedMs = Date.now();
    if (!incidentId) return;
    getJson(`api/incidents/${encodeURIComponent(incidentId)}/people-in-zones`)
      .then((a) => { if (this.incidentId === incidentId) { this.answer = a; this.onChange(); } })
      .catch(() => { if (this.incidentId === incidentId) { this.answer = { zones: [] }; } });
  }

  /** The section's elements, with the enterprises named by `enterpriseName`. */
  section(enterpriseName) {
    if (!this.incidentId) return null;
    const zones = (this.answer && this.answer.zones) || [];
    const items = zones.map((z) => h('li', { dataset: { people: String(z.people) } },
      tr('zonePeople.zone', { zone: lang() === 'en' ? z.textEn || z.threshold : z.textZh || z.threshold, n: z.people }),
      z.enterprises.length ? h('ul', {}, z.enterprises.map((e) => h('li', {}, tr('zonePeople.share', {
        name: enterpriseName(e.enterpriseId), inside: e.peopleInside, pct: Math.round(e.siteFraction * 100), n: e.peopleInZone,
      })))) : null));
    return [h('h3', {}, tr('zonePeople.title')),
      items.length ? h('ul', { class: 'zone-people' }, items) : h('div', { class: 'none' }, tr('zonePeople.none'))];
  }
}
