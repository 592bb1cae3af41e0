/**
 * Alarm views on the one-map page: the alarm list, the incident panel with the linkage package, the KPI page
 * (`#kpi`), map flashing and centring on new high/critical alarms and incidents, and the audible cue with a mute
 * button. Follows the live socket through `socket.on` ('alarm', 'incident'; 'snapshot' after a (re)connect reloads).
 * Test hooks: `#alarm-panel[data-alarm-count]`, `.alarm-row[data-alarm-id]`, `#incident-panel[data-incident-id]`,
 * `body[data-alarm-flash]`, `#kpi-panel[data-activations]`.
 */
import { h } from '../ui/dom.js';
import { onLangChange } from '../i18n/index.js';
import { tr } from './i18n.js';
import { alarmApi } from './api.js';
import { AlarmStore } from './store.js';
import { AlarmPanel } from './panel.js';
import { IncidentPanel } from './incident.js';
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
export function installAlarms({ map, socket, container, notify }) {
  document.head.append(h('link', { rel: 'stylesheet', href: CSS_URL }));
  const store = new AlarmStore();
  const cue = new AlarmCue();
  const flash = new MapFlash(map);
  const listEl = h('section', { id: 'alarm-panel', class: 'alarm-panel' });
  const incidentEl = h('section', { id: 'incident-panel', class: 'incident-panel' });
  const kpiEl = h('section', { id: 'kpi-panel', class: 'kpi-panel' });
  const muteBtn = h('button', { type: 'button', id: 'alarm-mute', class: 'alarm-mute' });
  const kpiLink = h('a', { href: '#kpi', id: 'alarm-kpi-link', class: 'alarm-kpi-link' });
  container.append(listEl, incidentEl, kpiEl, h('div', { class: 'alarm-tools' }, muteBtn, kpiLink));

  const incidents = new IncidentPanel(incidentEl, { onLocate: (lon, lat) => flash.flash(lon, lat) });
  const panel = new AlarmPanel(listEl, store, {
    onLocate: (a) => flash.flash(a.lon, a.lat),
    onError: notify,
    onLinkage: async (a) => {
      try {
        incidents.show(null, await alarmApi.linkage(a.id), `${a.id}`);
        flash.flash(a.lon, a.lat);
      } catch (e) { notify(tr('alarms.failed', { msg: e.message })); }
    },
  });
  const kpi = new KpiPanel(kpiEl);
  const renderTools = () => {
    muteBtn.textContent = cue.muted ? tr('alarms.unmute') : tr('alarms.mute');
    muteBtn.dataset.muted = String(cue.muted);
    kpiLink.textContent = tr('alarms.kpi');
  };
  muteBtn.addEventListener('click', () => { cue.setMuted(!cue.muted); renderTools(); });
  renderTools();

  store.onActivation((a) => {
    if (a.priority !== 'critical' && a.priority !== 'high') return;
    cue.play(a.priority);
    flash.flash(a.lon, a.lat);
  });

  const onIncident = (msg) => {
    const inc = msg.incident;
    if (!inc) return;
    if (msg.isNew && inc.state === 'OPEN') {
      cue.play(inc.severity);
      flash.flash(inc.lon, inc.lat);
      incidents.show(inc, msg.linkage);
    } else if (incidents.current && incidents.current.incident && incidents.current.incident.id === inc.id) {
      incidents.show(inc, msg.linkage || incidents.current.linkage);
    }
  };

  socket.on('alarm', (msg) => store.apply(msg));
  socket.on('incident', onIncident);
  socket.on('snapshot', () => reload()); // (re)connected: messages may have been missed

  async function reload() {
    try {
      store.load(await alarmApi.active());
      const open = (await alarmApi.incidents()).filter((i) => i.state === 'OPEN');
      if (open.length && !incidents.current) {
        const detail = await alarmApi.incident(open[0].id);
        incidents.show(detail, detail.linkage);
      }
    } catch (e) {
      notify(tr('alarms.failed', { msg: e.message }));
    }
  }
  reload();

  onLangChange(() => { panel.render(); incidents.render(); kpi.render(); renderTools(); });
  return { store, panel, incidents, kpi };
}
