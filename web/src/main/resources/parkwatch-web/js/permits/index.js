/**
 * Special work permits on the one-map (issue 15, scope 1): the layer of active work by kind with the permit's popup
 * section (camera one click away, video spot check), and a topbar button opening a panel with the permits list (state
 * transitions 申请 → 批准 → 作业中 ⇄ 暂停 → 关闭 for roles with workpermit:write), the filing form (enterprise users,
 * the portal) with the CSV import above it, and the statistics. `#view=work-permits` opens the panel, `#view=work-permits&tab=file` on the form.
 * Test hooks: `#wp-open`, `#wp-panel`, `[data-wp-tab]`, `#wp-table tr[data-permit-id]`, `body[data-wp-list]`.
 */
import { h, replaceChildren } from '../ui/dom.js';
import { permitApi } from './api.js';
import { tr, permitTitle } from './i18n.js';
import { installPermitLayer } from './layer.js';
import { permitSection, windowText } from './popup-section.js';
import { permitForm } from './form.js';
import { permitStats } from './stats.js';
import { permitCsvImport } from './csv-import.js';
import { conflictSection } from './incident-section.js';
import { addIncidentSection } from '../alarms/incident.js';

const CSS_URL = new URL('../../css/permits.css', import.meta.url).href;

/** The permit's life as the server's WorkStateMachine has it: where each state may go. */
const NEXT = {
  APPLIED: ['APPROVED', 'CLOSED'], APPROVED: ['IN_PROGRESS', 'CLOSED'], IN_PROGRESS: ['SUSPENDED', 'CLOSED'],
  SUSPENDED: ['IN_PROGRESS', 'CLOSED'], CLOSED: [],
};

/**
 * @param map the one-map
 * @param {{container: HTMLElement, titleRow: HTMLElement, popup, permissions: string[], ownEnterprise: string|null,
 *   enterpriseName: (id: string) => string, nameOf: (featureId: string) => string, notify: (msg: string) => void}} deps
 */
export function installWorkPermits(map, { container, titleRow, popup, permissions, ownEnterprise, enterpriseName, nameOf, notify }) {
  document.head.append(h('link', { rel: 'stylesheet', href: CSS_URL }));
  const canWrite = permissions.includes('workpermit:write');
  const layer = installPermitLayer(map, { notify });
  popup.addSection(permitSection({ canSpotCheck: permissions.includes('workpermit:spotcheck'), notify }));
  addIncidentSection(conflictSection({ enterpriseName, nameOf }));

  const button = h('button', { type: 'button', class: 'risk-open', id: 'wp-open' });
  titleRow.insertBefore(button, titleRow.querySelector('.spacer'));
  const title = h('h2', {});
  const close = h('button', { type: 'button', class: 'risk-close' }, '×');
  const tabs = ['list', 'file', 'stats'].filter((t) => t !== 'file' || (canWrite && ownEnterprise));
  const tabButtons = Object.fromEntries(tabs.map((t) => [t, h('button', { type: 'button', class: 'wp-tab', dataset: { wpTab: t } })]));
  const body = h('div', { class: 'wp-body' });
  const root = h('aside', { id: 'wp-panel', class: 'risk-panel wp-panel', hidden: true },
    h('header', {}, title, close), h('nav', { class: 'wp-tabs' }, Object.values(tabButtons)), body);
  container.append(root);

  let open = false;
  let tab = 'list';
  let permits = null;
  let stateFilter = '';
  const form = tabs.includes('file') ? permitForm(map, { onFiled: (p) => {
    notify(tr('wp.f.filed', { no: p && p.id ? p.id : '' }));
    layer.reload();
    select('list');
  } }) : null;
  // the CSV import beside the form (the enterprise's own permit system exports a file)
  const csvImport = tabs.includes('file') ? permitCsvImport({ ownEnterprise, onImported: (reply) => {
    notify(tr('wp.csv.done', { n: reply.imported, created: reply.created, updated: reply.updated }));
    layer.reload();
  } }) : null;
  const stats = permitStats({ enterpriseName, notify });

  const move = (p, to) => permitApi.move(p.id, to)
    .then(() => { notify(tr('wp.moved', { no: p.id, state: tr(`wp.state.${to}`) })); loadList(); layer.reload(); })
    .catch((e) => notify(e.message));

  const listView = () => {
    const filter = h('select', { id: 'wp-state-filter' }, h('option', { value: '' }, tr('wp.filter.all')),
      Object.keys(NEXT).map((s) => h('option', { value: s, selected: s === stateFilter }, tr(`wp.state.${s}`))));
    filter.addEventListener('change', () => { stateFilter = filter.value; loadList(); });
    const canMove = (p) => canWrite && (!ownEnterprise || p.enterpriseId === ownEnterprise);
    const table = permits && permits.length ? h('table', { class: 'risk-table wp-table', id: 'wp-table' },
      h('thead', {}, h('tr', {}, ['no', 'kind', 'enterprise', 'place', 'window', 'state', 'actions']
        .filter((c) => c !== 'actions' || canWrite).map((c) => h('th', {}, tr(`wp.col.${c}`))))),
      h('tbody', {}, permits.map((p) => h('tr', { dataset: { permitId: p.id, state: p.state } },
        h('td', {}, p.id), h('td', {}, permitTitle(p)), h('td', {}, enterpriseName(p.enterpriseId)),
        h('td', {}, p.placeZh || tr('wp.dash')), h('td', { class: 'wp-when' }, windowText(p)),
        h('td', {}, h('span', { class: `wp-state wp-state-${p.state}` }, tr(`wp.state.${p.state}`))),
        canWrite ? h('td', { class: 'wp-moves' }, canMove(p) ? NEXT[p.state].map((to) => h('button', { type: 'button',
          class: 'wp-move', dataset: { to }, onclick: () => move(p, to) }, tr(`wp.to.${to}`))) : null) : null))))
      : h('p', { class: 'risk-note' }, permits ? tr('wp.none') : '…');
    return [h('div', { class: 'wp-filter' }, filter), table];
  };

  const render = () => {
    button.textContent = tr('wp.button');
    button.title = tr('wp.title');
    title.textContent = tr('wp.title');
    close.title = tr('wp.close');
    Object.entries(tabButtons).forEach(([t, b]) => { b.textContent = tr(`wp.tab.${t}`); b.classList.toggle('active', t === tab); });
    layer.render();
    if (form) form.render();
    if (csvImport) csvImport.render();
    if (!open) return;
    if (tab === 'list') replaceChildren(body, listView());
    else if (tab === 'file') replaceChildren(body, csvImport.element, form.element);
    else { replaceChildren(body, stats.element); stats.render(); }
  };

  const loadList = () => permitApi.list(stateFilter ? { state: stateFilter } : {})
    .then((list) => { permits = list; document.body.dataset.wpList = String(list.length); if (tab === 'list') render(); })
    .catch((e) => notify(e.message));

  const select = (t) => {
    tab = tabs.includes(t) ? t : 'list';
    if (form) { if (tab === 'file' && open) form.show(); else form.hide(); }
    render();
    if (tab === 'list') loadList();
    if (tab === 'stats') stats.load();
  };
  Object.entries(tabButtons).forEach(([t, b]) => b.addEventListener('click', () => select(t)));

  const toggle = (show, t = tab) => {
    open = show;
    root.hidden = !open;
    button.classList.toggle('active', open);
    if (open) select(t); else if (form) form.hide();
  };
  button.addEventListener('click', () => toggle(!open));
  close.addEventListener('click', () => toggle(false));
  const hash = new URLSearchParams(location.hash.slice(1));
  if (hash.get('view') === 'work-permits') toggle(true, hash.get('tab') || 'list');
  render();
  return { render, reload: layer.reload };
}

