/**
 * Emergency command on the one-map page: the panel of the incident shown in the incident panel (followed through its
 * `data-incident-id` attribute, like the threat zones), refreshed on `emergency.record` socket messages; a banner on
 * every screen while drill mode is on (`emergency.drill`). Park roles with `emergency:command` get the commander's
 * forms; others read.
 */
import { h } from '../ui/dom.js';
import { onLangChange } from '../i18n/index.js';
import { tr } from './i18n.js';
import { emergencyApi } from './api.js';
import { EmergencyPanel } from './panel.js';
import { installDrillBanner } from './drill-banner.js';

const CSS_URL = new URL('../../css/emergency.css', import.meta.url).href;

export function installEmergency({ me, socket, container, notify }) {
  const perms = me.permissions || [];
  if (!perms.includes('emergency:read')) return null;
  if (!document.querySelector(`link[href="${CSS_URL}"]`)) document.head.append(h('link', { rel: 'stylesheet', href: CSS_URL }));
  const root = h('section', { id: 'emergency-panel', class: 'emergency-panel' });
  container.append(root);
  const panel = new EmergencyPanel(root, { canCommand: perms.includes('emergency:command'), notify,
    onChanged: () => load(shown) });
  let shown = null;

  async function load(id) {
    if (!id) return;
    try {
      const [record, log, resources] = await Promise.all([emergencyApi.record(id), emergencyApi.log(id), emergencyApi.resources()]);
      shown = id;
      panel.show(record, log, resources);
    } catch (e) {
      if (!e.notFound) notify(tr('em.failed', { msg: e.message }));
    }
  }

  installDrillBanner(socket);

  const incidentPanel = document.getElementById('incident-panel');
  if (incidentPanel) {
    new MutationObserver(() => {
      const id = incidentPanel.dataset.incidentId;
      if (id && id !== shown && !incidentPanel.hidden) load(id);
    }).observe(incidentPanel, { attributes: true, attributeFilter: ['data-incident-id', 'hidden'] });
    if (incidentPanel.dataset.incidentId) load(incidentPanel.dataset.incidentId);
  }
  socket.on('emergency.record', (msg) => {
    if (msg.incidentId === shown || !shown) load(msg.incidentId);
  });
  // the proposal follows the zones (they follow the wind)
  socket.on('incident.zones', (msg) => { if (msg.incidentId === shown) load(shown); });
  onLangChange(() => panel.render());
  return { panel, load };
}
