/**
 * Daily safety duty (issue 15): a topbar button opens a panel with three tabs — today's safety commitments (安全承诺公告;
 * the park's list on time / late / missing, or the enterprise's declaration form), major-hazard responsibility
 * (包保责任制) with overdue duties flagged and the enterprise's check form, and the start-up, shutdown and turnaround
 * calendar (开停车/大检修) with each unit's state. Data from `api/safety-duty/*`. Hooks: `#sd-open`,
 * `body[data-safety-duty]` = "loaded" after each render, `#sd-rate[data-rate]` via `.sd-commitments`.
 */
import { h, replaceChildren } from '../ui/dom.js';
import { getJson, postJson } from '../api.js';
import { tr } from './i18n.js';
import { commitmentsView, commitmentForm, dutiesView, checkForm, calendarView, filingForm } from './views.js';

const TABS = ['commitments', 'duties', 'calendar'];

/**
 * @param {{container: HTMLElement, titleRow: HTMLElement, canFile: boolean, ownEnterprise: string|null,
 *   notify: (msg: string) => void}} deps
 */
export function installSafetyDuty({ container, titleRow, canFile, ownEnterprise, notify }) {
  const button = h('button', { type: 'button', class: 'risk-open', id: 'sd-open' });
  titleRow.insertBefore(button, titleRow.querySelector('.spacer'));
  const title = h('h2', {});
  const close = h('button', { type: 'button', class: 'risk-close' }, '×');
  const tabs = h('nav', { class: 'sd-tabs' });
  const body = h('div', {});
  const root = h('aside', { id: 'sd-panel', class: 'risk-panel sd-panel', hidden: true }, h('header', {}, title, close), tabs, body);
  container.append(root);
  let tab = 'commitments';
  let data = null;
  let open = false;
  let overdueOnly = false;
  const files = canFile && ownEnterprise;

  const send = (path, payload, done) => postJson(path, payload)
    .then(() => { notify(tr(done)); load(); })
    .catch((e) => notify(e.message));

  const view = () => {
    if (tab === 'commitments') {
      const own = data.today.rows.find((r) => r.enterpriseId === ownEnterprise);
      const form = files && own && !own.declaredMs
        ? commitmentForm(data.today.specialWorkKinds, (b) => send('api/safety-duty/commitments', b, 'sd.declared')) : null;
      return commitmentsView(data.today, form);
    }
    if (tab === 'duties') {
      const form = files && data.duties.duties.length
        ? checkForm(data.duties.duties, (b) => send('api/safety-duty/checks', b, 'sd.check.filed')) : null;
      return dutiesView(data.duties, overdueOnly, (v) => { overdueOnly = v; render(); }, form);
    }
    const form = files && data.units.units.length
      ? filingForm(data.units.units, (b) => send('api/safety-duty/calendar', b, 'sd.cal.filed')) : null;
    return calendarView(data.units.units, data.calendar.filings, form);
  };

  const render = () => {
    button.textContent = tr('sd.button');
    title.textContent = tr('sd.title');
    close.title = tr('sd.close');
    replaceChildren(tabs, TABS.map((k) => h('button', { type: 'button', class: k === tab ? 'active' : '', dataset: { tab: k },
      onclick: () => { tab = k; render(); } }, tr(`sd.tab.${k}`))));
    if (!data) return;
    replaceChildren(body, view());
    document.body.dataset.safetyDuty = 'loaded';
  };

  const load = () => Promise.all(['commitments/today', 'duties', 'units', 'calendar'].map((p) => getJson(`api/safety-duty/${p}`)))
    .then(([today, duties, units, calendar]) => { data = { today, duties, units, calendar }; render(); })
    .catch((e) => notify(e.message));

  const toggle = (show) => {
    open = show;
    root.hidden = !open;
    button.classList.toggle('active', open);
    if (open) load();
  };
  button.addEventListener('click', () => toggle(!open));
  close.addEventListener('click', () => toggle(false));
  const hashView = new URLSearchParams(location.hash.slice(1)).get('view');
  if (hashView && hashView.startsWith('safety-duty')) {
    const t = hashView.split(':')[1];
    if (TABS.includes(t)) tab = t;
    toggle(true);
  }
  render();
  return { render };
}
