/**
 * The incident's cameras with their live pictures and the snapshots kept with the incident (issue 18, video).
 * The panel re-renders whenever an alarm changes; the players are kept per incident and camera so a re-render does
 * not restart a stream. 抓拍 grabs the frame the operator sees and stores it with the incident
 * (`POST api/incidents/:id/snapshots`).
 * Test hooks: `[data-action=snapshot][data-camera-id]`, `.snapshot-item[data-snapshot-id]`, `#incident-snapshots`.
 */
import { getJson, postJson } from '../api.js';
import { t, localName } from '../i18n/index.js';
import { h, replaceChildren } from '../ui/dom.js';
import { formatTime } from '../alarms/time.js';
import { cameraVideo, grabFrame } from './player.js';

export class IncidentVideo {
  constructor() {
    this.incidentId = null;
    this.players = new Map(); // cameraId → element, for this.incidentId
    this.snapshots = [];
    this.note = h('div', { class: 'video-note', role: 'status' });
    this.list = h('ul', { id: 'incident-snapshots', class: 'snapshot-list' });
    this.cameraNames = new Map();
  }

  /** Switches to an incident (null for a single alarm's linkage): drops the old players, loads its snapshots. */
  follow(incidentId) {
    if (incidentId === this.incidentId) return;
    this.incidentId = incidentId;
    this.players.clear();
    this.snapshots = [];
    this.note.textContent = '';
    this.renderList();
    if (incidentId) this.reload();
  }

  async reload() {
    const id = this.incidentId;
    try {
      const list = await getJson(`api/incidents/${encodeURIComponent(id)}/snapshots`);
      if (id !== this.incidentId) return;
      this.snapshots = list;
      this.renderList();
    } catch (e) {
      this.note.textContent = t('video.snapshotFailed', { msg: e.detail || e.message });
    }
  }

  /** One player per camera of the linkage (`cameras` from the package), reused across renders. */
  player(camera) {
    this.cameraNames.set(camera.id, localName(camera, t('kind.camera')));
    let el = this.players.get(camera.id);
    if (!el) {
      el = cameraVideo(camera.id, { extra: this.incidentId ? (video) => this.snapButton(camera, video) : undefined });
      this.players.set(camera.id, el);
    }
    return el;
  }

  snapButton(camera, video) {
    return h('button', { type: 'button', class: 'snapshot-button', dataset: { action: 'snapshot', cameraId: camera.id },
      onclick: () => this.snap(camera, video) }, t('video.snapshot'));
  }

  async snap(camera, video) {
    const id = this.incidentId;
    try {
      if (!video.videoWidth) throw new Error(t('video.loading'));
      await postJson(`api/incidents/${encodeURIComponent(id)}/snapshots`,
        { cameraId: camera.id, type: 'image/jpeg', base64: grabFrame(video) });
      this.note.textContent = t('video.snapshotSaved');
      await this.reload();
    } catch (e) {
      this.note.textContent = t('video.snapshotFailed', { msg: e.detail || e.message });
    }
  }

  /** The snapshots section (its elements persist; the panel appends them on every render). */
  snapshotSection() {
    if (!this.incidentId) return null;
    return [h('h3', {}, t('video.snapshots')), this.note, this.list];
  }

  renderList() {
    replaceChildren(this.list, this.snapshots.map((s) => h('li', { class: 'snapshot-item', dataset: { snapshotId: s.id } },
      h('a', { href: s.url, target: '_blank', rel: 'noopener' },
        h('img', { class: 'snapshot', src: s.url, alt: t('video.snapshot') })),
      h('div', { class: 'muted' }, t('video.snapshotBy',
        { camera: this.cameraNames.get(s.cameraId) || t('kind.camera'), user: s.author, t: formatTime(s.timeMs) })))));
  }
}
