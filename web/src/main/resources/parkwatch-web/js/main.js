/**
 * The one-map page: composes map, layers, live store, socket, popup, trend panel, feed strip and layer
 * switcher, and the enterprise portal for enterprise users (portal/). Hooks for tests: `#map`, `body[data-ws]`, `body[data-layers]` ("loaded" when all layer requests are
 * done), `[data-layer-id][data-layer-count]`, `[data-tag-id]`, and `#feature=<id>` in the URL opens a popup.
 */
import { ol } from './vendor.js';
import { api, liveSocketUrl, onUnauthorized } from './api.js';
import { t, applyStatic, onLangChange, localName } from './i18n/index.js';
import { LiveStore } from './live/store.js';
import { LiveSocket } from './live/socket.js';
import { createMap, fitTo, localiseControls } from './map/map.js';
import { addBasemap } from './map/basemap.js';
import { loadParkLayers, indexFeatures, fullExtent } from './map/layers.js';
import { createStyleFunction } from './map/styles.js';
import { bindLiveColouring } from './map/live-colouring.js';
import { canonicalKind } from './map/kinds.js';
import { FeaturePopup } from './map/popup.js';
import { cameraSection } from './video/popup-section.js';
import { HistoryPanel } from './charts/history.js';
import { FeedStrip } from './ui/feed-strip.js';
import { LayerSwitcher } from './ui/layer-switcher.js';
import { bindLanguageButton, showSocketState } from './ui/lang-switch.js';
import { installHazards } from './hazard/index.js';
import { installAlarms } from './alarms/index.js';
import { installZones } from './zones/index.js';
import { installEmergency } from './emergency/index.js';
import { installRoutes } from './routes/index.js';
import { installRisk } from './risk/index.js';
import { installLogistics } from './logistics/index.js';
import { installLots } from './lots/index.js';
import { installPipelines } from './pipelines/index.js';
import { installDual } from './dual/index.js';
import { installSafetyDuty } from './safetyduty/index.js';
import { installGates } from './logistics/gates.js';
import { installEnvironment } from './environment/index.js';
import { installPortal } from './portal/index.js';
import { installWorkPermits } from './permits/index.js';
import { ensureSession, showLogin, renderUserMenu } from './ui/login.js';
import { bindDock } from './ui/dock.js';
import { installMenu } from './admin/menu.js';

const $ = (id) => document.getElementById(id);

function notify(message) {
  const el = $('notice');
  el.textContent = message;
  el.hidden = !message;
}

function bindSelection(map, popup, featureIndex, select) {
  map.on('singleclick', (event) => {
    if (map.get('drawing')) return; // a click of a form drawing a place on the map (permits/form.js)
    // features marked noPopup (a place being drawn in a form) are passed over
    const feature = map.forEachFeatureAtPixel(event.pixel, (f) => (f.get('noPopup') ? undefined : f), { hitTolerance: 4 });
    if (feature) { select(feature); popup.open(feature, event.coordinate); } else popup.close();
  });
  map.on('pointermove', (event) => {
    if (event.dragging) return;
    map.getTargetElement().style.cursor = map.hasFeatureAtPixel(event.pixel, { hitTolerance: 4 }) ? 'pointer' : '';
  });
  const openFromHash = () => {
    const id = new URLSearchParams(location.hash.slice(1)).get('feature');
    const feature = id && featureIndex.get(id);
    if (!feature) return;
    const geometry = feature.getGeometry();
    const at = geometry.getType() === 'Point' ? geometry.getCoordinates() : ol.extent.getCenter(geometry.getExtent());
    map.getView().setCenter(at);
    map.renderSync(); // the popup's auto-pan converts pixels with the last rendered frame
    select(feature);
    popup.open(feature, at);
  };
  window.addEventListener('hashchange', openFromHash);
  openFromHash();
}

async function main() {
  applyStatic();
  bindLanguageButton($('lang-switch'));
  bindLanguageButton($('login-lang'));
  // nothing but the login form until there is a session; a later 401 (expired) brings the form back
  const offLoginLang = onLangChange(() => applyStatic($('login')));
  const me = await ensureSession();
  offLoginLang();
  let relogin = null;
  onUnauthorized(() => {
    if (!relogin) relogin = showLogin().then(() => location.reload());
  });
  const store = new LiveStore();
  const map = createMap('map');
  addBasemap(map);
  $('map').olMap = map; // hook for browser tests and benchmarks: the view, extents, frame events
  localiseControls(map);
  let selected = null;
  const style = createStyleFunction(store, (f) => f === selected);
  const select = (feature) => {
    const previous = selected;
    selected = feature;
    if (previous) previous.changed();
    if (feature) feature.changed();
  };

  let socketState = 'connecting';
  const socket = new LiveSocket(liveSocketUrl(), {
    onState: (state) => { socketState = state; showSocketState($('ws-state'), state); },
  });
  store.listenTo(socket);
  bindDock($('dock-left'), $('dock-left-toggle'), 'left', () => map.updateSize());
  bindDock($('dock-right'), $('dock-right-toggle'), 'right', () => map.updateSize());
  installAlarms({ map, socket, container: $('map-area'), dock: $('dock-left-body'), notify });
  installZones({ map, liveStore: store, socket, container: $('map-area'), notify });
  installRoutes({ map, socket, container: $('map-area') });
  const history = new HistoryPanel($('trend-panel'), store);
  const popup = new FeaturePopup(map, $('popup'), store, { onHistory: (tag) => history.open(tag), onClose: () => select(null) });
  popup.addSection(cameraSection);
  const feedStrip = new FeedStrip($('feeds'), store);

  const [layersResult, tagsResult, feedsResult] = await Promise.allSettled([api.layers(), api.tags(), api.feeds()]);
  const failures = [layersResult, tagsResult, feedsResult].filter((r) => r.status === 'rejected').map((r) => r.reason.message);
  if (failures.length) notify(t('notice.loadFailed', { msg: failures.join('; ') }));
  if (tagsResult.status === 'fulfilled') store.setDefinitions(tagsResult.value);
  if (feedsResult.status === 'fulfilled') store.setFeeds(feedsResult.value);
  socket.start();

  const entries = layersResult.status === 'fulfilled' ? await loadParkLayers(map, layersResult.value, style) : [];
  const featureIndex = indexFeatures(entries);
  fitTo(map, fullExtent(entries.filter((e) => e.kind === 'park-boundary')) || fullExtent(entries));
  const switcher = new LayerSwitcher($('layer-switcher'), entries);
  switcher.render();
  feedStrip.onSelect = (enterpriseId) => {
    const plot = [...featureIndex.values()].find((f) => f.get('enterpriseId') === enterpriseId && canonicalKind(f.get('kind')) === 'enterprise');
    if (plot) fitTo(map, plot.getGeometry().getExtent());
  };
  bindLiveColouring(store, entries, featureIndex);
  bindSelection(map, popup, featureIndex, select);
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    if (!$('trend-panel').hidden) history.close(); else popup.close();
  });
  document.body.dataset.layers = 'loaded';
  // the park QRA is for park roles (risk:read); an enterprise user's portal has no risk page
  const risk = (me.permissions || []).includes('risk:read') ? installRisk(map, { container: $('map-area'), titleRow: document.querySelector('#topbar .title-row'), socket }) : null;
  // an enterprise user's page becomes its portal: header, zoom to its site, mapping view (park roles: no change)
  installPortal({ user: me, titleRow: document.querySelector('#topbar .title-row'), container: $('main'), notify, liveStore: store,
    zoomTo: (id) => {
      const feature = id && featureIndex.get(String(id));
      if (feature) fitTo(map, feature.getGeometry().getExtent());
      return Boolean(feature);
    } }).catch((e) => notify(t('notice.loadFailed', { msg: e.message })));
  const featureName = (id) => {
    const f = featureIndex.get(String(id));
    return f ? localName(f.getProperties(), String(id)) : String(id);
  };
  const enterpriseName = (id) => {
    const plot = [...featureIndex.values()].find((f) => f.get('enterpriseId') === id && canonicalKind(f.get('kind')) === 'enterprise');
    return plot ? localName(plot.getProperties(), id) : id;
  };
  const environment = (me.permissions || []).includes('environment:read') ? installEnvironment(map, { container: $('map-area'),
    titleRow: document.querySelector('#topbar .title-row'), permissions: me.permissions || [], nameOf: featureName, enterpriseName }) : null;
  const perms = me.permissions || [];
  // hazmat trucks (issue 16): every role with logistics:read; the in-park census for park roles
  const trucks = perms.includes('logistics:read') ? installLogistics(map, { socket, titleRow: document.querySelector('#topbar .title-row'),
    container: $('map-area'), canCount: !me.enterpriseId,
    enterpriseName }) : null;
  // toxic-chemical lots (issue 16): every role with lots:read; enterprise users file their own
  const titleRow = document.querySelector('#topbar .title-row');
  const lots = perms.includes('lots:read') ? installLots({ container: $('map-area'), titleRow,
    canFile: perms.includes('lots:write'), ownEnterprise: me.enterpriseId || null, nameOf: featureName, enterpriseName, notify }) : null;
  // daily safety duty (issue 15): commitments, responsibility, unit calendar; enterprises file their own
  const safetyDuty = perms.includes('safetyduty:read') ? installSafetyDuty({ container: $('map-area'), titleRow,
    canFile: perms.includes('safetyduty:write'), ownEnterprise: me.enterpriseId || null, notify }) : null;
  // pipelines, safety distances, encroachment and patrols (issue 16): park roles
  const pipelines = perms.includes('pipeline:read') ? installPipelines(map, { container: $('map-area'), titleRow,
    nameOf: featureName, geometryOf: (id) => featureIndex.get(String(id))?.getGeometry(), notify }) : null;
  // dual prevention (issue 15): park roles see every enterprise, an enterprise user its own (the server scopes)
  const dual = perms.includes('dual:read') ? installDual(map, { container: $('map-area'), titleRow,
    canWrite: perms.includes('dual:write'), enterpriseName, notify }) : null;
  // gates' live counts and the hazmat parking lot (issue 16)
  const gates = perms.includes('logistics:read') ? installGates(map, { socket, container: $('map-area'), enterpriseName }) : null;
  // special work permits (issue 15): the layer of active work, the list, the portal's form, statistics
  const workPermits = perms.includes('workpermit:read') ? installWorkPermits(map, { container: $('map-area'), titleRow, popup,
    permissions: perms, ownEnterprise: me.enterpriseId || null, enterpriseName, nameOf: featureName, notify }) : null;
  installEmergency({ me, socket, container: $('map-area'), notify });
  const menu = installMenu({ me, titleRow: document.querySelector('#topbar .title-row'), container: $('main') });
  let hazards = null;
  installHazards(map, { container: $('dock-right-body'), popup, socket,
    plots: [...featureIndex.values()].filter((f) => canonicalKind(f.get('kind')) === 'enterprise') })
    .then((installed) => { hazards = installed; })
    .catch((e) => notify(t('notice.loadFailed', { msg: e.message })));

  onLangChange(() => {
    applyStatic();
    renderUserMenu(me);
    localiseControls(map);
    showSocketState($('ws-state'), socketState);
    switcher.render();
    feedStrip.render();
    popup.render();
    history.render();
    entries.forEach((e) => e.layer.changed());
    if (hazards) hazards.render();
    if (gates) gates.render();
    if (risk) risk.render();
    if (trucks) trucks.render();
    if (lots) lots.render();
    if (pipelines) pipelines.render();
    if (dual) dual.render();
    if (safetyDuty) safetyDuty.render();
    if (environment) environment.render();
    if (workPermits) workPermits.render();
    menu.render();
  });
}

main().catch((e) => {
  console.error(e);
  notify(t('notice.loadFailed', { msg: e.message }));
});
