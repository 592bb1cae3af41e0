/**
 * Evacuation and responder routes on the one-map page: the routes of the incident shown in the incident panel
 * (fetched when the panel switches incident, replaced live by `incident.routes` socket messages when the zones follow
 * the wind), drawn on the map with the route panel beside them; the first routes of an incident bring the view to
 * them.
 */
import { h } from '../ui/dom.js';
import { onLangChange } from '../i18n/index.js';
import { routeApi } from './api.js';
import { RouteLayer } from './layer.js';
import { RoutePanel } from './panel.js';

const CSS_URL = new URL('../../css/routes.css', import.meta.url).href;

/**
 * @param map       the OpenLayers map
 * @param socket    the page's LiveSocket
 * @param container where the panel goes (the map's parent)
 */
export function installRoutes({ map, socket, container }) {
  document.head.append(h('link', { rel: 'stylesheet', href: CSS_URL }));
  const layer = new RouteLayer(map);
  const panelEl = h('section', { id: 'route-panel', class: 'route-panel' });
  container.append(panelEl);
  let shown = null;
  const panel = new RoutePanel(panelEl, { onClose: () => { layer.clear(); shown = null; } });
  const show = (routes) => {
    const first = routes.incidentId !== shown;
    shown = routes.incidentId;
    layer.show(routes);
    panel.show(routes);
    if (first) layer.fit(map); // a new incident's routes: show them; updates keep the operator's view
  };

  async function load(id) {
    try {
      show(await routeApi.incident(id));
    } catch (e) {
      if (shown && shown !== id) { layer.clear(); panel.close(); shown = null; } // no routes (yet) for this one
    }
  }

  const incidentPanel = document.getElementById('incident-panel');
  const followed = () => (incidentPanel && !incidentPanel.hidden ? incidentPanel.dataset.incidentId : null);
  if (incidentPanel) {
    new MutationObserver(() => {
      const id = followed();
      if (id && id !== shown) load(id);
    }).observe(incidentPanel, { attributes: true, attributeFilter: ['data-incident-id', 'hidden'] });
    if (followed()) load(followed());
  }
  socket.on('incident.routes', (msg) => {
    if (msg.incidentId === shown || msg.incidentId === followed() || (!shown && panelEl.hidden)) show(msg.routes);
  });
  onLangChange(() => panel.render());
  return { layer, panel };
}
