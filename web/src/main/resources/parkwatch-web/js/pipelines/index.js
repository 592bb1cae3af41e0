/**
 * The pipeline view (issue 16, scope 6): a topbar button opens a panel with layer toggles (pipelines by class, their
 * safety-distance bands, encroaching buildings, patrol tracks), the distances of each class with source and status,
 * the encroachments found by the server's spatial query and the patrol coverage of each pipeline. Bands are drawn as
 * strokes of the band's ground width (metres → pixels at the view's resolution). `body[data-pipelines]` becomes
 * "loaded" after each render (a hook for tests).
 */
import { ol } from '../vendor.js';
import { h, replaceChildren } from '../ui/dom.js';
import { getJson } from '../api.js';
import { lang, localName } from '../i18n/index.js';
import { formatNumber } from '../format.js';
import { tr } from './i18n.js';

const DAYS = 30;
const CLASS_COLOURS = { 'long-distance-oil-gas': '#8e44ad', 'in-park-pipeline': '#d35400', 'pipe-rack': '#7f8c8d' };
const ZONE_FILL = { violation: 'rgba(192, 57, 43, 0.25)', permit: 'rgba(241, 196, 15, 0.18)' };

/**
 * @param map the OpenLayers map
 * @param {{container: HTMLElement, titleRow: HTMLElement, nameOf: (id: string) => string,
 *   geometryOf: (id: string) => any, notify: (msg: string) => void}} deps
 */
export function installPipelines(map, { container, titleRow, nameOf, geometryOf, notify }) {
  const lines = new ol.source.Vector();
  const zones = new ol.source.Vector();
  const marks = new ol.source.Vector();
  const tracks = new ol.source.Vector();
  const groundPx = (m, resolution, feature) => {
    const lat = ol.proj.toLonLat(ol.extent.getCenter(feature.getGeometry().getExtent()))[1];
    return (2 * m) / (resolution * Math.cos((lat * Math.PI) / 180));
  };
  const layers = {
    zones: new ol.layer.Vector({ source: zones, zIndex: 30, visible: false,
      style: (f, res) => new ol.style.Style({ stroke: new ol.style.Stroke({ color: ZONE_FILL[f.get('severity')] || ZONE_FILL.permit,
        width: Math.max(1, groundPx(f.get('distanceM'), res, f)), lineCap: 'round', lineJoin: 'round' }) }) }),
    lines: new ol.layer.Vector({ source: lines, zIndex: 31, visible: false,
      style: (f) => new ol.style.Style({ stroke: new ol.style.Stroke({ color: CLASS_COLOURS[f.get('pipelineClass')] || '#555', width: 3 }) }) }),
    tracks: new ol.layer.Vector({ source: tracks, zIndex: 32, visible: false,
      style: new ol.style.Style({ stroke: new ol.style.Stroke({ color: '#16a085', width: 2, lineDash: [6, 4] }) }) }),
    encroach: new ol.layer.Vector({ source: marks, zIndex: 33, visible: false,
      style: (f) => new ol.style.Style({ stroke: new ol.style.Stroke({ color: f.get('severity') === 'violation' ? '#c0392b' : '#f39c12', width: 3 }),
        fill: new ol.style.Fill({ color: 'rgba(192, 57, 43, 0.2)' }) }) }),
  };
  Object.values(layers).forEach((l) => map.addLayer(l));

  const button = h('button', { type: 'button', class: 'risk-open', id: 'pipelines-open' });
  titleRow.insertBefore(button, titleRow.querySelector('.spacer'));
  const title = h('h2', {});
  const close = h('button', { type: 'button', class: 'risk-close' }, '×');
  const body = h('div', {});
  const root = h('aside', { id: 'pipelines-panel', class: 'risk-panel pipelines-panel', hidden: true }, h('header', {}, title, close), body);
  container.append(root);
  let data = null;
  let open = false;
  const shown = { lines: true, zones: true, encroach: true, tracks: true };

  const fill = () => {
    const fmt = new ol.format.GeoJSON({ featureProjection: map.getView().getProjection() });
    lines.clear(); zones.clear(); marks.clear(); tracks.clear();
    const classes = new Map(data.list.classes.map((c) => [c.id, c]));
    for (const f of fmt.readFeatures(data.list.pipelines)) {
      lines.addFeature(f);
      const c = classes.get(f.get('pipelineClass'));
      // widest band first, so the narrow (stricter) band is drawn over it
      for (const z of [...((c && c.zones) || [])].reverse()) {
        if (z.distanceM === null) continue;
        const band = new ol.Feature({ geometry: f.getGeometry().clone(), distanceM: z.distanceM, severity: z.severity });
        zones.addFeature(band);
      }
    }
    for (const e of data.encroach.encroachments) {
      const g = geometryOf(e.featureId);
      if (g) marks.addFeature(new ol.Feature({ geometry: g.clone(), severity: e.zone.severity }));
    }
    for (const p of data.patrols.patrols) {
      const coords = p.track.map((pt) => ol.proj.fromLonLat([pt[0], pt[1]]));
      tracks.addFeature(new ol.Feature({ geometry: new ol.geom.LineString(coords) }));
    }
  };

  const pipelineName = (id) => {
    const f = data.list.pipelines.features.find((x) => x.id === id);
    return f ? localName(f.properties, nameOf(id)) : nameOf(id);
  };
  const band = (z) => (z.distanceM === null ? tr('pipes.noValue') : tr('pipes.m', { v: formatNumber(z.distanceM, 0) }));
  const rule = (z) => (lang() === 'en' ? z.ruleEn : z.ruleZh);
  const status = (z) => tr(`pipes.status.${z.status}`);

  const toggles = () => h('div', { class: 'pipes-toggles' }, ['lines', 'zones', 'encroach', 'tracks'].map((k) => {
    const box = h('input', { type: 'checkbox', id: `pipes-toggle-${k}`, checked: shown[k] });
    box.addEventListener('change', () => { shown[k] = box.checked; layers[k].setVisible(open && box.checked); });
    return h('label', {}, box, tr(`pipes.layer.${k}`));
  }));

  const classTable = () => h('table', { class: 'risk-table', id: 'pipes-classes' },
    h('thead', {}, h('tr', {}, ['class', 'zone', 'rule', 'source'].map((k) => h('th', {}, tr(`pipes.${k}`))))),
    h('tbody', {}, data.list.classes.flatMap((c) => c.zones.map((z) => h('tr', {},
      h('td', {}, localName(c, c.id)), h('td', {}, band(z)), h('td', {}, rule(z)),
      h('td', {}, `${z.source.replace(/\s*\[[VPU]\]$/, '')}（${status(z)}）`))))));

  const encroachTable = (list) => (list.length ? h('table', { class: 'risk-table', id: 'pipes-encroachments' },
    h('thead', {}, h('tr', {}, ['pipeline', 'feature', 'distance', 'zone'].map((k) => h('th', {}, tr(`pipes.${k}`))))),
    h('tbody', {}, list.map((e) => h('tr', { class: e.zone.severity === 'violation' ? 'risk-violation' : '' },
      h('td', {}, pipelineName(e.pipelineId)), h('td', {}, localName(e, nameOf(e.featureId))),
      h('td', { class: 'num' }, tr('pipes.m', { v: formatNumber(e.distanceM, 1) })),
      h('td', {}, `${band(e.zone)} · ${tr(`pipes.severity.${e.zone.severity}`)}`)))))
    : h('p', { class: 'risk-note' }, tr('pipes.none')));

  const coverageTable = (cov) => h('table', { class: 'risk-table', id: 'pipes-coverage' },
    h('thead', {}, h('tr', {}, ['pipeline', 'length', 'covered', 'lowSegments'].map((k) => h('th', {}, tr(`pipes.${k}`))))),
    h('tbody', {}, cov.pipelines.map((p) => h('tr', {},
      h('td', {}, pipelineName(p.pipelineId)), h('td', { class: 'num' }, tr('pipes.m', { v: formatNumber(p.lengthM, 0) })),
      h('td', { class: 'num' }, `${formatNumber(p.coveredFraction * 100, 1)} %`),
      h('td', { class: 'num' }, formatNumber(p.segments.filter((s) => s.coveredFraction < 1).length, 0))))));

  const render = () => {
    button.textContent = tr('pipes.button');
    title.textContent = tr('pipes.title');
    close.title = tr('pipes.close');
    if (!data) return;
    replaceChildren(body, h('h4', {}, tr('pipes.layers')), toggles(),
      h('h4', {}, tr('pipes.classes')), classTable(),
      h('h4', {}, tr('pipes.encroach')), encroachTable(data.encroach.encroachments),
      h('h4', {}, tr('pipes.coverage', { d: DAYS, m: formatNumber(data.coverage.trackToleranceM, 0) })),
      h('p', { class: 'risk-note' }, tr('pipes.patrols', { n: formatNumber(data.patrols.patrols.length, 0) })),
      coverageTable(data.coverage));
    document.body.dataset.pipelines = 'loaded';
  };

  const load = () => Promise.all([getJson('api/pipelines'), getJson('api/pipelines/encroachments'),
    getJson(`api/pipelines/patrols?days=${DAYS}`), getJson(`api/pipelines/coverage?days=${DAYS}`)])
    .then(([list, encroach, patrols, coverage]) => { data = { list, encroach, patrols, coverage }; fill(); render(); })
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
  if (new URLSearchParams(location.hash.slice(1)).get('view') === 'pipelines') toggle(true);
  render();
  return { render };
}
