/**
 * The route panel beside the map: evacuation routes per target (to which shelter, people, distance, walking and
 * driving time), the targets that must shelter in place and why, the shelters' load against capacity, and the
 * approach routes of the teams dispatched to the incident and of the park's responders (distance, driving time,
 * staging point's distance from the source; a team without one says why). Names only, never raw ids; numbers through
 * Intl. Test hooks: `#route-panel[data-incident-id][data-evacuation-routes][data-approach-routes][data-shelter-in-place]
 * [data-dispatched-routes][data-dispatched-without]`, rows `[data-target-id]`, `[data-responder-id]`,
 * `[data-dispatched-id]` (with `[data-no-approach]` when there is none).
 */
import { h, replaceChildren } from '../ui/dom.js';
import { localName } from '../i18n/index.js';
import { formatNumber } from '../format.js';
import { tr } from './i18n.js';

/** Seconds as minutes (or seconds under one minute). */
function duration(s) {
  if (s === null || s === undefined) return '—';
  return s < 60 ? tr('routes.sec', { n: formatNumber(s, 0) }) : tr('routes.min', { n: formatNumber(s / 60, s < 600 ? 1 : 0) });
}

const metres = (m) => tr('routes.distance', { d: formatNumber(m, 0) });
const named = (o, zh, en) => localName({ nameZh: o[zh], nameEn: o[en] }, '—');

export class RoutePanel {
  constructor(root, { onClose }) {
    this.root = root;
    this.onClose = onClose;
    this.routes = null;
    root.hidden = true;
  }

  show(routes) {
    this.routes = routes;
    this.render();
  }

  close() {
    this.routes = null;
    this.root.hidden = true;
    delete this.root.dataset.incidentId;
  }

  render() {
    const r = this.routes;
    if (!r) return;
    const evac = r.evacuation.routes.map((e) => h('li', { dataset: { targetId: e.targetId, shelterId: e.shelterId } },
      h('div', { class: 'route-head' }, tr('routes.toShelter', { target: named(e, 'targetZh', 'targetEn'), shelter: named(e, 'shelterZh', 'shelterEn') })),
      h('div', { class: 'route-facts' }, [tr('routes.people', { n: formatNumber(e.people, 0) }), metres(e.distanceM),
        tr('routes.walk', { t: duration(e.walkTimeS) }), e.driveTimeS === null ? null : tr('routes.drive', { t: duration(e.driveTimeS) }),
        tr('routes.inZone', { d: formatNumber(e.inZoneM, 0) })].filter(Boolean).join(' · '))));
    const inPlace = r.evacuation.shelterInPlace.map((f) => h('li', { class: 'in-place', dataset: { targetId: f.targetId, reason: f.reason } },
      `${named(f, 'targetZh', 'targetEn')} · ${tr('routes.people', { n: formatNumber(f.people, 0) })} · ${tr('routes.shelterInPlace')}：${tr(`routes.reason.${f.reason}`)}`));
    const shelters = r.evacuation.shelters.map((s) => h('li', { dataset: { shelterId: s.id } },
      `${localName(s, '—')} · `, s.unusable ? tr(`routes.unusable.${s.unusable}`)
        : tr('routes.assigned', { a: formatNumber(s.assigned ?? 0, 0), c: formatNumber(s.capacity, 0) })));
    const approachRows = (plan, key) => [
      ...plan.routes.map((a) => h('li', { dataset: { [key]: a.responderId } },
        h('div', { class: 'route-head' }, localName(a, '—')),
        h('div', { class: 'route-facts' }, `${metres(a.distanceM)} · ${tr('routes.drive', { t: duration(a.timeS) })} · `
          + tr('routes.staging', { d: formatNumber(a.stagingFromSourceM, 0) }) + (a.flank ? tr('routes.flank') : '')))),
      ...plan.findings.map((f) => h('li', { class: 'in-place', dataset: { [key]: f.responderId, noApproach: f.reason } },
        `${localName(f, '—')} · ${tr('routes.noApproach')}：${tr(`routes.approachReason.${f.reason}`)}`))];
    const dispatched = r.dispatched || { routes: [], findings: [] };
    const list = (items) => (items.length ? h('ul', {}, items) : h('div', { class: 'none' }, tr('routes.none')));
    const wind = r.windFromDeg === null || r.windFromDeg === undefined ? tr('routes.windUnknown')
      : tr('routes.wind', { from: formatNumber(r.windFromDeg, 0) });
    replaceChildren(this.root,
      h('header', {}, h('h2', {}, tr('routes.title')),
        h('button', { type: 'button', class: 'close', title: tr('routes.close'), onclick: () => { this.close(); this.onClose(); } }, '×')),
      h('div', { class: 'route-legend' }, ['exit', 'safe', 'dispatched', 'approach'].map((k) =>
        h('span', { class: 'legend-item' }, h('span', { class: `key ${k}` }), tr(`routes.legend.${k}`)))),
      h('h3', {}, tr('routes.evacuation')), list([...evac, ...inPlace]),
      h('h3', {}, tr('routes.shelters')), list(shelters),
      h('h3', {}, `${tr('routes.dispatched')} · ${wind}`), list(approachRows(dispatched, 'dispatchedId')),
      h('h3', {}, `${tr('routes.approach')} · ${wind}`), list(approachRows(r.approach, 'responderId')));
    Object.assign(this.root.dataset, { incidentId: r.incidentId, evacuationRoutes: String(r.evacuation.routes.length),
      approachRoutes: String(r.approach.routes.length), shelterInPlace: String(r.evacuation.shelterInPlace.length),
      dispatchedRoutes: String(dispatched.routes.length), dispatchedWithout: String(dispatched.findings.length) });
    this.root.hidden = false;
  }
}
