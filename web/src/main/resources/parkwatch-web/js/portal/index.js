/**
 * The enterprise portal (issue 7): the same one-map page, shown to an enterprise user. The server already scopes
 * every answer (layers, tags, alarms, hazards, feeds, the socket) to the user's enterprise; this module adds what
 * makes it the enterprise's own page: a portal header (企业门户 + the enterprise's name), the view zoomed to its site
 * and the mapping view (its tags with OPC UA node ids, sampling, deadband and limits; its bridges' state).
 * Park roles see no change. Test hooks: `body[data-portal]` (the enterprise id), `#portal-badge`, `#portal-mapping`.
 */
import { h } from '../ui/dom.js';
import { localName, onLangChange } from '../i18n/index.js';
import { auth, getJson } from '../api.js';
import { tr } from './i18n.js';
import { MappingPanel } from './mapping.js';
import { LoadingCheckPanel } from '../logistics/loading-form.js';
import { tr as trLoading } from '../logistics/gates-i18n.js';

const CSS_URL = new URL('../../css/portal.css', import.meta.url).href;

/** The logged-in user ({username, role, enterpriseId, …}), or null when the page runs without a session. */
async function currentUser() {
  try {
    return await auth.me();
  } catch {
    return null;
  }
}

/**
 * @param user       the session's user from the login (GET /api/auth/me when not given)
 * @param titleRow   the header row the portal badge goes into
 * @param container  where the mapping panel goes (the map's parent)
 * @param zoomTo     zooms the map to a feature id; returns false when the feature is not on the map
 * @param notify     shows a message to the user
 * @param liveStore  the page's live store (the mapping view's live values)
 * @returns the portal (with `render()` for language switches), or null for park roles
 */
export async function installPortal({ user: known, titleRow, container, zoomTo, notify, liveStore }) {
  const user = known || await currentUser();
  if (!user || user.role !== 'enterprise' || !user.enterpriseId) return null;
  document.head.append(h('link', { rel: 'stylesheet', href: CSS_URL }));
  document.body.dataset.portal = user.enterpriseId;
  const name = h('span', { class: 'portal-name', id: 'portal-name', text: user.enterpriseId });
  const label = h('span', { class: 'portal-label' });
  const mappingBtn = h('button', { type: 'button', id: 'portal-mapping-button', class: 'portal-button' });
  const siteBtn = h('button', { type: 'button', id: 'portal-site-button', class: 'portal-button' });
  const loadingBtn = h('button', { type: 'button', id: 'portal-loading-button', class: 'portal-button' });
  const badge = h('span', { id: 'portal-badge', class: 'portal-badge' }, label, ' · ', name, siteBtn, mappingBtn, loadingBtn);
  titleRow.insertBefore(badge, titleRow.querySelector('.spacer'));
  const panelEl = h('section', { id: 'portal-mapping', class: 'portal-mapping' });
  container.append(panelEl);
  const panel = new MappingPanel(panelEl, liveStore);
  mappingBtn.addEventListener('click', () => panel.toggle());
  // the pre-loading check (充装前查验, issue 16)
  const loadingEl = h('section', { id: 'loading-check', class: 'portal-mapping loading-panel' });
  container.append(loadingEl);
  const loading = new LoadingCheckPanel(loadingEl, user.enterpriseId);
  loadingBtn.addEventListener('click', () => loading.toggle());

  let mapping = null;
  const render = () => {
    label.textContent = tr('portal.title');
    mappingBtn.textContent = tr('portal.mapping');
    siteBtn.textContent = tr('portal.site');
    loadingBtn.textContent = trLoading('loading.title');
    loading.render();
    if (mapping) name.textContent = localName(mapping, mapping.enterpriseId);
    if (!panelEl.hidden) panel.render();
  };
  render();
  try {
    mapping = await getJson(`api/enterprises/${encodeURIComponent(user.enterpriseId)}/mapping`);
    panel.set(mapping);
    const site = mapping.siteFeatureId;
    siteBtn.addEventListener('click', () => zoomTo(site));
    if (site && zoomTo(site)) document.body.dataset.portalZoomed = site;
  } catch (e) {
    notify(tr('portal.loadFailed', { msg: e.message }));
  }
  render();
  onLangChange(render);
  return { render };
}
