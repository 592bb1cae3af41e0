/**
 * Map flashing: a pulsing red ring at a new high or critical alarm (or an incident), the view centred on it.
 * The ring layer sits above the park layers and is removed after FLASH_MS.
 */
import { ol } from '../vendor.js';

const FLASH_MS = 10_000;
const PULSE_MS = 600;

export class MapFlash {
  constructor(map) {
    this.map = map;
    this.source = new ol.source.Vector();
    this.on = true;
    this.layer = new ol.layer.Vector({
      source: this.source, zIndex: 1000,
      style: () => new ol.style.Style({
        image: new ol.style.Circle({
          radius: this.on ? 22 : 14,
          stroke: new ol.style.Stroke({ color: this.on ? 'rgba(231,76,60,0.95)' : 'rgba(231,76,60,0.5)', width: 4 }),
          fill: new ol.style.Fill({ color: 'rgba(231,76,60,0.15)' }),
        }),
      }),
    });
    map.addLayer(this.layer);
    this.pulse = setInterval(() => {
      if (this.source.getFeatures().length === 0) return;
      this.on = !this.on;
      this.layer.changed();
    }, PULSE_MS);
  }

  /** Flashes at lon/lat (EPSG:4326) and centres the map there; `centre` false only flashes. */
  flash(lon, lat, centre = true) {
    if (!Number.isFinite(lon) || !Number.isFinite(lat)) return;
    const at = ol.proj.fromLonLat([lon, lat]);
    const f = new ol.Feature(new ol.geom.Point(at));
    this.source.addFeature(f);
    setTimeout(() => this.source.removeFeature(f), FLASH_MS);
    document.body.dataset.alarmFlash = `${lon.toFixed(5)},${lat.toFixed(5)}`;
    if (centre) this.map.getView().animate({ center: at, duration: 500 });
  }
}
