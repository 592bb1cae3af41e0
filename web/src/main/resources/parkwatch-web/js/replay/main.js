/**
 * The incident replay (/replay?incident=): a slider over the incident's timeline (from a little before the detection
 * to the all clear, or now) and, for the chosen instant, the map as it was — tag values colouring the park layers,
 * the zones and routes then in force, the dispatched resources by movement — with the level, alarms, gas detectors,
 * tasks and the command log up to that instant (GET /api/emergency/incidents/:id/replay?at=, backend
 * emergency.ReplayJson). Test hooks: `body[data-replay=ready]`, `#replay[data-at][data-level][data-zone-count]`
 * (set once a frame is shown), `[data-replay-value=<tagId>][data-v]`, `[data-replay-alarm]`, `#replay[data-playing]`.
 *
 * Play runs the timeline forward at the chosen speed (×10 … ×120 of real time): one frame a second, each
 * fetched before the next is asked for, so a slow answer slows the playback and never piles requests up; it stops
 * at the end of the timeline, when the slider is dragged or another incident is chosen.
 */
import { api, onUnauthorized } from '../api.js';
import { lang, setLang, onLangChange, localName } from '../i18n/index.js';
import { ensureSession, showLogin, renderUserMenu } from '../ui/login.js';
import { bindLanguageButton } from '../ui/lang-switch.js';
import { LiveStore } from '../live/store.js';
import { h, replaceChildren } from '../ui/dom.js';
import { formatDateTime, formatTime, formatValue, formatNumber } from '../format.js';
import { tr as emTr, actionText } from '../emergency/i18n.js';
import { emergencyApi } from '../emergency/api.js';
import { incidentMap, dispatchMarks } from '../emergency/incident-map.js';
import { tr, applyReplayText } from './i18n.js';

const $ = (sel) => document.querySelector(sel);
const local = (zh, en) => (lang() === 'en' ? en || zh : zh);

function notify(msg) {
  const el = $('#notice');
  el.textContent = msg;
  el.hidden = false;
  clearTimeout(notify.timer);
  notify.timer = setTimeout(() => { el.hidden = true; }, 6000);
}

/** Plays a replay forward: one frame a second of wall time, `speed` seconds of incident time each. */
class Player {
  constructor(replay, fail) {
    this.replay = replay;
    this.fail = fail;
    this.timer = null;
  }

  get playing() { return this.timer !== null; }

  toggle() { if (this.playing) this.stop(); else this.start(); }

  start() {
    const slider = $('#rp-slider');
    // at the end already: play from the start
    if (Number(slider.value) >= Number(slider.max)) slider.value = slider.min;
    this.at = Number(slider.value);
    this.mark(true);
    this.step();
  }

  step() {
    this.timer = setTimeout(async () => {
      const slider = $('#rp-slider');
      const end = Number(slider.max);
      this.at = Math.min(end, this.at + Number($('#rp-speed').value) * 1000);
      try {
        await this.replay.show(this.at);
      } catch (e) {
        this.stop();
        this.fail(e);
        return;
      }
      if (!this.playing) return;
      if (this.at >= end) this.stop(); else this.step();
    }, 1000);
  }

  stop() {
    if (this.playing) this.replay.seq += 1; // a frame still under way is not shown
    clearTimeout(this.timer);
    this.timer = null;
    this.mark(false);
  }

  mark(on) {
    const b = $('#rp-play');
    b.textContent = tr(on ? 'replay.pause' : 'replay.play');
    b.setAttribute('aria-pressed', String(on));
    if (on) $('#replay').dataset.playing = 'true'; else delete $('#replay').dataset.playing;
  }
}

/** Minutes and seconds of a span ("12 min 05 s"), language-neutral digits. */
function span(ms) {
  const s = Math.round(Math.abs(ms) / 1000);
  const min = Math.floor(s / 60);
  return lang() === 'en' ? `${min} min ${String(s % 60).padStart(2, '0')} s` : `${min} 分 ${String(s % 60).padStart(2, '0')} 秒`;
}

class Replay {
  constructor(view, store, tags) {
    this.view = view;
    this.store = store;
    this.tags = tags; // id → definition
    this.frame = null;
    this.record = null;
    this.resources = [];
    this.seq = 0;
    this.shownValues = new Set();
  }

  async open(id) {
    this.id = id;
    [this.record, this.resources] = await Promise.all([emergencyApi.record(id), emergencyApi.resources()]);
    this.fitted = false;
    await this.show(Date.now(), true);
  }

  /** Fetches and shows the frame at `atMs` (a later request wins over an earlier one still under way). */
  async show(atMs, latest = false) {
    const seq = ++this.seq;
    const frame = await emergencyApi.replay(this.id, latest ? null : atMs);
    if (seq !== this.seq) return;
    this.frame = frame;
    const slider = $('#rp-slider');
    slider.min = String(frame.from);
    slider.max = String(Math.max(frame.to, frame.at));
    slider.value = String(frame.at);
    this.paintMap(frame);
    this.render();
  }

  paintMap(f) {
    // values as they were: tags without a stored value then are shown as unknown
    const tags = [];
    const now = new Set(Object.keys(f.values));
    for (const [id, s] of Object.entries(f.values)) tags.push({ id, v: s.v, ts: s.t, rx: s.t, q: s.status === 0 ? 'good' : 'bad', stale: false });
    for (const id of this.shownValues) if (!now.has(id)) tags.push({ id, v: null, ts: null, rx: null, q: 'bad', stale: true });
    this.shownValues = now;
    this.store.applyMessage({ type: 'update', tags });
    if (f.zones) this.view.zones.show(f.zones); else this.view.zones.clear();
    if (f.routes) this.view.routes.show(f.routes); else this.view.routes.clear();
    this.view.marks.show(dispatchMarks(f.dispatches, this.resources, f.at));
    if (!this.fitted && f.zones) { this.view.fitIncident(); this.fitted = true; }
  }

  render() {
    const f = this.frame;
    const root = $('#replay');
    if (!f) { replaceChildren($('#rp-side'), h('p', {}, tr('replay.none'))); return; }
    root.dataset.at = String(f.at);
    root.dataset.level = f.level || '';
    root.dataset.zoneCount = String(f.zones ? f.zones.features.length : 0);
    root.dataset.alarmCount = String(f.alarms.length);
    const detected = this.record.detectedMs;
    $('#rp-at').textContent = tr(f.at >= detected ? 'replay.at' : 'replay.before', { t: formatDateTime(f.at), since: span(f.at - detected) });
    replaceChildren($('#rp-side'),
      h('h2', {}, this.id),
      h('p', { class: 'rp-level' }, tr('replay.level', { level: f.level ? emTr(`em.level.${f.level}`) : tr('replay.noLevel') })),
      h('p', { class: 'rp-flags' }, [f.confirmed && tr('replay.confirmed'), f.evacuating && tr('replay.evacuating'),
        f.government && tr('replay.government'), f.allClear && tr('replay.allClear')].filter(Boolean).join(' · ')),
      h('p', {}, f.zones ? tr('replay.zones', { n: f.zones.features.length, t: formatTime(f.zones.computedMs) }) : tr('replay.noZones')),
      f.routes ? h('p', {}, tr('replay.routes', { evac: f.routes.evacuation.routes.length, inPlace: f.routes.evacuation.shelterInPlace.length })) : null,
      this.wind(f), this.alarms(f), this.values(f), this.tasks(f), this.dispatches(f), this.log(f));
  }

  wind(f) {
    const dir = f.values['PARK.WS1.WD'], speed = f.values['PARK.WS1.WS'];
    if (!dir || !speed) return null;
    return h('p', {}, tr('replay.wind', { dir: formatNumber(dir.v, 0), speed: formatNumber(speed.v, 1) }));
  }

  alarms(f) {
    return h('section', {}, h('h3', {}, tr('replay.alarms', { n: f.alarms.length })),
      f.alarms.length ? h('ul', {}, f.alarms.map((a) => {
        const tag = this.tags.get(a.tagId);
        return h('li', { class: `rp-alarm ${a.priority || ''}`, dataset: { replayAlarm: a.alarmId } },
          `${tr(`priority.${a.priority || 'low'}`)} · ${tag ? localName(tag, a.tagId) : a.alarmId} · ${formatTime(a.sinceMs)}`);
      })) : h('p', {}, tr('replay.noAlarms')));
  }

  values(f) {
    const ents = this.record.enterprises || [];
    const gas = [...this.tags.values()].filter((t) => String(t.kind).startsWith('gas-') && ents.some((e) => t.id.startsWith(`${e}.`)));
    const v = (t) => (f.values[t.id] && typeof f.values[t.id].v === 'number' ? f.values[t.id].v : -1);
    gas.sort((a, b) => v(b) - v(a) || a.id.localeCompare(b.id));
    return h('section', {}, h('h3', {}, tr('replay.values')), h('table', { class: 'rp-values' }, gas.map((t) => {
      const s = f.values[t.id];
      return h('tr', { dataset: { replayValue: t.id, v: s ? String(s.v) : '' } },
        h('td', {}, localName(t, t.id)), h('td', { class: 'num' }, s ? `${formatValue(t, s.v)} ${t.unit || ''}` : tr('noValue')));
    })));
  }

  tasks(f) {
    const done = f.tasks.filter((t) => t.status === 'DONE').length;
    return h('section', {}, h('h3', {}, tr('replay.tasks', { done, n: f.tasks.length })),
      h('ul', {}, f.tasks.map((t) => h('li', { dataset: { taskStatus: t.status } },
        `${emTr(`em.${t.status.toLowerCase()}`)} · ${local(t.textZh, t.textEn)}`))));
  }

  dispatches(f) {
    const byId = new Map(this.resources.map((r) => [r.id, r]));
    return h('section', {}, h('h3', {}, tr('replay.dispatches')),
      f.dispatches.length ? h('ul', {}, f.dispatches.map((d) => h('li', { dataset: { dispatch: d.resourceId, movement: d.movement } },
        `${localName(byId.get(d.resourceId), d.resourceId)} · ${tr(`move.${d.movement}`)}`))) : h('p', {}, tr('replay.noDispatches')));
  }

  log(f) {
    return h('section', {}, h('h3', {}, tr('replay.log')), h('ol', { class: 'rp-log' }, f.log.slice().reverse().map((e) =>
      h('li', { dataset: { seq: String(e.seq) } }, `${formatTime(e.ts)} ${actionText(e.action, lang())} · ${e.username}`))));
  }
}

async function main() {
  applyReplayText();
  const button = $('#lang-switch');
  const label = () => { button.textContent = tr('replay.lang'); };
  label();
  button.addEventListener('click', () => setLang(lang() === 'zh-CN' ? 'en' : 'zh-CN'));
  bindLanguageButton($('#login-lang'));
  const offLoginLang = onLangChange(() => { applyReplayText(); label(); });
  const me = await ensureSession();
  offLoginLang();
  onUnauthorized(() => showLogin().then(() => location.reload()));

  const store = new LiveStore();
  const definitions = await api.tags();
  // definitions only: the replay paints past values, never the live ones
  store.setDefinitions(definitions.map(({ id, node, kind, unit, min, max, featureId, nameZh, nameEn }) =>
    ({ id, node, kind, unit, min, max, featureId, nameZh, nameEn })));
  const view = await incidentMap('rp-map', store);
  const replay = new Replay(view, store, new Map(definitions.map((t) => [t.id, t])));
  const records = await emergencyApi.records();
  const select = $('#rp-incident');
  const wanted = new URLSearchParams(location.search).get('incident');
  const id = records.some((r) => r.incidentId === wanted) ? wanted : records[0]?.incidentId;
  const options = () => replaceChildren(select, records.map((r) => h('option', { value: r.incidentId },
    `${r.incidentId} · ${formatDateTime(r.detectedMs)}`)));
  options();
  select.value = id || '';
  const fail = (e) => notify(tr('replay.loadFailed', { msg: e.detail || e.message }));
  const player = new Player(replay, fail);
  select.addEventListener('change', () => { player.stop(); replay.open(select.value).catch(fail); });
  $('#rp-play').addEventListener('click', () => player.toggle());
  let timer = null;
  $('#rp-slider').addEventListener('input', (ev) => {
    player.stop();
    clearTimeout(timer);
    timer = setTimeout(() => replay.show(Number(ev.target.value)).catch(fail), 120);
  });
  $('#rp-now').addEventListener('click', () => { player.stop(); replay.show(Date.now(), true).catch(fail); });
  if (id) await replay.open(id); else replay.render();
  document.body.dataset.replay = 'ready';
  onLangChange(() => {
    applyReplayText(); label(); renderUserMenu(me); options(); select.value = replay.id || ''; replay.render(); player.mark(player.playing);
  });
}

main().catch((e) => notify(tr('replay.loadFailed', { msg: e.message })));
