/**
 * Alarm views on the one-map page: in the left dock the incident list, the selected incident (with the linkage
 * package, acknowledge-all, closing with a reason, feedback) and the alarm list; the KPI page (`#kpi`), the feedback
 * form, map flashing on new high/critical alarms and incidents, the selected incident kept in view, and the audible
 * cue with a mute button. Follows the live socket through `socket.on` ('alarm', 'incident', 'alarm-feedback';
 * 'snapshot' after a (re)connect and 'resync' after the server dropped messages for this page reload, with
 * `socket.onResync`). A new incident never replaces the selected one.
 * Test hooks: `#alarm-panel[data-alarm-count]`, `.alarm-row[data-alarm-id]`, `#incident-list`,
 * `#incident-panel[data-incident-id]`, `body[data-alarm-flash]`, `#kpi-panel[data-activations]`,
 * `body[data-incident-fit]` (the incident the view was last fitted to).
 */
import { h } from '../ui/dom.js';
import { localName, onLangChange } from '../i18n/index.js';
import { tr } from './i18n.js';
import { alarmApi } from './api.js';
import { AlarmStore } from './store.js';
import { AlarmPanel } from './panel.js';
import { IncidentPanel } from './incident.js';
import { alarmName, loadEnterpriseNames } from './names.js';
import { IncidentList } from './incident-list.js';
import { FeedbackForm } from './feedback.js';
import { ol } from '../vendor.js';
import { KpiPanel } from './kpi.js';
import { AlarmCue } from './cue.js';
import { MapFlash } from './flash.js';

const CSS_URL = new URL('../../css/alarms.css', import.meta.url).href;

/**
 * @param map      the OpenLayers map
 * @param socket   the page's LiveSocket
 * @param container where the panels go (the map's parent)
 * @param notify   shows a message to the operator
 */
export function installAlarms({ map, socket, container, dock, notify }) {
  document.head.append(h('link', { rel: 'stylesheet', href: CSS_URL }));
  const store = new AlarmStore();
  const cue = new AlarmCue();
  const flash = new MapFlash(map);
  const listEl = h('section', { id: 'alarm-panel', class: 'alarm-panel' });
  const incidentListEl = h('section', { id: 'incident-list', class: 'incident-list' });
  const incidentEl = h('section', { id: 'incident-panel', class: 'incident-panel' });
  const kpiEl = h('section', { id: 'kpi-panel', class: 'kpi-panel' });
  const feedbackEl = h('section', { id: 'feedback-form', class: 'feedback-form' });
  const muteBtn = h('button', { type: 'button', id: 'alarm-mute', class: 'alarm-mute' });
  const kpiLink = h('a', { href: '#kpi', id: 'alarm-kpi-link', class: 'alarm-kpi-link' });
  (dock || container).append(incidentListEl, incidentEl, listEl);
  container.append(kpiEl, feedbackEl, h('div', { class: 'alarm-tools' }, muteBtn, kpiLink));

  const feedbackByAlarm = new Map();
  let selectedId = null;
  const incidents = new IncidentPanel(incidentEl, {
    onLocate: (lon, lat) => flash.flash(lon, lat),
    onAckAll: async (inc) => {
      try {
        const r = await alarmApi.ackIncident(inc.id);
        notifyBriefly(r.acknowledged.length ? tr('alarms.acked', { n: r.acknowledged.length }) : tr('alarms.ackNone'));
        await showIncident(inc.id, { fit: false });
      } catch (e) { notify(tr('alarms.failed', { msg: e.message })); }
    },
    onClose: async (inc, reason) => {
      try {
        const closed = await alarmApi.closeIncident(inc.id, reason);
        list.upsert(closed);
        await showIncident(inc.id, { fit: false });
      } catch (e) { notify(tr('alarms.failed', { msg: e.message })); }
    },
  });
  const list = new IncidentList(incidentListEl, { onSelect: (id) => showIncident(id, { fit: true }) });
  const feedbackForm = new FeedbackForm(feedbackEl, {
    onSent: (f) => { addFeedback(f); notifyBriefly(tr('feedback.sent')); },
    onError: notify,
  });
  const panel = new AlarmPanel(listEl, store, {
    onLocate: (a) => flash.flash(a.lon, a.lat),
    onError: notify,
    onFeedback: (a) => feedbackForm.open(a),
    feedbackOf: (id) => feedbackByAlarm.get(id),
    onLinkage: async (a) => {
      try {
        selectedId = null;
        list.select(null);
        incidents.show(null, await alarmApi.linkage(a.id), alarmName(a),
          await alarmApi.feedback(a.id), a.id);
        flash.flash(a.lon, a.lat);
      } catch (e) { notify(tr('alarms.failed', { msg: e.message })); }
    },
  });
  loadEnterpriseNames().then(() => { panel.render(); if (incidents.current) incidents.render(); });
  const kpi = new KpiPanel(kpiEl);
  const renderTools = () => {
    muteBtn.textContent = cue.muted ? tr('alarms.unmute') : tr('alarms.mute');
    muteBtn.dataset.muted = String(cue.muted);
    kpiLink.textContent = tr('alarms.kpi');
  };
  muteBtn.addEventListener('click', () => { cue.setMuted(!cue.muted); renderTools(); });
  renderTools();

  function notifyBriefly(message) {
    notify(message);
    setTimeout(() => notify(''), 4000);
  }

  function addFeedback(f) {
    const known = feedbackByAlarm.get(f.alarmId) || [];
    if (!known.some((x) => x.id === f.id)) feedbackByAlarm.set(f.alarmId, [...known, f]);
    panel.renderList();
  }

  /** Fits the view to the incident's alarms and place, with room around them (the docks are beside the map). */
  function fitIncident(detail) {
    const points = (detail.alarms || []).filter((a) => Number.isFinite(a.lon)).map((a) => [a.lon, a.lat]);
    if (Number.isFinite(detail.lon)) points.push([detail.lon, detail.lat]);
    if (!points.length) return;
    const extent = ol.extent.boundingExtent(points.map((p) => ol.proj.fromLonLat(p)));
    map.getView().fit(ol.extent.buffer(extent, 120), { padding: [60, 60, 60, 60], maxZoom: 18 });
    document.body.dataset.incidentFit = detail.id;
  }

  async function showIncident(id, { fit }) {
    selectedId = id;
    list.select(id);
    const [detail, feedback] = await Promise.all([alarmApi.incident(id), alarmApi.incidentFeedback(id)]);
    if (selectedId !== id) return; // another was selected meanwhile
    feedback.forEach(addFeedback);
    list.upsert(detail);
    incidents.show(detail, detail.linkage, null, feedback);
    if (fit) fitIncident(detail);
  }

  // the selected incident's alarms follow the alarm stream (an alarm back to normal leaves the active list)
  store.onChange(() => {
    const inc = incidents.current?.incident;
    if (!inc || !inc.alarms) return;
    const next = inc.alarms.map((a) => store.alarms.get(a.id)
      || (a.state === 'NORMAL' ? a : { ...a, state: 'NORMAL', stateZh: '正常', stateEn: 'normal' }));
    if (next.every((a, i) => a.state === inc.alarms[i].state)) return;
    inc.alarms = next;
    incidents.render();
  });

  store.onActivation((a) => {
    if (a.priority !== 'critical' && a.priority !== 'high') return;
    cue.play(a.priority);
    flash.flash(a.lon, a.lat, !selectedId); // the selected incident stays in view: flash there, do not pan away
  });

  const onIncident = (msg) => {
    const inc = msg.incident;
    if (!inc) return;
    const fresh = (msg.isNew || msg.reopened) && inc.state === 'OPEN';
    list.pushed(inc, fresh);
    if (fresh) {
      cue.play(inc.severity);
      flash.flash(inc.lon, inc.lat, !selectedId || selectedId === inc.id);
    }
    if (selectedId === inc.id) showIncident(inc.id, { fit: false }).catch((e) => notify(tr('alarms.failed', { msg: e.message })));
    else if (fresh && !selectedId) showIncident(inc.id, { fit: true }).catch((e) => notify(tr('alarms.failed', { msg: e.message })));
  };

  const onFeedback = (msg) => {
    if (!msg.feedback) return;
    addFeedback(msg.feedback);
    if (selectedId && (msg.incidents || []).includes(selectedId)) {
      alarmApi.incidentFeedback(selectedId).then((f) => incidents.setFeedback(f)).catch(() => {});
    }
  };

  socket.on('alarm', (msg) => store.apply(msg));
  socket.on('incident', onIncident);
  socket.on('alarm-feedback', onFeedback);
  // (re)connected, or the server dropped messages for this page while it read too slowly: messages may have been missed
  socket.onResync((msg) => {
    reload().then((ok) => { if (ok && msg.type === 'resync') notifyBriefly(tr('alarms.resynced')); });
  });

  /** Reads the alarms and incidents again (race-safe, see ReloadJournal); true when both reads succeeded. */
  async function reload() {
    try {
      // messages arriving while an answer is on its way are applied over it
      await Promise.all([store.reload(alarmApi.active), list.reload(alarmApi.incidents)]);
      const open = list.open();
      if (selectedId) await showIncident(selectedId, { fit: false });
      else if (open.length) await showIncident(open[0].id, { fit: true });
      return true;
    } catch (e) {
      notify(tr('alarms.failed', { msg: e.message }));
      return false;
    }
  }
  reload();

  onLangChange(() => { panel.render(); list.render(); incidents.render(); kpi.render(); renderTools(); feedbackForm.render(); });
  return { store, panel, incidents, list, kpi };
}
