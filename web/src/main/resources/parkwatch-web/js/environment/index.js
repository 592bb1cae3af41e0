/**
 * Installs the environment view on the one-map page (issue 17): a topbar button opens a panel with the park's and
 * each boundary station's AQI per HJ 633-2012 (colour, level, 首要污染物), the limits with their standards, and —
 * for park roles (environment:trace) — back-tracing of a pollutant over a recent window, ranked by enterprise and by
 * candidate source with confidence, drawn on the map. `#view=environment` opens it; `body[data-env]` becomes
 * "loaded" after each AQI render and `body[data-env-trace]` "loaded" after a ranking (hooks for tests).
 */
import { h, replaceChildren } from '../ui/dom.js';
import { lang, localName } from '../i18n/index.js';
import { formatDateTime, formatNumber } from '../format.js';
import { environmentApi } from './api.js';
import { tr, TRACEABLE } from './i18n.js';
import { aqiChip, levelText, primaryText } from './aqi-view.js';
import { EnvironmentLayer } from './layer.js';
import { ContainmentView } from './containment-view.js';

const REFRESH_MS = 15000;
const pct = (x) => `${formatNumber(100 * x, 1)} %`;
const warningLines = (ws) => (ws || []).map((w) => h('p', { class: 'env-warning' }, lang() === 'en' ? w.textEn : w.textZh));

function stationTable(reply) {
  return h('table', { class: 'env-table', id: 'env-stations' },
    h('thead', {}, h('tr', {}, ...['station', 'aqi', 'category', 'primary'].map((k) => h('th', {}, tr(`env.col.${k}`))))),
    h('tbody', {}, ...(reply.stations || []).map((s) => h('tr', { dataset: { stationId: s.featureId } },
      h('td', {}, localName(s, s.featureId)), h('td', {}, aqiChip(s.aqi)),
      h('td', {}, s.aqi ? levelText(s.aqi) : tr('env.none')), h('td', {}, s.aqi ? primaryText(s.aqi) : '')))));
}

/** Links to the daily report of yesterday and the monthly report of this month (park time as the browser's). */
function reportLinks() {
  const pad = (n) => String(n).padStart(2, '0');
  const d = new Date(Date.now() - 86400000);
  const day = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  const now = new Date();
  const month = `${now.getFullYear()}-${pad(now.getMonth() + 1)}`;
  const l = lang() === 'en' ? 'en' : 'zh';
  const link = (q, format) => h('a', { href: `api/environment/report?${q}&format=${format}&lang=${l}`, target: '_blank',
    rel: 'noopener', class: 'env-report-link', dataset: { format } }, tr(`env.report.${format}`));
  return h('section', { class: 'env-reports' }, h('h4', {}, tr('env.reports')),
    h('p', {}, `${tr('env.report.day')}：`, link(`period=day&date=${day}`, 'html'), ' · ', link(`period=day&date=${day}`, 'docx')),
    h('p', {}, `${tr('env.report.month')}：`, link(`period=month&month=${month}`, 'html'), ' · ',
      link(`period=month&month=${month}`, 'docx')));
}

function limitsTable(limits) {
  return h('details', { class: 'env-limits' }, h('summary', {}, tr('env.limits')),
    h('table', { class: 'env-table' },
      h('thead', {}, h('tr', {}, ...['pollutant', 'averaging', 'limit', 'standard', 'status'].map((k) => h('th', {}, tr(`env.col.${k}`))))),
      h('tbody', {}, ...limits.map((l) => h('tr', { dataset: { limitId: l.id } },
        h('td', {}, `${lang() === 'en' ? l.pollutantEn : l.pollutantZh}（${tr(`env.medium.${l.medium}`)}）`),
        h('td', {}, tr(`env.avg.${l.averaging}`)),
        h('td', { class: 'num' }, `${l.min !== null ? `${formatNumber(l.min)}–` : '≤ '}${formatNumber(l.max, 3)} ${l.unit}`),
        h('td', {}, `${l.standard} ${l.clause}`), h('td', {}, tr(`env.status.${l.status}`)))))));
}

/**
 * @param map the OpenLayers map
 * @param {{container: HTMLElement, titleRow: HTMLElement, permissions: string[], nameOf: function(string): string,
 *   enterpriseName: function(string): string}} deps names of features and enterprises from the park layers
 */
export function installEnvironment(map, { container, titleRow, permissions, nameOf, enterpriseName }) {
  const layer = new EnvironmentLayer(map);
  const canTrace = permissions.includes('environment:trace');
  const button = h('button', { type: 'button', class: 'risk-open env-open', id: 'env-open' });
  titleRow.insertBefore(button, titleRow.querySelector('.spacer'));
  const title = h('h2', {});
  const close = h('button', { type: 'button', class: 'risk-close' });
  const aqiEl = h('div', { class: 'env-aqi' });
  const limitsEl = h('div', {});
  const containmentEl = h('div', { class: 'env-containment', id: 'env-containment' });
  const containment = new ContainmentView(containmentEl, enterpriseName);
  const traceEl = h('div', { class: 'env-trace' });
  const root = h('aside', { id: 'env-panel', class: 'risk-panel env-panel', hidden: true },
    h('header', {}, title, close), aqiEl, traceEl, containmentEl, limitsEl);
  container.append(root);
  let open = false;
  let aqi = null;
  let limits = [];
  let trace = null;
  let traceError = null;
  let timer = null;
  const form = { pollutant: 'VOC', hours: 1, running: false };

  const renderAqi = () => {
    if (!aqi) return;
    const park = aqi.park;
    replaceChildren(aqiEl,
      h('h4', {}, tr('env.park')),
      h('p', { class: 'env-park', id: 'env-park-aqi' }, aqiChip(park), ' ', park ? levelText(park) : tr('env.none'),
        park ? h('span', { class: 'env-primary' }, ` ${tr('env.col.primary')}：${primaryText(park)}`) : ''),
      h('p', { class: 'risk-note' }, `${tr('env.method')} · ${formatDateTime(aqi.at)}`),
      ...warningLines(aqi.warnings),
      h('h4', {}, tr('env.stations')), stationTable(aqi));
    document.body.dataset.env = 'loaded';
  };

  const renderTrace = () => {
    if (!canTrace) { replaceChildren(traceEl); return; }
    const select = h('select', { id: 'env-trace-pollutant', onchange: (e) => { form.pollutant = e.target.value; } },
      ...TRACEABLE.map(([v, zh, en]) => h('option', { value: v, selected: v === form.pollutant }, lang() === 'en' ? en : zh)));
    const hours = h('select', { id: 'env-trace-hours', onchange: (e) => { form.hours = Number(e.target.value); } },
      ...[1, 3, 6].map((n) => h('option', { value: String(n), selected: n === form.hours }, tr('env.trace.hours', { n }))));
    const run = h('button', { type: 'button', class: 'risk-recompute', id: 'env-trace-run', disabled: form.running,
      onclick: runTrace }, tr(form.running ? 'env.trace.running' : 'env.trace.run'));
    const parts = [h('h4', {}, tr('env.trace')),
      h('p', { class: 'env-form' }, h('label', {}, `${tr('env.trace.pollutant')} `, select), ' ',
        h('label', {}, `${tr('env.trace.window')} `, hours), ' ', run)];
    if (traceError) parts.push(h('p', { class: 'risk-error' }, tr('env.trace.failed', { msg: traceError })));
    if (trace) {
      const byEnterprise = Object.entries(trace.confidenceByEnterprise || {}).sort((a, b) => b[1] - a[1]);
      parts.push(
        h('p', { class: 'risk-note' }, `${lang() === 'en' ? trace.pollutantEn : trace.pollutantZh} · ${formatDateTime(trace.from)} – ${formatDateTime(trace.to)}`),
        h('h4', {}, tr('env.trace.byEnterprise')),
        h('table', { class: 'env-table', id: 'env-trace-enterprises' },
          h('thead', {}, h('tr', {}, h('th', {}, tr('env.col.rank')), h('th', {}, tr('env.col.enterprise')), h('th', {}, tr('env.col.confidence')))),
          h('tbody', {}, ...byEnterprise.map(([id, c], i) => h('tr', { dataset: { enterpriseId: id } },
            h('td', { class: 'num' }, String(i + 1)), h('td', {}, enterpriseName(id)),
            h('td', { class: 'num' }, h('span', { class: 'env-bar', style: `width:${Math.round(60 * c)}px` }), ` ${pct(c)}`))))),
        h('h4', {}, tr('env.trace.sources')),
        h('table', { class: 'env-table', id: 'env-trace-sources' },
          h('thead', {}, h('tr', {}, ...['rank', 'source', 'enterprise', 'confidence', 'explained', 'rate'].map((k) => h('th', {}, tr(`env.col.${k}`))))),
          h('tbody', {}, ...trace.ranking.slice(0, 8).map((r) => h('tr', { dataset: { sourceId: r.sourceId } },
            h('td', { class: 'num' }, String(r.rank)), h('td', {}, nameOf(r.sourceId)), h('td', {}, enterpriseName(r.enterpriseId)),
            h('td', { class: 'num' }, pct(r.confidence)), h('td', { class: 'num' }, pct(Math.max(0, r.explainedFraction))),
            h('td', { class: 'num' }, formatNumber(r.releaseRateKgPerS, 3)))))),
        h('p', { class: 'risk-note' }, tr('env.trace.samples', { n: trace.samplesUsed, skipped: trace.stepsSkipped })),
        ...warningLines(trace.warnings),
        h('p', { class: 'risk-note' }, tr('env.trace.method')));
    }
    replaceChildren(traceEl, ...parts);
  };

  const render = () => {
    button.textContent = tr('env.button');
    title.textContent = tr('env.title');
    close.textContent = '×';
    close.title = tr('env.close');
    renderAqi();
    renderTrace();
    containment.render();
    replaceChildren(limitsEl, canTrace ? reportLinks() : '', limits.length ? limitsTable(limits) : '');
  };

  async function runTrace() {
    form.running = true;
    traceError = null;
    renderTrace();
    const to = Date.now();
    try {
      trace = await environmentApi.backtrace(form.pollutant, to - form.hours * 3600000, to);
      layer.ranking(trace);
      document.body.dataset.envTrace = 'loaded';
    } catch (e) {
      traceError = e.message;
    } finally {
      form.running = false;
      renderTrace();
    }
  }

  const load = async () => {
    aqi = await environmentApi.aqi();
    layer.stations(aqi);
    renderAqi();
  };
  const report = (e) => replaceChildren(aqiEl, h('p', { class: 'risk-error' }, e.message));

  const setOpen = (value) => {
    open = value;
    root.hidden = !open;
    layer.setVisible(open);
    button.classList.toggle('active', open);
    clearInterval(timer);
    if (open) {
      load().catch(report);
      containment.load();
      if (!limits.length) environmentApi.limits().then((l) => { limits = l; render(); }).catch(report);
      timer = setInterval(() => { load().catch(report); containment.load(); }, REFRESH_MS);
    }
  };
  button.onclick = () => setOpen(!open);
  close.onclick = () => setOpen(false);
  const openFromHash = () => {
    if (new URLSearchParams(location.hash.slice(1)).get('view') === 'environment' && !open) setOpen(true);
  };
  window.addEventListener('hashchange', openFromHash);
  render();
  openFromHash();
  return { render };
}
