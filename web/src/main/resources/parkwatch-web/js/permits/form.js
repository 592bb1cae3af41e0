/**
 * The filing form of the enterprise portal (issue 15): kind and level (the levels follow the kind), the place as text
 * and on the map (a point picked or an area drawn with OpenLayers' Draw interaction), the time window, the people and
 * the gas analyses. The server checks the permit against GB 30871-2022 as data; a refusal is shown as the server
 * words it (the rule and its clause) in `#wp-refusal`, and nothing is filed. Test hooks: `#wp-form`, `#wp-refusal`,
 * `form[data-geometry]` (none|Point|Polygon), `body[data-wp-filed]` (the new permit's id).
 */
import { ol } from '../vendor.js';
import { h, replaceChildren } from '../ui/dom.js';
import { formatNumber } from '../format.js';
import { permitApi } from './api.js';
import { lang } from '../i18n/index.js';
import { tr, KINDS } from './i18n.js';

const localText = (rule) => (lang() === 'en' ? rule.textEn || rule.textZh : rule.textZh || rule.textEn);

const ROLES = ['leader', 'guardian', 'approver', 'worker', 'analyst', 'issuer'];
const UNITS = ['%vol', '%LEL', 'ppm', 'mg/m3'];
const HOUR_MS = 3600 * 1000;

/**
 * Times are typed as `yyyy-mm-dd hh:mm` (the browser's local time) in text inputs: a datetime-local input shows the
 * browser's locale (US month/day order in an English browser), whatever the page language.
 */
function localInput(ms) {
  const d = new Date(ms - new Date(ms).getTimezoneOffset() * 60000);
  return d.toISOString().slice(0, 16).replace('T', ' ');
}
const TIME = /^\s*(\d{4})-(\d{1,2})-(\d{1,2})[ T](\d{1,2}):(\d{2})\s*$/;

/** Epoch ms of a typed time; undefined when empty; throws naming the field when it is not a time. */
function fromInput(value, fieldKey) {
  if (!value || !value.trim()) return undefined;
  const m = TIME.exec(value);
  const ms = m ? new Date(+m[1], +m[2] - 1, +m[3], +m[4], +m[5]).getTime() : NaN;
  if (!Number.isFinite(ms)) throw new Error(tr('wp.f.badTime', { field: tr(fieldKey), value }));
  return ms;
}
const timeInput = (attrs) => h('input', { type: 'text', size: 16, maxlength: 16, placeholder: 'yyyy-mm-dd hh:mm', ...attrs });

/**
 * @param map the one-map (for the place)
 * @param {{onFiled: (permit) => void}} deps
 * @returns {{element: HTMLElement, render: () => void}} the form; `render` re-labels it (language switch) keeping input
 */
export function permitForm(map, { onFiled }) {
  const drawn = new ol.source.Vector();
  const drawLayer = new ol.layer.Vector({ source: drawn, zIndex: 61, style: new ol.style.Style({
    fill: new ol.style.Fill({ color: 'rgba(231, 76, 60, 0.2)' }), stroke: new ol.style.Stroke({ color: '#e74c3c', width: 2 }),
    image: new ol.style.Circle({ radius: 7, fill: new ol.style.Fill({ color: '#e74c3c' }), stroke: new ol.style.Stroke({ color: '#fff', width: 2 }) }) }) });
  map.addLayer(drawLayer);
  let draw = null;
  let geometry = null; // GeoJSON geometry in EPSG:4326
  const geojson = new ol.format.GeoJSON();

  const labels = []; // [element, key]: re-labelled on a language switch
  const label = (key, ...children) => {
    const span = h('span', {}, tr(key));
    labels.push([span, key]);
    return h('label', {}, span, ...children);
  };
  const button = (key, attrs = {}) => {
    const b = h('button', { type: 'button', ...attrs }, tr(key));
    labels.push([b, key]);
    return b;
  };

  const kind = h('select', { name: 'kind', id: 'wp-kind' });
  const level = h('select', { name: 'level', id: 'wp-level' });
  const place = h('input', { name: 'placeZh', id: 'wp-place', size: 24, maxlength: 200 });
  const note = h('input', { name: 'note', id: 'wp-note', size: 24, maxlength: 500 });
  const start = timeInput({ name: 'startMs', id: 'wp-start', value: localInput(Date.now()) });
  const end = timeInput({ name: 'endMs', id: 'wp-end', value: localInput(Date.now() + 8 * HOUR_MS) });
  const fillKinds = () => {
    const k = kind.value || 'HOT_WORK';
    replaceChildren(kind, Object.keys(KINDS).map((id) => h('option', { value: id, selected: id === k }, tr(`wp.kind.${id}`))));
  };
  const fillLevels = () => {
    const was = level.value;
    const levels = KINDS[kind.value] || [];
    replaceChildren(level, levels.length ? levels.map((l) => h('option', { value: l, selected: l === was }, tr(`wp.level.${l}`)))
      : h('option', { value: '' }, tr('wp.level.none')));
    level.disabled = !levels.length;
  };
  kind.addEventListener('change', fillLevels);

  const geometryText = h('span', { class: 'wp-geometry', id: 'wp-geometry' });
  const showGeometry = () => {
    const el = geometryText;
    if (!geometry) el.textContent = tr('wp.f.noGeometry');
    else if (geometry.type === 'Point') {
      el.textContent = tr('wp.f.point', { lon: formatNumber(geometry.coordinates[0], 5), lat: formatNumber(geometry.coordinates[1], 5) });
    } else el.textContent = tr('wp.f.polygon', { n: geometry.coordinates[0].length - 1 });
    form.dataset.geometry = geometry ? geometry.type : 'none';
  };
  const startDraw = (type) => {
    if (draw) map.removeInteraction(draw);
    drawn.clear();
    geometry = null;
    geometryText.textContent = tr('wp.f.drawing');
    draw = new ol.interaction.Draw({ source: drawn, type });
    map.set('drawing', true); // the one-map opens no feature popup for the clicks of the drawing
    draw.on('drawend', (e) => {
      e.feature.set('noPopup', true); // a click on the place drawn is not a click on a park feature
      geometry = geojson.writeGeometryObject(e.feature.getGeometry(), { featureProjection: map.getView().getProjection(), decimals: 7 });
      map.removeInteraction(draw);
      draw = null;
      setTimeout(() => map.set('drawing', false), 500); // after the map's singleclick of the last click
      showGeometry();
    });
    map.addInteraction(draw);
  };
  const pointBtn = button('wp.f.drawPoint', { id: 'wp-draw-point' });
  const polygonBtn = button('wp.f.drawPolygon', { id: 'wp-draw-polygon' });
  const clearBtn = button('wp.f.clearGeometry', { id: 'wp-clear-geometry' });
  pointBtn.addEventListener('click', () => startDraw('Point'));
  polygonBtn.addEventListener('click', () => startDraw('Polygon'));
  clearBtn.addEventListener('click', () => {
    if (draw) map.removeInteraction(draw);
    draw = null;
    map.set('drawing', false);
    drawn.clear();
    geometry = null;
    showGeometry();
  });

  // people and gas analyses: rows of inputs, added and removed by hand
  const peopleRows = h('div', { class: 'wp-rows', id: 'wp-people' });
  const addPerson = (role = 'leader') => {
    const r = h('select', { name: 'role' }, ROLES.map((x) => h('option', { value: x, selected: x === role }, tr(`wp.role.${x}`))));
    const name = h('input', { name: 'name', size: 8, maxlength: 50, placeholder: tr('wp.f.name') });
    const phone = h('input', { name: 'phone', size: 11, maxlength: 20, placeholder: tr('wp.f.phone') });
    const remove = h('button', { type: 'button', class: 'wp-remove', title: tr('wp.f.remove') }, '×');
    const rowEl = h('div', { class: 'wp-row wp-person' }, r, name, phone, remove);
    remove.addEventListener('click', () => rowEl.remove());
    peopleRows.append(rowEl);
  };
  const gasRows = h('div', { class: 'wp-rows', id: 'wp-gas' });
  const addGas = (gas = '', unit = '%LEL') => {
    const g = h('input', { name: 'gas', size: 8, maxlength: 40, value: gas, placeholder: tr('wp.f.gasName') });
    const value = h('input', { name: 'value', type: 'number', step: 'any', size: 6, placeholder: tr('wp.f.value') });
    const u = h('select', { name: 'unit' }, UNITS.map((x) => h('option', { value: x, selected: x === unit }, x)));
    const lel = h('input', { name: 'lelVolPercent', type: 'number', step: 'any', size: 5, placeholder: tr('wp.f.lel'), title: tr('wp.f.lel') });
    const at = timeInput({ name: 'atMs', value: localInput(Date.now()), title: tr('wp.f.at') });
    const analyst = h('input', { name: 'analyst', size: 6, maxlength: 50, placeholder: tr('wp.f.analyst') });
    const remove = h('button', { type: 'button', class: 'wp-remove', title: tr('wp.f.remove') }, '×');
    const rowEl = h('div', { class: 'wp-row wp-gas' }, g, value, u, lel, at, analyst, remove);
    remove.addEventListener('click', () => rowEl.remove());
    gasRows.append(rowEl);
  };
  const addPersonBtn = button('wp.f.addPerson', { class: 'wp-add' });
  addPersonBtn.addEventListener('click', () => addPerson('worker'));
  const addGasBtn = button('wp.f.addGas', { class: 'wp-add' });
  addGasBtn.addEventListener('click', () => addGas());

  const refusal = h('p', { class: 'wp-refusal', id: 'wp-refusal', role: 'alert', hidden: true });
  const submit = h('button', { type: 'submit', class: 'risk-recompute', id: 'wp-submit' }, tr('wp.f.submit'));
  labels.push([submit, 'wp.f.submit']);
  const peopleHead = h('h4', {}, tr('wp.f.people'));
  const gasHead = h('h4', {}, tr('wp.f.gas'));
  labels.push([peopleHead, 'wp.f.people'], [gasHead, 'wp.f.gas']);
  const form = h('form', { class: 'wp-form', id: 'wp-form', novalidate: true },
    h('div', { class: 'wp-grid' },
      label('wp.f.kind', kind), label('wp.f.level', level),
      label('wp.f.place', place), label('wp.f.note', note),
      label('wp.f.start', start), label('wp.f.end', end)),
    h('div', { class: 'wp-geo' }, label('wp.f.geometry'), pointBtn, polygonBtn, clearBtn, geometryText),
    peopleHead, peopleRows, addPersonBtn,
    gasHead, gasRows, addGasBtn,
    refusal, h('div', { class: 'wp-actions' }, submit));

  // a refusal by the rules (422) lists each rule broken: its text in the page language, its clause, the server's words
  let ruleTexts = null;
  const showRefusal = (err) => {
    const violations = (err.body && err.body.violations) || [];
    if (!violations.length) { replaceChildren(refusal, tr('wp.f.refused', { msg: err.detail || err.message })); return; }
    const lines = () => violations.map((v) => {
      const rule = ruleTexts && ruleTexts.get(v.rule);
      return h('li', { dataset: { rule: v.rule, clause: v.clause } },
        h('strong', {}, rule ? localText(rule) : v.rule), tr('wp.f.clause', { c: v.clause }), h('br', {}), h('small', {}, v.message));
    });
    replaceChildren(refusal, tr('wp.f.refusedBy'), h('ul', {}, lines()));
    if (!ruleTexts) {
      permitApi.rules().then((rules) => { ruleTexts = new Map(rules.map((r) => [r.id, r])); replaceChildren(refusal, tr('wp.f.refusedBy'), h('ul', {}, lines())); })
        .catch(() => {});
    }
  };

  const number = (input) => (input.value === '' ? undefined : Number(input.value));
  const body = () => ({
    kind: kind.value,
    level: level.disabled ? undefined : level.value,
    placeZh: place.value.trim(),
    note: note.value.trim() || undefined,
    location: geometry || undefined,
    startMs: fromInput(start.value, 'wp.f.start'),
    endMs: fromInput(end.value, 'wp.f.end'),
    people: [...peopleRows.querySelectorAll('.wp-person')].map((r) => ({
      role: r.querySelector('[name=role]').value, name: r.querySelector('[name=name]').value.trim(),
      phone: r.querySelector('[name=phone]').value.trim() || undefined })),
    gasAnalyses: [...gasRows.querySelectorAll('.wp-gas')].map((r) => ({
      gas: r.querySelector('[name=gas]').value.trim(), value: number(r.querySelector('[name=value]')),
      unit: r.querySelector('[name=unit]').value, lelVolPercent: number(r.querySelector('[name=lelVolPercent]')),
      atMs: fromInput(r.querySelector('[name=atMs]').value, 'wp.f.at'), analyst: r.querySelector('[name=analyst]').value.trim() || undefined })),
  });

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    refusal.hidden = true;
    let permit;
    try { permit = body(); } catch (err) { replaceChildren(refusal, err.message); refusal.hidden = false; return; }
    submit.disabled = true;
    permitApi.file(permit)
      .then((permit) => {
        document.body.dataset.wpFiled = permit && permit.id ? permit.id : 'yes';
        drawn.clear();
        geometry = null;
        showGeometry();
        onFiled(permit);
      })
      .catch((err) => {
        showRefusal(err);
        refusal.hidden = false;
      })
      .finally(() => { submit.disabled = false; });
  });

  fillKinds();
  fillLevels();
  addPerson('leader');
  addPerson('guardian');
  addGas('', '%LEL');
  addGas('O2', '%vol');
  showGeometry();
  return {
    element: form,
    render() {
      labels.forEach(([el, key]) => { el.textContent = tr(key); });
      form.querySelectorAll('select[name=role] option').forEach((o) => { o.textContent = tr(`wp.role.${o.value}`); });
      const hints = { name: 'wp.f.name', phone: 'wp.f.phone', gas: 'wp.f.gasName', value: 'wp.f.value', lelVolPercent: 'wp.f.lel', analyst: 'wp.f.analyst' };
      Object.entries(hints).forEach(([n, key]) => form.querySelectorAll(`input[name=${n}]`).forEach((i) => { i.placeholder = tr(key); }));
      fillKinds();
      fillLevels();
      showGeometry();
    },
    /** Stops drawing and hides the drawn place (the panel was closed). */
    hide() { if (draw) map.removeInteraction(draw); draw = null; map.set('drawing', false); drawLayer.setVisible(false); },
    show() { drawLayer.setVisible(true); },
  };
}
