/**
 * A camera's live picture: a muted `<video>` fed by hls.js (WebJar) from the backend's pass-through of the camera's
 * HLS playlist (`api/video/cameras/<id>/hls/…`), or a clear "no video configured" line when the camera has none.
 * Players stop themselves once their element has left the page (popup closed, incident switched).
 * Test hooks: `.camera-video[data-camera-id][data-video=none|loading|playing|failed]`, `video`.
 */
import { getJson, ApiError } from '../api.js';
import { loadHls } from '../vendor.js';
import { t, onLangChange } from '../i18n/index.js';
import { h } from '../ui/dom.js';

const SWEEP_MS = 2000;
let catalog = null;
const players = new Set();

/** The cameras the caller sees, by id ({id, nameZh, nameEn, enterpriseId, playlist|null}); fetched once. */
export function cameraCatalog() {
  if (!catalog) {
    catalog = getJson('api/video/cameras')
      .then((list) => new Map(list.map((c) => [c.id, c])))
      .catch((e) => { catalog = null; throw e; });
  }
  return catalog;
}

/**
 * A player element for camera `cameraId`; `extra(video)` may add controls below the picture (the snapshot button).
 * The element is returned at once and fills in when the catalogue and hls.js have loaded.
 */
export function cameraVideo(cameraId, { extra } = {}) {
  const status = h('div', { class: 'video-status' });
  const root = h('div', { class: 'camera-video', dataset: { cameraId, video: 'loading' } }, status);
  const player = { root, hls: null, video: null, say: null };
  const say = (key, params) => { player.say = () => { status.textContent = t(key, params); }; player.say(); };
  say('video.loading');
  players.add(player);
  const fail = (msg) => {
    root.dataset.video = 'failed';
    say('video.failed', { msg });
  };
  cameraCatalog().then(async (cams) => {
    const cam = cams.get(cameraId);
    if (!cam || !cam.playlist) {
      root.dataset.video = 'none';
      say('video.none');
      return;
    }
    const video = h('video', { muted: true, autoplay: true, playsinline: true, 'aria-label': t('video.title') });
    video.muted = true; // the attribute alone does not mute a script-made element
    player.video = video;
    root.prepend(video);
    video.addEventListener('playing', () => { root.dataset.video = 'playing'; say('video.playing'); });
    const Hls = await loadHls();
    if (Hls.isSupported()) {
      const hls = new Hls({ enableWorker: false, liveDurationInfinity: true }); // a blob: worker is outside the CSP
      player.hls = hls;
      hls.on(Hls.Events.ERROR, (_e, data) => { if (data.fatal) fail(data.details || data.type); });
      hls.loadSource(new URL(cam.playlist, document.baseURI).href);
      hls.attachMedia(video);
    } else if (video.canPlayType('application/vnd.apple.mpegurl')) {
      video.src = cam.playlist;
      video.addEventListener('error', () => fail(video.error ? video.error.message || String(video.error.code) : ''));
    } else {
      root.dataset.video = 'failed';
      say('video.unsupported');
      return;
    }
    video.play().catch(() => { /* autoplay of a muted video is allowed; a refusal shows as no 'playing' */ });
    if (extra) root.append(extra(video));
  }).catch((e) => fail(e instanceof ApiError ? e.detail || e.message : e.message));
  return root;
}

/** The frame the video shows now, as JPEG Base64 (no data: prefix). */
export function grabFrame(video) {
  const canvas = document.createElement('canvas');
  canvas.width = video.videoWidth;
  canvas.height = video.videoHeight;
  canvas.getContext('2d').drawImage(video, 0, 0);
  return canvas.toDataURL('image/jpeg', 0.85).split(',')[1];
}

onLangChange(() => { for (const p of players) p.say(); });

setInterval(() => {
  for (const p of players) {
    if (p.root.isConnected) continue;
    if (p.hls) p.hls.destroy();
    if (p.video) { p.video.removeAttribute('src'); p.video.load(); }
    players.delete(p);
  }
}, SWEEP_MS);
