/**
 * The special work behind a cross-check alarm (issue 15), in the alarm's linkage / incident panel: for an alarm
 * `<enterprise>.WP_GAS_NEAR` (a gas alarm near active hot or confined-space work) the permits concerned — title, number,
 * place, people, the alarming detector and its distance — the camera that sees the place (its live picture one click
 * away) and who is told: the park's control centre and the enterprise. From `api/work-permits/cross-checks` (the
 * caller's enterprises only), fetched again at most every {@link FRESH_MS} ms while the panel re-renders.
 * For any other alarm or incident, the active special work near its place from the linkage (`work`).
 * Test hooks: `.wp-conflicts[data-alarm-id]`, `.wp-conflict[data-permit-id][data-camera-id]`, `.wp-parties`,
 * `.wp-nearby .wp-conflict[data-workers][data-alarm-ids]`, `.wp-work-alarm[data-alarm-id]`.
 */
import { getJson } from '../api.js';
import { h } from '../ui/dom.js';
import { localName } from '../i18n/index.js';
import { formatNumber } from '../format.js';
import { cameraVideo } from '../video/player.js';
import { tr, permitTitle } from './i18n.js';
import { peopleText } from './popup-section.js';
import { typeName, typeOfId } from '../alarms/names.js';

const FRESH_MS = 5000;
const SUFFIX = '.WP_GAS_NEAR';

/**
 * @param {{enterpriseName: (id: string) => string, nameOf: (featureId: string) => string}} deps
 * @returns a section function for addIncidentSection (../alarms/incident.js)
 */
export function conflictSection({ enterpriseName, nameOf }) {
  let cache = { atMs: 0, conflicts: null, loading: null };
  const refresh = (rerender) => {
    if (cache.loading || Date.now() - cache.atMs < FRESH_MS) return;
    cache.loading = getJson('api/work-permits/cross-checks')
      .then((b) => { cache = { atMs: Date.now(), conflicts: b.conflicts || [], loading: null }; rerender(); })
      .catch(() => { cache.loading = null; cache.atMs = Date.now(); });
  };
  const opened = new Set(); // cameras whose picture the user opened (kept across re-renders)
  /**
   * Active special work of any kind near the place of any other alarm or incident (the linkage's `work`, the caller's
   * enterprises only): whose, what, its state, how many workers, how far, and the cross-check alarms raised for it — the
   * responder stops the work and gets the workers out.
   */
  const nearbyWork = (work) => h('section', { class: 'wp-conflicts wp-nearby' },
    h('h3', {}, tr('wp.c.nearby')),
    h('ul', { class: 'wp-conflict-list' }, work.map((w) => h('li', { class: 'wp-conflict',
      dataset: { permitId: w.id, cameraId: w.cameraId || '', workers: String(w.workers ?? ''), alarmIds: (w.alarmIds || []).join(' ') } },
      h('div', {}, h('strong', {}, permitTitle(w)), ` · ${tr('wp.p.no')} ${w.id} · ${tr(`wp.state.${w.state}`)}`),
      h('div', {}, tr('wp.c.enterprise', { v: enterpriseName(w.enterpriseId) || tr('wp.dash') })),
      h('div', {}, tr('wp.c.place', { v: w.placeZh || tr('wp.dash') })),
      h('div', {}, tr('wp.c.people', { v: [['leader', w.leaders], ['guardian', w.guardians]]
        .filter(([, names]) => names && names.length)
        .map(([role, names]) => tr('wp.p.person', { role: tr(`wp.role.${role}`), name: names.join('、') })).join(tr('wp.p.sep')) || tr('wp.dash') })),
      Number.isFinite(w.workers) ? h('div', { class: 'wp-workers' }, tr('wp.c.workers', { n: w.workers })) : null,
      h('div', {}, tr('wp.c.distance', { d: formatNumber(w.distanceM, 0), camera: w.cameraId ? nameOf(w.cameraId) : tr('wp.dash') })),
      w.alarmIds && w.alarmIds.length ? h('div', { class: 'wp-work-alarms' }, `${tr('wp.c.alarms')}`,
        w.alarmIds.map((id, i) => h('span', { class: 'wp-work-alarm', dataset: { alarmId: id } },
          `${i ? tr('wp.p.sep') : ''}${typeName(typeOfId(id)) || id}`))) : null,
      w.state === 'IN_PROGRESS' ? h('div', { class: 'wp-stop' }, tr('wp.c.stop')) : null))));

  return ({ alarmIds, linkage, rerender }) => {
    const alarmId = (alarmIds || []).find((id) => String(id).endsWith(SUFFIX));
    if (!alarmId) return linkage && linkage.work && linkage.work.length ? nearbyWork(linkage.work) : null;
    refresh(rerender);
    const mine = (cache.conflicts || []).filter((c) => c.alarmId === alarmId);
    const enterprise = alarmId.slice(0, -SUFFIX.length);
    const items = mine.map((c) => {
      const cam = c.camera;
      const camEl = h('div', { class: 'wp-conflict-camera' });
      if (cam) {
        const show = () => { opened.add(cam.id); camEl.replaceChildren(h('span', {}, localName(cam, tr('wp.p.camera'))), cameraVideo(cam.id)); };
        if (opened.has(cam.id)) show();
        else {
          camEl.append(h('button', { type: 'button', class: 'link wp-conflict-open', dataset: { cameraId: cam.id }, onclick: show },
            tr('wp.p.openCamera', { name: localName(cam, tr('wp.p.camera')) })),
          ` ${tr('wp.c.cameraAt', { d: formatNumber(cam.distanceM, 0) })}`);
        }
      } else camEl.append(tr('wp.p.noCamera'));
      return h('li', { class: 'wp-conflict', dataset: { permitId: c.permit.id, cameraId: cam ? cam.id : '' } },
        h('div', {}, h('strong', {}, permitTitle(c.permit)), ` · ${tr('wp.p.no')} ${c.permit.id} · ${tr(`wp.state.${c.permit.state}`)}`),
        h('div', {}, tr('wp.c.place', { v: c.permit.placeZh || tr('wp.dash') })),
        h('div', {}, tr('wp.c.people', { v: peopleText(c.permit) })),
        h('div', {}, tr('wp.c.detector', { name: nameOf(c.detector.featureId), d: formatNumber(c.distanceM, 0) })),
        camEl);
    });
    return h('section', { class: 'wp-conflicts', dataset: { alarmId } },
      h('h3', {}, tr('wp.c.title')),
      items.length ? h('ul', { class: 'wp-conflict-list' }, items)
        : h('div', { class: 'none' }, cache.conflicts ? tr('wp.c.none') : '…'),
      h('div', { class: 'wp-parties' }, tr('wp.c.parties', { park: tr('wp.c.park'), enterprise: enterpriseName(enterprise) || tr('wp.dash') })));
  };
}
