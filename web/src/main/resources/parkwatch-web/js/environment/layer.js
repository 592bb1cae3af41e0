/**
 * Map layer of the environment view: each air station as a disc in its AQI level's colour with the AQI inside, and
 * the back-tracing ranking as rings at the candidate sources whose size grows with the confidence (rank inside).
 */
import { ol } from '../vendor.js';

const at = (lon, lat) => new ol.geom.Point(ol.proj.fromLonLat([lon, lat]));

function style(feature) {
  if (feature.get('role') === 'station') {
    const r = feature.get('aqi');
    return new ol.style.Style({
      image: new ol.style.Circle({ radius: 13, fill: new ol.style.Fill({ color: r ? r.colour : '#bdc3c7' }),
        stroke: new ol.style.Stroke({ color: '#2c3e50', width: 1.5 }) }),
      text: new ol.style.Text({ text: r ? String(r.aqi) : '—', font: 'bold 11px sans-serif',
        fill: new ol.style.Fill({ color: r && ['IV', 'V', 'VI'].includes(r.level) ? '#fff' : '#111' }) }),
      zIndex: 2,
    });
  }
  const c = feature.get('confidence');
  return new ol.style.Style({
    image: new ol.style.Circle({ radius: 8 + 28 * Math.sqrt(c), fill: new ol.style.Fill({ color: `rgba(142,68,173,${0.15 + 0.45 * c})` }),
      stroke: new ol.style.Stroke({ color: '#6c3483', width: 2 }) }),
    text: new ol.style.Text({ text: `#${feature.get('rank')}`, font: 'bold 12px sans-serif', fill: new ol.style.Fill({ color: '#fff' }),
      stroke: new ol.style.Stroke({ color: '#4a235a', width: 3 }) }),
    zIndex: 1,
  });
}

export class EnvironmentLayer {
  constructor(map) {
    this.source = new ol.source.Vector();
    this.layer = new ol.layer.Vector({ source: this.source, style, zIndex: 950, visible: false,
      properties: { layerId: 'environment-aqi' } });
    map.addLayer(this.layer);
  }

  setVisible(v) { this.layer.setVisible(v); }

  /** Station discs from an AQI reply. */
  stations(reply) {
    this.source.getFeatures().filter((f) => f.get('role') === 'station').forEach((f) => this.source.removeFeature(f));
    for (const s of reply.stations || []) {
      this.source.addFeature(new ol.Feature({ geometry: at(s.lon, s.lat), role: 'station', aqi: s.aqi, featureId: s.featureId }));
    }
  }

  /** Rings of the best `n` candidates of a back-trace (replacing the previous ranking). */
  ranking(reply, n = 8) {
    this.source.getFeatures().filter((f) => f.get('role') === 'candidate').forEach((f) => this.source.removeFeature(f));
    for (const r of (reply.ranking || []).slice(0, n)) {
      this.source.addFeature(new ol.Feature({ geometry: at(r.lon, r.lat), role: 'candidate', rank: r.rank,
        confidence: Math.max(0, Math.min(1, r.confidence)), sourceId: r.sourceId }));
    }
    document.body.dataset.envCandidates = String(Math.min(n, (reply.ranking || []).length));
  }
}
