/**
 * Calls of the hazard API (issue 4) through the shared fetch wrapper, and the grade and risk colours of the map
 * and the list: level 1 red, 2 orange, 3 yellow, 4 blue, not a major hazard grey.
 */
import { getJson } from '../api.js';

const enc = encodeURIComponent;

export const hazardApi = {
  hazards: () => getJson('api/hazards'),
  hazard: (id) => getJson(`api/hazards/${enc(id)}`),
  chemicals: () => getJson('api/chemicals'),
  chemical: (cas) => getJson(`api/chemicals/${enc(cas)}`),
  enterprises: () => getJson('api/registry/enterprises'),
  enterprise: (id) => getJson(`api/registry/enterprises/${enc(id)}`),
  blacklist: () => getJson('api/registry/blacklist'),
  unitsGeoJson: () => getJson('api/export/hazards.geojson'),
};

/** Fill colour by GB 18218 level; `none` for a unit that is not a major hazard. */
export const GRADE_COLOURS = { 1: '#d7191c', 2: '#f28e2b', 3: '#f2d600', 4: '#2c7bb6', none: '#9e9e9e' };

/** Enterprise risk colours (红橙黄蓝). */
export const RISK_COLOURS = { red: '#d7191c', orange: '#f28e2b', yellow: '#f2d600', blue: '#2c7bb6' };

export function gradeColour(level) {
  return GRADE_COLOURS[level] || GRADE_COLOURS.none;
}

/** A number for display: up to 4 significant digits, no exponent for park-sized values. */
export function num(value) {
  if (value === null || value === undefined) return '—';
  if (value === 0) return '0';
  return Math.abs(value) >= 1000 ? Math.round(value).toString() : Number(value.toPrecision(4)).toString();
}
