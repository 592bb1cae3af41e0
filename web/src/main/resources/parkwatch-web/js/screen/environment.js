/**
 * The environment panel of the big screen: the park weather station (wind, direction, temperature, humidity) and one
 * row per boundary air station with its AQI per HJ 633-2012 (colour chip, category, 首要污染物; from
 * /api/environment/aqi every {@link AQI_REFRESH_MS} ms) and the live TVOC and characteristic pollutants from the store.
 * Every live value cell carries `data-tag-id` and `data-band` (normal | h | hh | stale) so its colour comes from
 * css/screen.css; every AQI cell `data-station-id`.
 */
import { h, replaceChildren } from '../ui/dom.js';
import { formatValue, displayUnit } from '../format.js';
import { isUnusable, limitBand } from '../map/live-state.js';
import { localName } from '../i18n/index.js';
import { markReady } from './alarm-panels.js';
import { tr } from './i18n.js';
import { environmentApi } from '../environment/api.js';
import { aqiChip, levelText, primaryText } from '../environment/aqi-view.js';

const AQI_REFRESH_MS = 15000;
/** Live columns after the AQI: the park's volatile and characteristic pollutants. */
const LIVE_SIGNALS = [['VOC', 'TVOC'], ['CL2', 'Cl₂'], ['NH3', 'NH₃']];

const WEATHER = [['wind-speed', 'env.wind'], ['wind-direction', 'env.windDir'], ['air-temperature', 'env.temp'],
  ['humidity', 'env.humidity']];

function band(tag) {
  return isUnusable(tag) ? 'stale' : limitBand(tag.v, tag.limits);
}

export function environmentPanel(section, store) {
  const body = section.querySelector('.env');
  const cells = new Map();
  const aqiCells = new Map();
  let aqi = null;
  const renderAqi = () => {
    for (const [station, [aqiCell, primaryCell]] of aqiCells) {
      const s = aqi && (aqi.stations || []).find((x) => x.featureId === station);
      replaceChildren(aqiCell, aqiChip(s && s.aqi));
      aqiCell.title = s && s.aqi ? levelText(s.aqi) : '';
      primaryCell.textContent = s && s.aqi ? primaryText(s.aqi) : tr('env.noData');
    }
  };
  const loadAqi = () => environmentApi.aqi().then((reply) => { aqi = reply; renderAqi(); }).catch(() => {});
  loadAqi();
  setInterval(loadAqi, AQI_REFRESH_MS);
  const build = () => {
    cells.clear();
    const parkTags = [...store.tags.values()].filter((t) => t.enterpriseId === 'PARK');
    const weather = WEATHER.map(([kind, key]) => [parkTags.find((t) => t.kind === kind), key]).filter(([t]) => t);
    const air = parkTags.filter((t) => t.kind === 'air-quality');
    const stations = [...new Set(air.map((t) => t.featureId))];
    const cell = (tag, element = 'td') => {
      const el = h(element, { class: 'v', dataset: { tagId: tag.id } });
      cells.set(tag.id, el);
      return el;
    };
    const weatherRow = h('div', { class: 'weather' }, weather.map(([tag, key]) => h('div', { class: 'w' },
      h('span', { class: 'k', text: tr(key) }), cell(tag, 'span'),
      h('span', { class: 'u', text: displayUnit(tag.unit) }))));
    aqiCells.clear();
    const airTable = h('table', { class: 'air' },
      h('tr', {}, h('th', { text: '' }), h('th', { text: 'AQI' }), h('th', { text: tr('env.primary') }),
        LIVE_SIGNALS.map(([, label]) => h('th', { text: label }))),
      stations.map((s) => {
        const aqiCell = h('td', { class: 'aqi', dataset: { stationId: s } });
        const primaryCell = h('td', { class: 'primary' });
        aqiCells.set(s, [aqiCell, primaryCell]);
        return h('tr', {}, h('th', { text: stationLabel(s, air) }), aqiCell, primaryCell,
          LIVE_SIGNALS.map(([sig]) => {
            const tag = air.find((t) => t.featureId === s && t.id.endsWith(`.${sig}`));
            return tag ? cell(tag) : h('td', { text: '' });
          }));
      }));
    renderAqi();
    replaceChildren(body, h('h3', { text: tr('env.weather') }), weatherRow, h('h3', { text: tr('env.air') }), airTable);
    update();
  };
  const update = (changed) => {
    let shown = 0;
    for (const [id, el] of cells) {
      const tag = store.tags.get(id);
      if (!isUnusable(tag)) shown++;
      if (changed && !changed.has(id)) continue;
      const text = formatValue(tag);
      if (el.textContent !== text) el.textContent = text;
      el.dataset.band = band(tag);
    }
    if (cells.size) markReady(section, cells.size, { live: shown });
  };
  store.onTags((changed) => {
    if (!cells.size && [...store.tags.values()].some((t) => t.enterpriseId === 'PARK')) build();
    else update(changed);
  });
  build();
  return { render: build };
}

/** Short station label: the station's name without "空气站"/"air station". */
function stationLabel(featureId, airTags) {
  const tag = airTags.find((t) => t.featureId === featureId);
  const name = localName(tag, featureId);
  const m = name.match(/^(.*?)(空气站|\s*air station)/i);
  return m ? m[1] : featureId;
}
