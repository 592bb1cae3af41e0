/**
 * The permit's part of the feature popup (a FeaturePopup section, issue 15): number, enterprise, place, state, time
 * window, people and the latest gas analysis; the camera that sees the place one click away (the page's video player,
 * ../video/player.js); and, for roles that may (workpermit:spotcheck), the video spot check (视频抽查), recorded by the
 * server with who and when. Test hooks: `.wp-popup[data-permit-id]`, `#wp-open-camera`, `#wp-spot-check`,
 * `.wp-spot-result`.
 */
import { h, replaceChildren } from '../ui/dom.js';
import { localName } from '../i18n/index.js';
import { formatDateTime, formatNumber } from '../format.js';
import { cameraVideo } from '../video/player.js';
import { permitApi } from './api.js';
import { tr } from './i18n.js';

const row = (label, value) => h('tr', {}, h('th', {}, label), h('td', {}, value));

export const windowText = (p) => tr('wp.window', { from: formatDateTime(p.startMs), to: formatDateTime(p.endMs) });

export const peopleText = (p) => (p.people || []).map((x) => tr('wp.p.person', { role: tr(`wp.role.${x.role}`), name: x.name }))
  .join(tr('wp.p.sep')) || tr('wp.dash');

/** The newest analysis of each gas measured (analyses come oldest first). */
function gasText(p) {
  const newest = new Map();
  (p.gasAnalyses || []).forEach((a) => newest.set(a.gas, a));
  if (!newest.size) return tr('wp.p.noGas');
  return [...newest.values()].map((a) => h('div', {}, tr('wp.p.gasValue', { gas: a.gas === 'O2' ? 'O₂' : a.gas,
    value: formatNumber(a.value, 2), unit: a.unit, at: formatDateTime(a.atMs), analyst: a.analyst || tr('wp.dash') })));
}

/**
 * @param {{canSpotCheck: boolean, notify: (msg: string) => void}} deps
 * @returns a section function for FeaturePopup.addSection
 */
export function permitSection({ canSpotCheck, notify }) {
  // What the user did in an open popup survives the popup being rebuilt (a language switch, another capability's
  // section arriving late): the camera stays open and the spot check just recorded stays shown. Keyed by the
  // popup's feature, so opening another permit (or this one again after the layer reloads) starts afresh.
  const cameraOpen = new WeakSet();
  const recorded = new WeakMap();
  return (feature) => {
    const p = feature.get('permit');
    if (!p) return null;
    const cameraBox = h('div', { class: 'wp-camera' }, tr('wp.dash'));
    const checkBox = h('div', { class: 'wp-spot' });
    permitApi.camera(p.id).then(async (cam) => {
      if (!cam) { replaceChildren(cameraBox, tr('wp.p.noCamera')); return; }
      const open = h('button', { type: 'button', id: 'wp-open-camera', class: 'history-button', dataset: { cameraId: cam.id } },
        tr('wp.p.openCamera', { name: localName(cam, tr('wp.p.camera')) }));
      const showCamera = () => {
        open.disabled = true;
        cameraOpen.add(feature);
        cameraBox.append(cameraVideo(cam.id));
      };
      open.addEventListener('click', showCamera);
      replaceChildren(cameraBox, open);
      if (cameraOpen.has(feature)) showCamera();
      if (!canSpotCheck) return;
      const result = h('span', { class: 'wp-spot-result' });
      const said = (key, c) => { result.textContent = tr(key, { who: c.username, at: formatDateTime(c.atMs) }); };
      const check = h('button', { type: 'button', id: 'wp-spot-check', class: 'history-button' }, tr('wp.p.spotCheck'));
      const showRecorded = (c) => {
        said('wp.p.spotChecked', c);
        result.dataset.recorded = 'true';
        check.disabled = true;
      };
      if (recorded.has(feature)) showRecorded(recorded.get(feature));
      else {
        permitApi.spotChecks(p.id).then((list) => {
          if (result.dataset.recorded) return;
          if (list.length) said('wp.p.lastCheck', list.reduce((a, b) => (b.atMs > a.atMs ? b : a)));
          else result.textContent = tr('wp.p.noCheck');
        }).catch(() => {});
      }
      check.addEventListener('click', () => {
        check.disabled = true;
        permitApi.spotCheck(p.id, cam.id)
          .then((c) => { recorded.set(feature, c); showRecorded(c); })
          .catch((e) => { check.disabled = false; notify(e.message); });
      });
      replaceChildren(checkBox, check, ' ', result);
    }).catch((e) => replaceChildren(cameraBox, e.message));
    return h('section', { class: 'wp-popup', dataset: { permitId: p.id } },
      h('table', { class: 'props' }, h('tbody', {},
        row(tr('wp.p.state'), h('span', { class: `wp-state wp-state-${p.state}` }, tr(`wp.state.${p.state}`))),
        row(tr('wp.p.place'), p.placeZh || tr('wp.dash')),
        row(tr('wp.p.window'), windowText(p)),
        row(tr('wp.p.people'), peopleText(p)),
        row(tr('wp.p.gas'), gasText(p)))),
      h('h3', {}, tr('wp.p.camera')), cameraBox, checkBox);
  };
}
