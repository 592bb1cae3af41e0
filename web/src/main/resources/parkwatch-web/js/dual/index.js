/**
 * Dual prevention (issue 15, scope 2): a topbar button opens a panel with three tabs — the risk points with their
 * four-colour grade, control measures and inspection tasks (overdue ones flagged); the hidden dangers with their
 * life-cycle actions and photo upload (users with dual:write); the statistics (park and per enterprise, the 重大隐患
 * list, an ECharts bar chart). Two map layers: risk points coloured by grade and open hidden dangers (overdue in red),
 * from `api/dual-prevention/map`. The server scopes everything (an enterprise sees its own). `body[data-dual]` becomes
 * "loaded" after each render (a hook for tests).
 */
import { ol, loadEcharts } from '../vendor.js';
import { h, replaceChildren } from '../ui/dom.js';
import { getJson, postJson } from '../api.js';
import { formatDateTime, formatNumber } from '../format.js';
import { tr } from './i18n.js';

const API = 'api/dual-prevention';
const GRADE_COLOURS = { red: '#e74c3c', orange: '#e67e22', yellow: '#f1c40f', blue: '#3498db' };
const NEXT_ACTIONS = { reported: ['assess'], assessed: ['assign'], assigned: ['rectify'], rectified: ['verify', 'reject'],
  verified: ['close'], closed: [] };
const DAY_MS = 86_400_000;
const DEADLINE_DAYS = [1, 3, 7, 15, 30, 60];

/**
 * @param map the OpenLayers map
 * @param {{container: HTMLElement, titleRow: HTMLElement, canWrite: boolean, enterpriseName: (id: string) => string,
 *   notify: (msg: string) => void}} deps
 */
export function installDual(map, { container, titleRow, canWrite, enterpriseName, notify }) {
  const riskSource = new ol.source.Vector();
  const dangerSource = new ol.source.Vector();
  const layers = {
    risk: new ol.layer.Vector({ source: riskSource, zIndex: 34, visible: false, style: (f) => {
      const c = GRADE_COLOURS[f.get('grade')] || '#777';
      return new ol.style.Style({ fill: new ol.style.Fill({ color: `${c}55` }), stroke: new ol.style.Stroke({ color: c, width: 2 }),
        image: new ol.style.Circle({ radius: 8, fill: new ol.style.Fill({ color: c }), stroke: new ol.style.Stroke({ color: '#fff', width: 2 }) }) });
    } }),
    dangers: new ol.layer.Vector({ source: dangerSource, zIndex: 35, visible: false, style: (f) => new ol.style.Style({
      image: new ol.style.RegularShape({ points: 3, radius: 9, fill: new ol.style.Fill({ color: f.get('overdue') ? '#c0392b' : '#8e44ad' }),
        stroke: new ol.style.Stroke({ color: '#fff', width: 2 }) }) }) }),
  };
  Object.values(layers).forEach((l) => map.addLayer(l));

  const button = h('button', { type: 'button', class: 'risk-open', id: 'dual-open' });
  titleRow.insertBefore(button, titleRow.querySelector('.spacer'));
  const title = h('h2', {});
  const close = h('button', { type: 'button', class: 'risk-close' }, '×');
  const tabs = h('nav', { class: 'dual-tabs' });
  const body = h('div', {});
  const root = h('aside', { id: 'dual-panel', class: 'risk-panel dual-panel', hidden: true }, h('header', {}, title, close), tabs, body);
  container.append(root);
  let data = null;
  let open = false;
  let tab = 'dangers';
  let showClosed = false;
  const shown = { risk: true, dangers: true };
  let chart = null;

  const pct = (v) => (v === null || v === undefined ? tr('dual.dash') : tr('dual.pct', { v: formatNumber(v * 100, 1) }));
  const when = (ms) => (ms ? formatDateTime(ms) : tr('dual.dash'));
  const badge = (grade) => h('span', { class: `dual-grade dual-grade-${grade}` }, tr(`dual.grade.${grade}`));
  const run = (p, okText) => p.then(() => { notify(okText); load(); }).catch((e) => notify(e.detail || e.message));

  const toggles = () => h('div', { class: 'pipes-toggles' }, ['risk', 'dangers'].map((k) => {
    const box = h('input', { type: 'checkbox', id: `dual-toggle-${k}`, checked: shown[k] });
    box.addEventListener('change', () => { shown[k] = box.checked; layers[k].setVisible(open && box.checked); });
    return h('label', {}, box, tr(`dual.layer.${k}`));
  }));

  const taskLine = (t) => h('li', { class: t.overdue ? 'dual-overdue' : '' },
    `${t.content}（${tr(`dual.freq.${t.frequency}`)}）`, ' ',
    t.overdue ? h('strong', {}, tr('dual.taskOverdue')) : tr('dual.taskDue', { t: when(t.dueMs) }),
    canWrite ? h('button', { type: 'button', class: 'risk-recompute dual-inspect', dataset: { taskId: t.id },
      onclick: () => run(postJson(`${API}/inspection-tasks/${encodeURIComponent(t.id)}/records`, { result: 'normal' }), tr('dual.inspected')) },
    tr('dual.inspect')) : null);

  const riskTab = () => [h('p', { class: 'risk-note' }, tr('dual.bands')),
    h('table', { class: 'risk-table', id: 'dual-risk-points' },
      h('thead', {}, h('tr', {}, ['enterprise', 'name', 'method', 'score', 'grade', 'measures', 'tasks'].map((k) => h('th', {}, tr(`dual.${k}`))))),
      h('tbody', {}, data.points.riskPoints.map((p) => h('tr', { dataset: { grade: p.grade } },
        h('td', {}, enterpriseName(p.enterpriseId)), h('td', {}, p.name), h('td', {}, p.method),
        h('td', { class: 'num' }, formatNumber(p.score, p.score < 10 ? 1 : 0)), h('td', {}, badge(p.grade)),
        h('td', {}, h('ul', { class: 'dual-list' }, p.measures.map((m) => h('li', {}, m)))),
        h('td', {}, h('ul', { class: 'dual-list' }, p.tasks.map(taskLine)))))))];

  const actionControls = (d) => {
    if (!canWrite) return null;
    const out = [];
    for (const a of NEXT_ACTIONS[d.state]) {
      if (a === 'assess') {
        const level = h('select', { class: 'dual-level' }, ['general', 'major'].map((l) => h('option', { value: l }, tr(`dual.level.${l}`))));
        out.push(level, actionButton(d, a, () => ({ level: level.value })));
      } else if (a === 'assign') {
        const person = h('input', { class: 'dual-person', size: 6, placeholder: tr('dual.personPh'), value: d.responsible || '' });
        // the deadline as days from now: a native date input would show the browser's own (often US) date format
        const days = h('select', { class: 'dual-days', title: tr('dual.deadline') },
          DEADLINE_DAYS.map((n) => h('option', { value: n, selected: n === 7 }, tr('dual.days', { n }))));
        out.push(person, days, actionButton(d, a, () => ({ responsible: person.value,
          deadlineMs: Date.now() + Number(days.value) * DAY_MS })));
      } else out.push(actionButton(d, a, () => ({})));
    }
    if (d.state !== 'closed') {
      const file = h('input', { type: 'file', accept: 'image/jpeg,image/png', class: 'dual-photo-input', title: tr('dual.act.photo') });
      file.addEventListener('change', () => {
        const f = file.files[0];
        if (!f) return;
        const reader = new FileReader();
        reader.onload = () => run(postJson(`${API}/hidden-dangers/${encodeURIComponent(d.id)}/photos`,
          { type: f.type, base64: String(reader.result).replace(/^data:[^,]*,/, '') }), tr('dual.photoAdded'));
        reader.readAsDataURL(f);
      });
      // the native file control's text is the browser's language: the label is the button
      out.push(h('label', { class: 'risk-recompute dual-photo' }, tr('dual.act.photo'), file));
    }
    return out;
  };

  const actionButton = (d, action, extra) => h('button', { type: 'button', class: 'risk-recompute dual-action', dataset: { action },
    onclick: () => run(postJson(`${API}/hidden-dangers/${encodeURIComponent(d.id)}/actions`, { action, ...extra() }),
      tr('dual.done', { a: tr(`dual.act.${action}`) })) }, tr(`dual.act.${action}`));

  const reportForm = () => {
    if (!canWrite || !data.points.riskPoints.length) return null;
    const text = h('input', { name: 'title', size: 24, placeholder: tr('dual.reportTitle') });
    const at = h('select', { name: 'riskPoint' }, data.points.riskPoints.map((p) => h('option', { value: p.id },
      `${enterpriseName(p.enterpriseId)} · ${p.name}`)));
    const form = h('form', { class: 'lots-form', id: 'dual-report' }, text, at, h('button', { type: 'submit', class: 'risk-recompute' }, tr('dual.report')));
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      const p = data.points.riskPoints.find((x) => x.id === at.value);
      run(postJson(`${API}/hidden-dangers`, { enterpriseId: p.enterpriseId, riskPointId: p.id, title: text.value, geometry: p.geometry }),
        tr('dual.reported.ok'));
    });
    return form;
  };

  const dangersTab = () => {
    const list = data.dangers.hiddenDangers.filter((d) => showClosed || d.state !== 'closed');
    const box = h('input', { type: 'checkbox', id: 'dual-show-closed', checked: showClosed });
    box.addEventListener('change', () => { showClosed = box.checked; render(); });
    return [reportForm(), h('label', { class: 'dual-closed-toggle' }, box, tr('dual.showClosed')),
      h('table', { class: 'risk-table', id: 'dual-dangers' },
        h('thead', {}, h('tr', {}, ['enterprise', 'title.col', 'level', 'state', 'deadline', 'person', 'reported', 'actions']
          .map((k) => h('th', {}, tr(`dual.${k}`))))),
        h('tbody', {}, list.map((d) => h('tr', { class: d.overdue ? 'risk-violation' : '', dataset: { dangerId: d.id, state: d.state } },
          h('td', {}, enterpriseName(d.enterpriseId)), h('td', {}, d.title),
          h('td', {}, d.level ? h('span', { class: `dual-level-${d.level}` }, tr(`dual.level.${d.level}`)) : tr('dual.level.none')),
          h('td', { class: 'dual-state' }, tr(`dual.state.${d.state}`),
            d.overdue ? h('strong', { class: 'dual-flag' }, ` · ${tr('dual.overdue')}`) : null,
            d.dueSoon ? h('span', { class: 'dual-flag soon' }, ` · ${tr('dual.dueSoon')}`) : null),
          h('td', {}, when(d.deadlineMs)), h('td', {}, d.responsible || tr('dual.dash')), h('td', {}, when(d.reportedMs)),
          h('td', { class: 'dual-actions' }, actionControls(d))))))];
  };

  const figureRow = (name, f) => h('tr', { dataset: { enterprise: f.enterpriseId || 'park' } }, h('td', {}, name),
    ...[f.total, f.open, f.overdue, f.majorOpen].map((v) => h('td', { class: 'num' }, formatNumber(v, 0))),
    h('td', { class: 'num dual-rate' }, pct(f.rectificationRate)), h('td', { class: 'num' }, formatNumber(f.inspectionsOverdue, 0)));

  const statsTab = () => {
    const s = data.stats;
    const chartEl = h('div', { class: 'dual-chart', id: 'dual-chart' });
    queueMicrotask(() => drawChart(chartEl, s));
    return [h('table', { class: 'risk-table', id: 'dual-stats' },
      h('thead', {}, h('tr', {}, ['enterprise', 'stat.total', 'stat.open', 'stat.overdue', 'stat.majorOpen', 'stat.rate', 'stat.inspOverdue']
        .map((k) => h('th', {}, tr(`dual.${k}`))))),
      h('tbody', {}, figureRow(tr('dual.stat.park'), s.park), s.enterprises.map((f) => figureRow(enterpriseName(f.enterpriseId), f)))),
    h('h4', {}, tr('dual.stat.chart')), chartEl,
    h('h4', {}, tr('dual.stat.majorList')),
    s.majorOpen.length ? h('ul', { class: 'dual-list', id: 'dual-major' }, s.majorOpen.map((d) => h('li', { class: d.overdue ? 'dual-overdue' : '' },
      `${enterpriseName(d.enterpriseId)} · ${d.title} · ${tr(`dual.state.${d.state}`)} · ${tr('dual.deadline')} ${when(d.deadlineMs)}`,
      d.overdue ? h('strong', {}, ` · ${tr('dual.overdue')}`) : null))) : h('p', { class: 'risk-note' }, tr('dual.none'))];
  };

  const drawChart = (el, s) => loadEcharts().then((echarts) => {
    if (chart) chart.dispose();
    chart = echarts.init(el, null, { renderer: 'canvas' });
    const names = s.enterprises.map((f) => enterpriseName(f.enterpriseId));
    chart.setOption({ animation: false, grid: { left: 36, right: 10, top: 24, bottom: 60 }, legend: { top: 0 },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: names, axisLabel: { interval: 0, rotate: 30, fontSize: 10,
        formatter: (v) => (v.length > 8 ? `${v.slice(0, 8)}…` : v) } },
      yAxis: { type: 'value', minInterval: 1 },
      series: [{ name: tr('dual.stat.open'), type: 'bar', data: s.enterprises.map((f) => f.open), itemStyle: { color: '#8e44ad' } },
        { name: tr('dual.stat.overdue'), type: 'bar', data: s.enterprises.map((f) => f.overdue), itemStyle: { color: '#c0392b' } }] });
    document.body.dataset.dualChart = 'drawn';
  }).catch((e) => { el.textContent = e.message; });

  const fill = () => {
    const fmt = new ol.format.GeoJSON({ featureProjection: map.getView().getProjection() });
    riskSource.clear(); dangerSource.clear();
    for (const f of fmt.readFeatures(data.map)) (f.get('kind') === 'risk-point' ? riskSource : dangerSource).addFeature(f);
  };

  const render = () => {
    button.textContent = tr('dual.button');
    title.textContent = tr('dual.title');
    close.title = tr('dual.close');
    replaceChildren(tabs, ['dangers', 'risk', 'stats'].map((k) => h('button', { type: 'button', id: `dual-tab-${k}`,
      class: `dual-tab${tab === k ? ' active' : ''}`, onclick: () => { tab = k; render(); } }, tr(`dual.tab.${k}`))));
    if (!data) return;
    const content = tab === 'risk' ? riskTab() : tab === 'stats' ? statsTab() : dangersTab();
    replaceChildren(body, toggles(), content);
    document.body.dataset.dual = 'loaded';
  };

  const load = () => Promise.all([getJson(`${API}/risk-points`), getJson(`${API}/hidden-dangers`), getJson(`${API}/statistics`),
    getJson(`${API}/map`)])
    .then(([points, dangers, stats, geo]) => { data = { points, dangers, stats, map: geo }; fill(); render(); })
    .catch((e) => notify(e.message));

  const toggle = (show) => {
    open = show;
    root.hidden = !open;
    button.classList.toggle('active', open);
    Object.entries(layers).forEach(([k, l]) => l.setVisible(open && shown[k]));
    if (open) load();
  };
  button.addEventListener('click', () => toggle(!open));
  close.addEventListener('click', () => toggle(false));
  const hash = new URLSearchParams(location.hash.slice(1));
  if (hash.get('view') === 'dual') {
    if (['risk', 'stats', 'dangers'].includes(hash.get('tab'))) tab = hash.get('tab');
    toggle(true);
  }
  render();
  return { render };
}
