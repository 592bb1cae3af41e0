/**
 * Installs the park-risk view (issue 6): a topbar button opens a panel with the latest QRA run (time, trigger,
 * inputs, a recompute button), the contour legend, the F–N chart, the GB 36894 target table, the relocation list and
 * the coverage (which chemicals and scenarios contributed, which were left out and why), and shows the
 * individual-risk contours on the map. Reloads on every `risk-qra` push message while open.
 * `#view=risk` in the URL opens it; `body[data-risk]` becomes "loaded" after each render (a hook for tests).
 */
import { h, replaceChildren } from '../ui/dom.js';
import { riskApi } from './api.js';
import { tr } from './i18n.js';
import { ContourLayer } from './contours.js';
import { FnChart } from './fn-chart.js';
import { targetTable, relocationTable } from './panel.js';
import { coverageSection } from './coverage.js';
import { hazardApi } from '../hazard/api.js';
import { formatDateTime } from '../format.js';

const POLL_MS = 2000;

function triggerText(trigger) {
  const key = trigger.startsWith('inventory') ? 'inventory' : trigger;
  const known = tr(`risk.trigger.${key}`);
  return known.startsWith('risk.') ? trigger : known;
}

function runLine(s) {
  return tr('risk.run', { id: s.id, time: formatDateTime(s.finishedMs), trigger: triggerText(s.trigger),
    s: ((s.finishedMs - s.startedMs) / 1000).toFixed(1) });
}

/**
 * @param map the OpenLayers map
 * @param {{container: HTMLElement, titleRow: HTMLElement, socket}} deps
 */
export function installRisk(map, { container, titleRow, socket }) {
  const contours = new ContourLayer(map);
  const button = h('button', { type: 'button', class: 'risk-open', id: 'risk-open' });
  titleRow.insertBefore(button, titleRow.querySelector('.spacer'));
  const title = h('h2', {});
  const close = h('button', { type: 'button', class: 'risk-close' });
  const recompute = h('button', { type: 'button', class: 'risk-recompute', id: 'risk-recompute' });
  const statusEl = h('div', { class: 'risk-status' });
  const legendEl = h('div', { class: 'risk-legend' });
  const fnTitle = h('h4', {});
  const fnInfo = h('p', { class: 'risk-note' });
  const chartEl = h('div', { class: 'risk-fn-chart', id: 'risk-fn-chart' });
  const tablesEl = h('div', {});
  const root = h('aside', { id: 'risk-panel', class: 'risk-panel', hidden: true },
    h('header', {}, title, recompute, close), statusEl, legendEl, fnTitle, chartEl, fnInfo, tablesEl);
  container.append(root);
  const chart = new FnChart(chartEl);
  let data = null;
  let open = false;
  let poll = null;
  let fitted = false;
  let chemicalNames = new Map();

  const renderChrome = () => {
    button.textContent = tr('risk.button');
    title.textContent = tr('risk.title');
    close.textContent = '×';
    close.title = tr('risk.close');
    fnTitle.textContent = tr('risk.fn');
  };

  const render = () => {
    renderChrome();
    if (!data) return;
    const { status, inputs, fn, targets, relocation } = data;
    const s = status.status;
    recompute.textContent = tr(s.running ? 'risk.recomputing' : 'risk.recompute');
    recompute.disabled = s.running;
    const lines = [];
    if (status.latest) lines.push(runLine(status.latest));
    else lines.push(tr('risk.none'));
    if (inputs) {
      const g = inputs.grid;
      lines.push(tr('risk.inputs', { inst: inputs.installations.length, out: inputs.scenarios.outcomes,
        rose: tr(`risk.rose.${inputs.windRose.source}`), nx: g.nx, ny: g.ny, cell: g.cellSizeM }));
    }
    if (s.pendingChange) lines.push(tr('risk.pending', { reason: s.pendingChange }));
    if (s.lastError) lines.push(tr('risk.failed', { msg: s.lastError }));
    replaceChildren(statusEl, ...lines.map((l) => h('p', {}, l)));
    contours.renderLegend(legendEl, tr('risk.contours'));
    if (fn) {
      chart.set(fn);
      fnInfo.textContent = `${tr('risk.fn.region', { region: tr(`risk.region.${fn.region}`),
        pll: Number(fn.pll).toExponential(2) })}. ${tr('risk.fn.note')}`;
    }
    replaceChildren(tablesEl, targets ? targetTable(targets) : '', relocation ? relocationTable(relocation, targets || []) : '',
      inputs ? coverageSection(inputs.scenarios, chemicalNames) : '');
    document.body.dataset.risk = 'loaded';
  };

  const load = async () => {
    const status = await riskApi.status();
    if (!status.latest) {
      data = { status };
    } else {
      const [collection, fn, targets, relocation, run, chemicals] = await Promise.all([riskApi.contours(), riskApi.fn(),
        riskApi.targets(), riskApi.relocation(), riskApi.run(status.latest.id),
        hazardApi.chemicals().catch(() => [])]);
      // names of the coverage table's chemicals (the catalogue id when the list cannot be read)
      chemicalNames = new Map(chemicals.map((c) => [c.id, c]));
      contours.set(collection);
      data = { status, fn, targets, relocation, inputs: run.inputs };
    }
    render();
    clearTimeout(poll);
    if (open && data.status.status.running) poll = setTimeout(() => load().catch(report), POLL_MS);
  };
  const report = (e) => replaceChildren(statusEl, h('p', { class: 'risk-error' }, tr('risk.failed', { msg: e.message })));

  const setOpen = (value) => {
    open = value;
    root.hidden = !open;
    contours.setVisible(open);
    button.classList.toggle('active', open);
    if (open) {
      load().then(() => {
        chart.resize();
        const extent = contours.extent();
        // the first time, show the whole outermost contour between the hazard panel (left) and this one
        if (!fitted && extent) {
          fitted = true;
          map.getView().fit(extent, { padding: [40, 740, 40, 440], duration: 300 });
        }
      }).catch(report);
    }
  };
  button.onclick = () => setOpen(!open);
  close.onclick = () => setOpen(false);
  recompute.onclick = () => {
    recompute.disabled = true;
    riskApi.recompute().then(() => load()).catch((e) => {
      report(e.status === 409 ? new Error(tr('risk.busy', { msg: e.message })) : e);
      recompute.disabled = false;
    });
  };
  if (socket && socket.on) socket.on('risk-qra', () => { if (open) load().catch(report); });
  const openFromHash = () => {
    if (new URLSearchParams(location.hash.slice(1)).get('view') === 'risk' && !open) setOpen(true);
  };
  window.addEventListener('hashchange', openFromHash);
  renderChrome();
  openFromHash();
  return { render: () => { render(); if (data && data.fn) chart.draw(); } };
}
