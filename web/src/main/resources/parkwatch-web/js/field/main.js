/**
 * The field commander's page (/field), made for a phone (390×844): the incident's tasks with their status changes,
 * a small map (zones, routes, dispatched resources, the commander's own position when the browser gives it or the
 * page is opened with `?lon=&lat=`), and the messages of the incident log with a form to post a note. The incident
 * is `?incident=` or the newest open one; every open incident can be chosen. Refreshed on `emergency.record`,
 * `incident.zones` and `incident.routes` pushes. Users without `emergency:command` read only.
 * Test hooks: `body[data-field=ready]`, `#field[data-incident-id][data-level]`, `[data-task-status][data-action-id]`,
 * `[data-message-seq]`.
 */
import { api, liveSocketUrl, onUnauthorized } from '../api.js';
import { lang, setLang, onLangChange } from '../i18n/index.js';
import { ensureSession, showLogin, renderUserMenu } from '../ui/login.js';
import { bindLanguageButton } from '../ui/lang-switch.js';
import { LiveStore } from '../live/store.js';
import { LiveSocket } from '../live/socket.js';
import { h, replaceChildren } from '../ui/dom.js';
import { formatDateTime, formatTime } from '../format.js';
import { tr as emTr, actionText } from '../emergency/i18n.js';
import { emergencyApi } from '../emergency/api.js';
import { incidentMap, dispatchMarks } from '../emergency/incident-map.js';
import { routeApi } from '../routes/api.js';
import { zoneApi } from '../zones/api.js';
import { tr, applyFieldText } from './i18n.js';

const $ = (sel) => document.querySelector(sel);
const levelName = (l) => (l ? emTr(`em.level.${l}`) : tr('field.noLevel'));
const local = (zh, en) => (lang() === 'en' ? en || zh : zh);
const NEXT = { TODO: 'doing', DOING: 'done' };

function notify(msg) {
  const el = $('#notice');
  el.textContent = msg;
  el.hidden = false;
  clearTimeout(notify.timer);
  notify.timer = setTimeout(() => { el.hidden = true; }, 6000);
}

/** The commander's own position: `?lon=&lat=`, else the browser's (when allowed), else none. */
function watchPosition(onPosition) {
  const q = new URLSearchParams(location.search);
  const lon = Number(q.get('lon')), lat = Number(q.get('lat'));
  if (q.has('lon') && q.has('lat') && Number.isFinite(lon) && Number.isFinite(lat)) {
    onPosition({ lon, lat });
    return;
  }
  if (!navigator.geolocation) return;
  navigator.geolocation.watchPosition((p) => onPosition({ lon: p.coords.longitude, lat: p.coords.latitude }),
    () => {}, { enableHighAccuracy: true, maximumAge: 30_000 });
}

class FieldPage {
  constructor(me, view) {
    this.canCommand = (me.permissions || []).includes('emergency:command');
    this.view = view;
    this.id = new URLSearchParams(location.search).get('incident');
    this.records = [];
    this.record = null;
    this.log = { entries: [] };
    this.resources = [];
    this.position = null;
    this.tab = 'tasks';
  }

  async loadList() {
    this.records = await emergencyApi.records();
    const open = this.records.filter((r) => !r.allClearMs);
    if (!this.id || !this.records.some((r) => r.incidentId === this.id)) this.id = (open[0] || this.records[0])?.incidentId || null;
    this.renderChooser();
  }

  async load() {
    if (!this.id) { this.record = null; this.render(); return; }
    const id = this.id;
    const [record, log, resources] = await Promise.all([emergencyApi.record(id), emergencyApi.log(id), emergencyApi.resources()]);
    if (id !== this.id) return; // switched meanwhile
    Object.assign(this, { record, log, resources });
    this.render();
    await this.loadMap(id);
  }

  async loadMap(id) {
    const { zones, routes } = this.view;
    try { zones.show(await zoneApi.incident(id)); } catch (e) { if (e.notFound) zones.clear(); else throw e; }
    try { routes.show(await routeApi.incident(id)); } catch (e) { if (e.notFound) routes.clear(); else throw e; }
    this.showMarks();
    if (!this.fitted) { this.view.fitIncident(); this.fitted = true; }
  }

  showMarks() {
    const marks = this.record ? dispatchMarks(this.record.dispatches, this.resources) : [];
    if (this.position) marks.push({ id: 'self', kind: 'self', ...this.position });
    this.view.marks.show(marks);
  }

  renderChooser() {
    const select = $('#fd-incident');
    replaceChildren(select, this.records.map((r) => h('option', { value: r.incidentId },
      tr('field.option', { id: r.incidentId, level: levelName(r.level) }))));
    select.hidden = this.records.length === 0;
    if (this.id) select.value = this.id;
  }

  render() {
    const root = $('#field');
    const r = this.record;
    root.dataset.incidentId = r?.incidentId || '';
    root.dataset.level = r?.level || '';
    const tasks = r?.tasks || [];
    const open = tasks.filter((t) => t.status !== 'DONE').length;
    $('#fd-status').textContent = !r ? tr('field.none')
      : `${r.closed || r.allClearMs ? `${tr('field.closed')} · ` : ''}${tr('field.head', { level: levelName(r.level), open, total: tasks.length })}`;
    this.renderTasks(r);
    this.renderMessages(r);
    document.querySelectorAll('[data-pane]').forEach((p) => { p.hidden = p.dataset.pane !== this.tab; });
    document.querySelectorAll('[data-tab]').forEach((b) => { b.classList.toggle('on', b.dataset.tab === this.tab); });
  }

  renderTasks(r) {
    const pane = $('#fd-tasks');
    if (!r) { replaceChildren(pane); return; }
    const tasks = r.tasks || [];
    if (!tasks.length) { replaceChildren(pane, h('p', { class: 'fd-empty' }, tr('field.noTasks'))); return; }
    const active = this.canCommand && !r.allClearMs;
    replaceChildren(pane, h('ul', { class: 'fd-tasks' }, tasks.map((t) => {
      const since = t.doneMs || t.startedMs || t.createdMs;
      return h('li', { class: `fd-task ${t.status.toLowerCase()}`, dataset: { taskStatus: t.status, actionId: t.actionId } },
        h('div', { class: 'fd-task-text' }, local(t.textZh, t.textEn)),
        h('div', { class: 'fd-task-meta' }, tr('field.owner', { owner: local(t.ownerZh, t.ownerEn) }), ' · ',
          tr('field.since', { status: emTr(`em.${t.status.toLowerCase()}`), t: formatTime(since) })),
        active && NEXT[t.status]
          ? h('button', { type: 'button', class: 'fd-advance', dataset: { next: NEXT[t.status] },
            onclick: () => this.act(() => emergencyApi.moveTask(r.incidentId, t.actionId, NEXT[t.status])) },
          tr(t.status === 'TODO' ? 'field.start' : 'field.finish'))
          : null);
    })));
  }

  renderMessages(r) {
    const pane = $('#fd-messages');
    if (!r) { replaceChildren(pane); return; }
    const entries = (this.log.entries || []).slice().reverse();
    const form = this.canCommand && !r.allClearMs ? this.noteForm(r) : h('p', { class: 'fd-empty' }, tr('field.readOnly'));
    replaceChildren(pane, form, entries.length ? h('ol', { class: 'fd-messages' }, entries.map((e) => h('li',
      { class: e.action === 'note' ? 'fd-msg note' : 'fd-msg', dataset: { messageSeq: String(e.seq), action: e.action } },
      h('div', { class: 'fd-msg-meta' }, formatDateTime(e.ts), ' · ', e.username, ' · ', actionText(e.action, lang())),
      e.detail?.text || e.detail?.reason || e.detail?.note
        ? h('div', { class: 'fd-msg-text' }, String(e.detail.text || e.detail.reason || e.detail.note)) : null)))
      : h('p', { class: 'fd-empty' }, tr('field.noMessages')));
  }

  noteForm(r) {
    const kept = $('#fd-note')?.value || '';
    const text = h('textarea', { id: 'fd-note', name: 'text', rows: 2, maxlength: 1000, placeholder: tr('field.note') });
    text.value = kept;
    return h('form', { class: 'fd-note-form', onsubmit: (ev) => {
      ev.preventDefault();
      if (!text.value.trim()) return;
      this.act(async () => { await emergencyApi.note(r.incidentId, text.value.trim()); text.value = ''; });
    } }, text, h('button', { type: 'submit', class: 'fd-post' }, tr('field.post')));
  }

  async act(action) {
    try {
      await action();
      await this.load();
    } catch (e) {
      notify(tr('field.failed', { msg: e.detail || e.message }));
    }
  }
}

async function main() {
  applyFieldText();
  const button = $('#lang-switch');
  const label = () => { button.textContent = tr('field.lang'); };
  label();
  button.addEventListener('click', () => setLang(lang() === 'zh-CN' ? 'en' : 'zh-CN'));
  bindLanguageButton($('#login-lang'));
  const offLoginLang = onLangChange(() => { applyFieldText(); label(); });
  const me = await ensureSession();
  offLoginLang();
  onUnauthorized(() => showLogin().then(() => location.reload()));

  const store = new LiveStore();
  try { store.setDefinitions(await api.tags()); } catch (e) { notify(tr('field.loadFailed', { msg: e.message })); }
  const socket = new LiveSocket(liveSocketUrl());
  store.listenTo(socket);
  const view = await incidentMap('fd-map', store);
  const page = new FieldPage(me, view);
  const reload = () => page.load().catch((e) => notify(tr('field.loadFailed', { msg: e.message })));
  watchPosition((p) => { page.position = p; page.showMarks(); });
  $('#fd-incident').addEventListener('change', (ev) => { page.id = ev.target.value; page.fitted = false; reload(); });
  document.querySelectorAll('[data-tab]').forEach((b) => b.addEventListener('click', () => { page.tab = b.dataset.tab; page.render(); }));
  socket.on('emergency.record', async (msg) => {
    if (!page.records.some((r) => r.incidentId === msg.incidentId) || !page.id) await page.loadList().catch(() => {});
    if (msg.incidentId === page.id) reload();
  });
  socket.on('incident.zones', (msg) => { if (msg.incidentId === page.id) reload(); });
  socket.on('incident.routes', (msg) => { if (msg.incidentId === page.id) reload(); });
  socket.start();
  await page.loadList();
  await page.load();
  document.body.dataset.field = 'ready';
  onLangChange(() => { applyFieldText(); label(); renderUserMenu(me); page.renderChooser(); page.render(); });
}

main().catch((e) => notify(tr('field.loadFailed', { msg: e.message })));
