/** The emergency command HTTP API (backend emergency.EmergencyRoutes). */
import { getJson, postJson } from '../api.js';

const enc = encodeURIComponent;
const inc = (id) => `api/emergency/incidents/${enc(id)}`;

export const emergencyApi = {
  records: () => getJson('api/emergency/incidents'),
  record: (id) => getJson(inc(id)),
  /** The incident as it stood at `atMs`, or now when null (backend emergency.ReplayJson). */
  replay: (id, atMs) => getJson(atMs == null ? `${inc(id)}/replay` : `${inc(id)}/replay?at=${enc(String(Math.round(atMs)))}`),
  note: (id, text) => postJson(`${inc(id)}/notes`, { text }),
  log: (id) => getJson(`${inc(id)}/log`),
  resources: () => getJson('api/emergency/resources'),
  drill: () => getJson('api/emergency/drill'),
  confirm: (id) => postJson(`${inc(id)}/confirm`, {}),
  decide: (id, level, reason) => postJson(`${inc(id)}/decision`, { level, reason }),
  changeLevel: (id, level, reason) => postJson(`${inc(id)}/level`, { level, reason }),
  moveTask: (id, actionId, status) => postJson(`${inc(id)}/tasks/${enc(actionId)}`, { status }),
  dispatch: (id, resourceId) => postJson(`${inc(id)}/dispatch`, { resourceId }),
  reportUrl: (id, kind) => `${inc(id)}/report.${kind}`,
};
