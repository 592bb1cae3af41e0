/**
 * The incident panel: the incident's state, its alarms by name, acknowledge-all and closing with a reason (issue 18),
 * the enterprises' feedback, and what the linkage package says about it (or one alarm) — location, chemicals with
 * their disposal card, cameras that see the place, sensitive targets and people within the radius, the nearest
 * resources with distances, duty contacts; each camera's live picture with 抓拍 and the incident's snapshots. All text is
 * inserted as text.
 * Test hooks: `#incident-panel[data-incident-id][data-state]`, `[data-action=ack-incident|close-incident|close-submit]`,
 * `#incident-close-reason`, `.feedback-item`.
 */
import { h, replaceChildren } from '../ui/dom.js';
import { lang, localName } from '../i18n/index.js';
import { tr } from './i18n.js';
import { incidentNumber, incidentStateKey } from './incident-list.js';
import { formatTime } from './time.js';
import { formatNumber } from '../format.js';
import { IncidentVideo } from '../video/incident-video.js';
import { ZonePeople } from '../logistics/zone-people.js';
import { alarmName, enterpriseName, typeName, typeOfId } from './names.js';

const awaitsAck = (a) => a.state === 'UNACK_ACTIVE' || a.state === 'RTN_UNACK';

/**
 * Sections other capabilities add below the alarms (issue 15: the special work a cross-check alarm is about):
 * `fn({incident, alarmIds, linkage, rerender})` returns an element or null; `rerender()` redraws the panel.
 */
const EXTRA_SECTIONS = [];
export function addIncidentSection(fn) { EXTRA_SECTIONS.push(fn); }

export class IncidentPanel {
  /** @param hooks {onLocate(lon, lat), onAckAll(incident), onClose(incident, reason)} */
  constructor(root, { onLocate, onAckAll, onClose }) {
    this.root = root;
    this.onLocate = onLocate;
    this.onAckAll = onAckAll;
    this.onClose = onClose;
    this.current = null;
    this.closing = false;
    this.video = new IncidentVideo();
    this.zonePeople = new ZonePeople(() => this.render());
    root.hidden = true;
  }

  /**
   * @param incident the incident JSON (with `alarms` when it is the detail), or null for a single alarm
   * @param linkage its linkage package; @param feedback feedback on its alarms (array)
   */
  show(incident, linkage, title, feedback, alarmId) {
    const same = this.current?.incident && incident && this.current.incident.id === incident.id;
    if (!same) { this.closing = false; this.reasonDraft = ''; this.root.scrollTop = 0; }
    this.current = { incident, linkage, title, feedback: feedback ?? (same ? this.current.feedback : []), alarmId };
    this.render();
  }

  /** Sets the feedback shown (of the current incident or alarm). */
  setFeedback(feedback) {
    if (!this.current) return;
    this.current.feedback = feedback;
    this.render();
  }

  actions(incident) {
    if (!incident) return null;
    if (incident.state === 'CLOSED') {
      return incident.closeReason ? h('div', { class: 'closed-by' }, tr('incident.closedBy',
        { user: incident.closedBy, t: formatTime(incident.closedMs), reason: incident.closeReason })) : null;
    }
    const unacked = (incident.alarms || []).filter(awaitsAck).length;
    const bar = h('div', { class: 'incident-actions' },
      h('button', { type: 'button', dataset: { action: 'ack-incident' }, disabled: incident.alarms && !unacked,
        onclick: () => this.onAckAll(incident) }, tr('incident.ackAll', { n: unacked })),
      h('button', { type: 'button', dataset: { action: 'close-incident' },
        onclick: () => { this.closing = !this.closing; this.render(); } }, tr('incident.closeAction')));
    if (!this.closing) return bar;
    const reason = h('textarea', { id: 'incident-close-reason', rows: 2, maxlength: 1000, required: true,
      placeholder: tr('incident.closeReason'), 'aria-label': tr('incident.closeReason'),
      oninput: (e) => { this.reasonDraft = e.target.value; } });
    reason.value = this.reasonDraft || ''; // kept across re-renders while alarms change
    const form = h('form', { class: 'close-form', onsubmit: (e) => {
      e.preventDefault();
      const text = reason.value.trim();
      if (text) this.onClose(incident, text);
    } }, reason, h('div', {},
      h('button', { type: 'submit', dataset: { action: 'close-submit' } }, tr('incident.closeSubmit')),
      h('button', { type: 'button', onclick: () => { this.closing = false; this.render(); } }, tr('incident.cancel'))));
    return [bar, form];
  }

  alarmList(incident) {
    if (!incident) return null;
    const alarms = incident.alarms || [];
    const names = alarms.length
      ? alarms.map((a) => h('li', { dataset: { alarmId: a.id, state: a.state }, title: a.id },
        `${alarmName(a)}${typeOfId(a.id) && a.tagId ? ` ${typeName(typeOfId(a.id))}` : ''} · ${lang() === 'en' ? a.stateEn : a.stateZh}`))
      : [h('li', {}, tr('incident.activeOf', { active: incident.activeAlarms ?? 0, total: incident.alarmIds.length }))];
    return [h('h3', {}, tr('incident.alarms')), h('ul', { class: 'inc-alarms' }, names)];
  }

  feedbackList() {
    const list = this.current.feedback || [];
    if (!list.length) return null;
    return [h('h3', {}, tr('incident.feedback')), h('ul', { class: 'feedback-list' }, list.map((f) => h('li', {
      class: 'feedback-item', dataset: { feedbackId: String(f.id), alarmId: f.alarmId } },
    h('div', {}, h('b', {}, `${tr('feedback.cause')}：`), f.cause),
    h('div', {}, h('b', {}, `${tr('feedback.disposal')}：`), f.disposal),
    h('div', { class: 'muted', title: f.enterpriseId || '' }, `${enterpriseName(f.enterpriseId)} ${tr('feedback.by', { user: f.author, t: formatTime(f.timeMs) })}`),
    f.photoUrl ? h('a', { href: f.photoUrl, target: '_blank', rel: 'noopener' },
      h('img', { class: 'feedback-photo', src: f.photoUrl, alt: tr('feedback.photo') })) : null)))];
  }

  close() {
    this.current = null;
    this.video.follow(null);
    this.root.hidden = true;
  }

  render() {
    if (!this.current) return;
    const typing = document.activeElement?.id === 'incident-close-reason';
    const scroll = this.root.scrollTop;
    const { incident, linkage, title } = this.current;
    const L = linkage || {};
    const sec = (key, items) => [h('h3', {}, key), items && items.length ? items : h('div', { class: 'none' }, tr('incident.none'))];
    const dist = (m) => tr('incident.distance', { d: Math.round(m) });
    const heading = incident
      ? `${tr('incident.no', { n: incidentNumber(incident.id) })} · ${tr(`incident.kind.${incident.kind}`)} · ${tr(`incident.state.${incidentStateKey(incident)}`)}`
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
    this.video.follow(incident ? incident.id : null);
    this.zonePeople.follow(incident ? incident.id : null);
    const cameras = (L.cameras || []).map((c) => h('li', { dataset: { cameraId: c.id } },
      h('button', { type: 'button', class: 'link', onclick: () => this.onLocate(c.lon, c.lat) }, localName(c, tr('incident.camera'))),
      ` ${dist(c.distanceM)}`, this.video.player(c)));
    const targets = (L.targets || []).map((t) => h('li', { dataset: { targetId: t.id } },
      h('button', { type: 'button', class: 'link', onclick: () => this.onLocate(t.lon, t.lat) }, localName(t, t.id)),
      ` ${t.population} · ${dist(t.distanceM)}`));
    const resources = (L.resources || []).map((r) => h('li', { dataset: { resourceId: r.id } },
      h('button', { type: 'button', class: 'link', onclick: () => this.onLocate(r.lon, r.lat) }, localName(r, r.id)),
      ` ${dist(r.distanceM)}`));
    const contacts = (L.contacts || []).map((c) => h('li', { title: c.enterpriseId },
      `${enterpriseName(c.enterpriseId)} ${c.role} ${c.name} ${c.phone}`));
    replaceChildren(this.root,
      h('header', {}, h('h2', { title: heading }, heading),
        h('button', { type: 'button', class: 'close', title: '×', onclick: () => this.close() }, '×')),
      h('div', { class: 'place' }, `${tr('incident.location')}: ${localName(place, place.featureId || '')} `,
        Number.isFinite(place.lon) ? `${place.lon.toFixed(5)}, ${place.lat.toFixed(5)}` : ''),
      this.actions(incident),
      this.alarmList(incident),
      this.feedbackList(),
      EXTRA_SECTIONS.map((fn) => fn({ incident, linkage: L, rerender: () => this.render(),
        alarmIds: incident ? (incident.alarms ? incident.alarms.map((a) => a.id) : incident.alarmIds || []) : [this.current.alarmId].filter(Boolean) })),
      sec(tr('incident.chemicals'), chemicals),
      sec(tr('incident.cameras'), cameras.length ? [h('ul', { class: 'cameras' }, cameras)] : []),
      this.video.snapshotSection(),
      // the radius comes with a package that has a place; an alarm without a place (feed lost) says so instead of a blank
      sec(Number.isFinite(L.radiusM) ? tr('incident.people', { r: formatNumber(L.radiusM, 0), n: L.people ?? 0 }) : tr('incident.peopleNoPlace'),
        targets.length ? [h('ul', { class: 'targets' }, targets)] : []),
      this.zonePeople.section(enterpriseName),
      sec(tr('incident.resources'), resources.length ? [h('ul', { class: 'resources' }, resources)] : []),
      sec(tr('incident.contacts'), contacts.length ? [h('ul', {}, contacts)] : []));
    this.root.dataset.incidentId = incident ? incident.id : '';
    this.root.dataset.state = incident ? incident.state : '';
    this.root.dataset.people = String(L.people ?? 0);
    this.root.hidden = false;
    this.root.scrollTop = scroll;
    if (typing) document.getElementById('incident-close-reason')?.focus(); // an alarm changing does not stop typing
  }
}
