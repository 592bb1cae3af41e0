/**
 * Threat zones on the one-map page: the zones of the incident shown in the incident panel (fetched when the panel
 * switches incident, replaced live by `incident.zones` socket messages) and of "what if" runs, drawn on the map with
 * the zone panel beside them. Follows the incident panel through its `data-incident-id` attribute and the socket
 * through `socket.on('incident.zones')`.
 */
import { h } from '../ui/dom.js';
import { onLangChange } from '../i18n/index.js';
import { tr } from './i18n.js';
import { zoneApi } from './api.js';
import { ZoneLayer } from './layer.js';
import { ZonePanel } from './panel.js';
import { WhatIfForm } from './whatif.js';

const CSS_URL = new URL('../../css/zones.css', import.meta.url).href;

/**
 * @param map       the OpenLayers map
 * @param liveStore the page's LiveStore (wind prefill of the what-if form)
 * @param socket    the page's LiveSocket
 * @param container where the panels go (the map's parent)
 * @param notify    shows a message to the operator
 */
export function installZones({ map, liveStore, socket, container, notify }) {
  document.head.append(h('link', { rel: 'stylesheet', href: CSS_URL }));
  const layer = new ZoneLayer(map);
  const panelEl = h('section', { id: 'zone-panel', class: 'zone-panel' });
  const formEl = h('section', { id: 'whatif-form', class: 'whatif-form' });
  const openBtn = h('button', { type: 'button', id: 'whatif-open', class: 'whatif-open-main' });
  container.append(panelEl, formEl, openBtn);

  let shownIncident = null;
  const show = (run, incidentId) => {
    const first = incidentId !== shownIncident;
    shownIncident = incidentId;
    layer.show(run);
    panel.show(run, incidentId);
    if (first && incidentId) layer.fit(); // a new incident's zones: show where the gas goes; updates keep the view
  };
  const panel = new ZonePanel(panelEl, {
    onLocate: (featureId) => { location.hash = `feature=${encodeURIComponent(featureId)}`; },
    onClose: () => { layer.clear(); shownIncident = null; },
    onWhatIf: (inputs) => form.open(inputs),
  });
  const form = new WhatIfForm(formEl, map, liveStore, {
    onResult: (run) => { show(run, null); layer.fit(); },
  });
  const renderButton = () => { openBtn.textContent = tr('zones.whatIf'); };
  openBtn.addEventListener('click', () => form.open());
  renderButton();

  async function loadIncident(id) {
    if (!id) return;
    try {
      show(await zoneApi.incident(id), id);
    } catch (e) {
      if (e.notFound) { // no zones (yet): a later incident.zones message brings them
        // keep zones of this incident that a push brought meanwhile; drop another incident's
        if (shownIncident && shownIncident !== id) { layer.clear(); panel.close(); shownIncident = null; }
      } else {
        notify(tr('whatif.failed', { msg: e.message }));
      }
    }
  }

  // follow the incident panel
  const incidentPanel = document.getElementById('incident-panel');
  if (incidentPanel) {
    new MutationObserver(() => {
      const id = incidentPanel.dataset.incidentId;
      if (id && id !== shownIncident && !incidentPanel.hidden) loadIncident(id);
    }).observe(incidentPanel, { attributes: true, attributeFilter: ['data-incident-id', 'hidden'] });
    if (incidentPanel.dataset.incidentId) loadIncident(incidentPanel.dataset.incidentId);
  }

  socket.on('incident.zones', (msg) => {
    const followed = incidentPanel && !incidentPanel.hidden ? incidentPanel.dataset.incidentId : null;
    if (msg.incidentId === shownIncident || msg.incidentId === followed || (!shownIncident && panelEl.hidden)) {
      show(msg.zones, msg.incidentId);
    }
  });

  onLangChange(() => { panel.render(); if (!formEl.hidden) form.render(); renderButton(); });
  return { layer, panel, form };
}
