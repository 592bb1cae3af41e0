/**
 * The incident panel: what the linkage package says about an incident (or one alarm) — location, chemicals with
 * their disposal card, cameras that see the place, sensitive targets and people within the radius, the nearest
 * resources with distances, duty contacts. All text is inserted as text.
 */
import { h, replaceChildren } from '../ui/dom.js';
import { lang, localName } from '../i18n/index.js';
import { tr } from './i18n.js';

export class IncidentPanel {
  constructor(root, { onLocate }) {
    this.root = root;
    this.onLocate = onLocate;
    this.current = null;
    root.hidden = true;
  }

  /** @param incident the incident JSON, or null for a single alarm; @param linkage its linkage package */
  show(incident, linkage, title) {
    this.current = { incident, linkage, title };
    this.render();
  }

  close() {
    this.current = null;
    this.root.hidden = true;
  }

  render() {
    if (!this.current) return;
    const { incident, linkage, title } = this.current;
    const L = linkage || {};
    const sec = (key, items) => [h('h3', {}, key), items && items.length ? items : h('div', { class: 'none' }, tr('incident.none'))];
    const dist = (m) => tr('incident.distance', { d: Math.round(m) });
    const heading = incident
      ? `${tr(`incident.kind.${incident.kind}`)} ${incident.id} · ${tr(`incident.state.${incident.state}`)}`
      : title || tr('incident.title');
    const place = L.place || {};
    const chemicals = (L.chemicals || []).map((c) => {
      const card = c.card ? (lang() === 'en' ? c.card.en : c.card.zh) : null;
      return h('div', { class: 'chem' },
        h('div', { class: 'chem-name' }, `${localName(c, c.cas)} (CAS ${c.cas}${c.unNumber ? `, UN ${c.unNumber}` : ''})`),
        c.ghs && c.ghs.length ? h('div', { class: 'ghs' }, c.ghs.map((g) => (lang() === 'en' ? g.en : g.zh)).join('；')) : null,
        card ? h('details', { class: 'card', open: true },
          h('summary', {}, tr('incident.card'),
            c.card.isolation && c.card.isolation.immediatePrecautionM
              ? ` · ${tr('incident.isolation', { m: c.card.isolation.immediatePrecautionM })}` : ''),
          h('div', { class: 'card-h' }, tr('incident.spill')), h('ul', {}, card.spill.map((s) => h('li', {}, s))),
          h('div', { class: 'card-h' }, tr('incident.ppe')), h('ul', {}, card.protectiveEquipment.map((s) => h('li', {}, s))),
          h('div', { class: 'card-h' }, tr('incident.firstAid')), h('ul', {}, card.firstAid.map((s) => h('li', {}, s))))
          : null);
    });
    const cameras = (L.cameras || []).map((c) => h('li', { dataset: { cameraId: c.id } },
      h('button', { type: 'button', class: 'link', onclick: () => this.onLocate(c.lon, c.lat) }, localName(c, c.id)),
      ` ${dist(c.distanceM)}`));
    const targets = (L.targets || []).map((t) => h('li', { dataset: { targetId: t.id } },
      h('button', { type: 'button', class: 'link', onclick: () => this.onLocate(t.lon, t.lat) }, localName(t, t.id)),
      ` ${t.population} · ${dist(t.distanceM)}`));
    const resources = (L.resources || []).map((r) => h('li', { dataset: { resourceId: r.id } },
      h('button', { type: 'button', class: 'link', onclick: () => this.onLocate(r.lon, r.lat) }, localName(r, r.id)),
      ` ${dist(r.distanceM)}`));
    const contacts = (L.contacts || []).map((c) => h('li', {}, `${c.enterpriseId} ${c.role} ${c.name} ${c.phone}`));
    replaceChildren(this.root,
      h('header', {}, h('h2', {}, heading),
        h('button', { type: 'button', class: 'close', title: '×', onclick: () => this.close() }, '×')),
      h('div', { class: 'place' }, `${tr('incident.location')}: ${localName(place, place.featureId || '')} `,
        Number.isFinite(place.lon) ? `${place.lon.toFixed(5)}, ${place.lat.toFixed(5)}` : ''),
      incident ? h('div', { class: 'inc-alarms' }, `${tr('incident.alarms')}: ${incident.alarmIds.join(', ')}`) : null,
      sec(tr('incident.chemicals'), chemicals),
      sec(tr('incident.cameras'), cameras.length ? [h('ul', { class: 'cameras' }, cameras)] : []),
      sec(tr('incident.people', { r: L.radiusM ?? '', n: L.people ?? 0 }), targets.length ? [h('ul', { class: 'targets' }, targets)] : []),
      sec(tr('incident.resources'), resources.length ? [h('ul', { class: 'resources' }, resources)] : []),
      sec(tr('incident.contacts'), contacts.length ? [h('ul', {}, contacts)] : []));
    this.root.dataset.incidentId = incident ? incident.id : '';
    this.root.dataset.people = String(L.people ?? 0);
    this.root.hidden = false;
  }
}
