/**
 * The special work permit routes (issue 15, `api/work-permits`, see docs/work-permits-api.md) over the one fetch
 * wrapper (../api.js): every failure is an ApiError whose message is the server's; a permit refused by a rule (422)
 * carries the reply in `error.body` ({error, rule, clause, field, violations}).
 */
import { getJson, postJson, postText } from '../api.js';

const BASE = 'api/work-permits';
const id = (permitId) => encodeURIComponent(permitId);
const query = (q) => {
  const s = new URLSearchParams(Object.entries(q).filter(([, v]) => v !== undefined && v !== null && v !== '')).toString();
  return s ? `?${s}` : '';
};

export const permitApi = {
  /** Permits the caller sees (an enterprise user: its own); `q` e.g. {state, kind, day: 'yyyy-mm-dd', enterprise}. */
  list: (q = {}) => getJson(`${BASE}${query(q)}`).then((b) => b.permits || []),
  /** The permits active now (in progress, or approved inside their window). */
  active: () => getJson(`${BASE}?active=true`).then((b) => b.permits || []),
  file: (permit) => postJson(BASE, permit),
  /**
   * Imports a CSV file's text (docs/work-permits-api.md): all rows or none; resolves with {imported, created, updated,
   * ids}; a bad row rejects with the server's `line N[, column X]: …` in `detail`.
   */
  importCsv: (text) => postText(`${BASE}/import`, text, 'text/csv; charset=utf-8'),
  /** The rules of GB 30871-2022 as the server holds them ({id, clause, textZh, textEn, status}). */
  rules: () => getJson(`${BASE}/rules`).then((b) => b.rules || []),
  /** Moves the permit to state `to` (409 with the allowed moves when the table forbids it). */
  move: (permitId, to) => postJson(`${BASE}/${id(permitId)}/transition`, { to }),
  /** The camera that sees the permit's place ({id, nameZh, nameEn, distanceM, seesPlace}), or null. */
  camera: (permitId) => getJson(`${BASE}/${id(permitId)}/camera`).then((b) => b.camera || null),
  spotChecks: (permitId) => getJson(`${BASE}/spot-checks${query({ permit: permitId })}`).then((b) => b.spotChecks || []),
  /** Records a video spot check by the caller; resolves with {username, atMs, cameraId}. */
  spotCheck: (permitId, cameraId) => postJson(`${BASE}/${id(permitId)}/spot-checks`, { cameraId }),
  /** Counts per day, kind and enterprise over [fromDay, toDay] (yyyy-mm-dd) and today's big-screen figures. */
  stats: (fromDay, toDay) => getJson(`${BASE}/stats${query({ from: fromDay, to: toDay })}`),
};
