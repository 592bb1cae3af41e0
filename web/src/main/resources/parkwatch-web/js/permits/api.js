/**
 * The special work permit routes (issue 15, `api/work-permits`, see docs/work-permits-api.md) over the one fetch
 * wrapper (../api.js): every failure is an ApiError whose message is the server's (for a refused permit: the rule and
 * its clause).
 */
import { getJson, postJson } from '../api.js';

const BASE = 'api/work-permits';
const id = (permitId) => encodeURIComponent(permitId);
const list = (body) => (Array.isArray(body) ? body : body.permits || []);

export const permitApi = {
  /** Permits the caller sees (an enterprise user: its own), newest first; `query` e.g. {state, from, to}. */
  list: (query = {}) => {
    const q = new URLSearchParams(Object.entries(query).filter(([, v]) => v !== undefined && v !== '')).toString();
    return getJson(q ? `${BASE}?${q}` : BASE).then(list);
  },
  /** The permits active now (in progress, or approved inside their window). */
  active: () => getJson(`${BASE}?active=true`).then(list),
  file: (permit) => postJson(BASE, permit),
  move: (permitId, state) => postJson(`${BASE}/${id(permitId)}/state`, { state }),
  cameras: (permitId) => getJson(`${BASE}/${id(permitId)}/cameras`).then((b) => (Array.isArray(b) ? b : b.cameras || [])),
  spotChecks: (permitId) => getJson(`${BASE}/${id(permitId)}/spot-checks`).then((b) => (Array.isArray(b) ? b : b.spotChecks || [])),
  spotCheck: (permitId, cameraId) => postJson(`${BASE}/${id(permitId)}/spot-checks`, { cameraId }),
  stats: (fromDay, toDay) => getJson(`${BASE}/stats?from=${fromDay}&to=${toDay}`),
  today: () => getJson(`${BASE}/today`),
};
