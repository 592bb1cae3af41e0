/**
 * The control-room big screen (/screen): a 16:9 dark layout with the one-map in the centre and ECharts panels
 * around it, all live over the WebSocket; new high and critical alarms and new incidents pulse on the map.
 * While an emergency is open at 三级 or above the screen switches to its 战时 command layout (./war.js).
 * Hooks for tests and kiosks: `body[data-ws]`, `body[data-screen="ready"]`, `body[data-alarm-flash]`
 * once every panel has loaded, `[data-panel=…][data-count][data-state="ready"]` per panel, `[data-tag-id]` cells.
 * Without a session the page shows the login form first (the one-map's, ../ui/login.js); a later 401 (session
 * expired) brings it back and reloads after the login.
 */
import { api, liveSocketUrl, onUnauthorized } from '../api.js';
import { lang, setLang, onLangChange } from '../i18n/index.js';
import { ensureSession, showLogin, renderUserMenu } from '../ui/login.js';
import { bindLanguageButton } from '../ui/lang-switch.js';
import { LiveStore } from '../live/store.js';
import { LiveSocket } from '../live/socket.js';
import { AlarmStore } from '../alarms/store.js';
import { alarmApi } from '../alarms/api.js';
import { tr, applyScreenText } from './i18n.js';
import { alarmsByPriority, alarmsByEnterprise, alarmTrend } from './alarm-panels.js';
import { hazardsByGrade, riskColours, feedHealth, incidents } from './park-panels.js';
import { environmentPanel } from './environment.js';
import { logisticsPanel } from './logistics.js';
import { commitmentPanel } from './commitments.js';
import { workPermitsPanel } from './work-permits.js';
import { screenMap } from './map.js';
import { MapFlash } from '../alarms/flash.js';
import { formatDateTime } from '../format.js';
import { installDrillBanner } from '../emergency/drill-banner.js';
import { installWarLayout } from './war.js';

const $ = (sel) => document.querySelector(sel);
const panel = (name) => document.querySelector(`[data-panel="${name}"]`);
function notify(e) {
  if (e && e.status === 401) return; // the login form is already coming back (onUnauthorized)
  console.warn(e);
  const el = $('#notice');
  el.textContent = tr('notice.loadFailed', { msg: e.message });
  el.hidden = false;
}

function startClock() {
  const el = $('#clock');
  const tick = () => { el.textContent = formatDateTime(Date.now()); };
  tick();
  setInterval(tick, 1000);
}

function showSocket(state) {
  const el = $('#ws-state');
  el.dataset.state = state;
  el.textContent = tr(`ws.${state}`);
}

/**
 * A pulsing ring on the map at every new high or critical alarm and every new incident (`body[data-alarm-flash]`).
 * The view stays on the whole park: the screen is watched from afar, not steered.
 */
function flashOnMap(map, alarmStore, socket) {
  const flash = new MapFlash(map);
  alarmStore.onActivation((a) => {
    if (a.priority === 'critical' || a.priority === 'high') flash.flash(a.lon, a.lat, false);
  });
  socket.on('incident', (msg) => {
    if (msg.isNew && msg.incident) flash.flash(msg.incident.lon, msg.incident.lat, false);
  });
}

async function main() {
  applyScreenText();
  startClock();
  const button = $('#lang-switch');
  const label = () => { button.textContent = tr('screen.lang'); button.title = tr('screen.langTitle'); };
  label();
  button.addEventListener('click', () => setLang(lang() === 'zh-CN' ? 'en' : 'zh-CN'));

  bindLanguageButton($('#login-lang'));
  const offLoginLang = onLangChange(() => { applyScreenText(); label(); });
  const me = await ensureSession();
  offLoginLang();
  let relogin = null;
  onUnauthorized(() => {
    if (!relogin) relogin = showLogin().then(() => location.reload());
  });
  let tags = [];
  try { tags = await api.tags(); } catch (e) { notify(e); }
  const store = new LiveStore();
  const alarmStore = new AlarmStore();
  const names = new Map();
  store.setDefinitions(tags);
  let socketState = 'connecting';
  const socket = new LiveSocket(liveSocketUrl(), { onState: (s) => { socketState = s; showSocket(s); } });
  store.listenTo(socket);
  socket.on('alarm', (msg) => alarmStore.apply(msg));
  try {
    const feeds = await api.feeds();
    store.setFeeds(feeds);
    feeds.forEach((f) => names.set(f.enterpriseId, f));
  } catch (e) { notify(e); }
  // re-read on every (re)connect and when the server dropped messages for this page: alarms may have been missed
  const reloadAlarms = () => alarmStore.reload(alarmApi.active).catch(notify);
  socket.onResync(reloadAlarms);
  await reloadAlarms();
  installDrillBanner(socket);
  socket.start();

  const panels = await Promise.all([
    alarmsByPriority(panel('alarms-by-priority'), alarmStore),
    riskColours(panel('risk-colours'), names, notify),
    alarmsByEnterprise(panel('alarms-by-enterprise'), alarmStore, names),
    alarmTrend(panel('alarm-trend'), alarmStore, notify),
    hazardsByGrade(panel('hazards-by-grade'), socket, notify),
    feedHealth(panel('feed-health'), store),
    environmentPanel(panel('environment'), store),
    logisticsPanel(panel('logistics')),
    commitmentPanel(panel('commitments')),
    workPermitsPanel(panel('work-permits')),
    incidents(panel('incidents'), socket, names, notify),
    screenMap('screen-map', store).then((m) => {
      flashOnMap(m.map, alarmStore, socket);
      panel('map').dataset.state = 'ready';
      return m;
    }),
  ]);
  const war = installWarLayout({ me, socket, screen: panels[panels.length - 1], notify });
  document.body.dataset.screen = 'ready';
  onLangChange(() => {
    war.render();
    applyScreenText();
    renderUserMenu(me);
    label();
    showSocket(socketState);
    panels.forEach((p) => (p.rerender ? p.rerender() : p.render && p.render()));
  });
}

main().catch(notify);
