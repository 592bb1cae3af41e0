/**
 * The park overview of the public display: the park outline, the enterprises' site outlines labelled by name, the
 * shelters and assembly points, and beside the map the park's introduction and emergency numbers, from
 * GET /api/public/park alone (no other layer exists on this page). Not interactive: a kiosk is watched.
 */
import { ol } from '../vendor.js';
import { lang, localName } from '../i18n/index.js';
import { h, replaceChildren } from '../ui/dom.js';
import { tr } from './i18n.js';

const GEOJSON = new ol.format.GeoJSON({ dataProjection: 'EPSG:4326', featureProjection: 'EPSG:3857' });
const PALETTE = ['#4e79a7', '#f28e2b', '#59a14f', '#b07aa1', '#76b7b2', '#edc948', '#ff9da7', '#9c755f'];

function remPx(f) {
  return f * parseFloat(getComputedStyle(document.documentElement).fontSize);
}

const REFUGES = new Set(['shelter', 'assembly-point']);

function refugeStyle(feature) {
  return new ol.style.Style({
    image: new ol.style.RegularShape({ points: 3, radius: remPx(0.9), fill: new ol.style.Fill({ color: '#15803d' }),
      stroke: new ol.style.Stroke({ color: '#ffffff', width: remPx(0.12) }) }),
    text: new ol.style.Text({ text: localName(feature.getProperties()), offsetY: remPx(1.6),
      font: `600 ${remPx(0.95)}px system-ui, "Noto Sans CJK SC", sans-serif`,
      fill: new ol.style.Fill({ color: '#14532d' }), stroke: new ol.style.Stroke({ color: '#ffffff', width: remPx(0.25) }) }),
  });
}

function style(feature, index) {
  if (REFUGES.has(feature.get('kind'))) return refugeStyle(feature);
  if (feature.get('kind') === 'park') {
    const stroke = new ol.style.Stroke({ color: '#1f6feb', width: remPx(0.25), lineDash: [remPx(0.8), remPx(0.4)] });
    return new ol.style.Style({ stroke,
      fill: new ol.style.Fill({ color: 'rgba(31,111,235,0.06)' }) });
  }
  const colour = PALETTE[index % PALETTE.length];
  return new ol.style.Style({
    stroke: new ol.style.Stroke({ color: colour, width: remPx(0.15) }),
    fill: new ol.style.Fill({ color: `${colour}55` }),
    text: new ol.style.Text({ text: localName(feature.getProperties()), overflow: true,
      font: `600 ${remPx(1.1)}px system-ui, "Noto Sans CJK SC", sans-serif`,
      fill: new ol.style.Fill({ color: '#0b1b2e' }),
      stroke: new ol.style.Stroke({ color: '#ffffff', width: remPx(0.25) }) }),
  });
}

export class MapView {
  constructor(section) {
    this.section = section;
    this.source = new ol.source.Vector();
    this.features = [];
    this.map = new ol.Map({ target: section.querySelector('.public-map'), controls: [], interactions: [],
      layers: [new ol.layer.Vector({ source: this.source, style: (f) => style(f, this.features.indexOf(f)) })],
      view: new ol.View({ center: ol.proj.fromLonLat([113.95, 35.25]), zoom: 14 }) });
    this.list = section.querySelector('.enterprise-list');
    this.intro = section.querySelector('.park-intro');
    this.refuges = section.querySelector('.refuge-list');
    this.hotlines = section.querySelector('.hotline-list');
    this.info = { introZh: '', introEn: '', hotlines: [] };
    this.loaded = false;
  }

  update(data) {
    if (!data.park || this.loaded) return;
    this.loaded = true;
    this.features = GEOJSON.readFeatures(data.park);
    this.info = data.park.info || this.info;
    this.source.addFeatures(this.features.filter((f) => f.getGeometry()));
    this.render();
    this.shown();
    this.section.dataset.state = 'ready';
    this.section.dataset.count = String(this.features.filter((f) => f.get('kind') === 'enterprise').length);
  }

  /** Called when the view is shown: the map element may have changed size while hidden. */
  shown() {
    this.map.updateSize();
    const park = this.features.find((f) => f.get('kind') === 'park' && f.getGeometry());
    const extent = park ? park.getGeometry().getExtent() : this.source.getExtent();
    const pad = remPx(2);
    if (!ol.extent.isEmpty(extent)) this.map.getView().fit(extent, { padding: [pad, pad, pad, pad] });
  }

  render() {
    const enterprises = this.features.filter((f) => f.get('kind') === 'enterprise');
    replaceChildren(this.list, h('li', { class: 'count', text: tr('map.enterprises', { n: enterprises.length }) }),
      enterprises.map((f) => h('li', { text: localName(f.getProperties()) })));
    this.intro.textContent = lang() === 'en' ? this.info.introEn : this.info.introZh;
    const refuges = this.features.filter((f) => REFUGES.has(f.get('kind')));
    replaceChildren(this.refuges, refuges.map((f) => h('li', {},
      h('span', { class: 'refuge-kind', text: tr(`map.kind.${f.get('kind')}`) }), ` ${localName(f.getProperties())}`)));
    replaceChildren(this.hotlines, (this.info.hotlines || []).map((p) => h('li', {},
      h('span', { class: 'hotline-name', text: localName(p) }), h('span', { class: 'hotline-number', text: p.number }))));
    this.source.changed();
  }
}
