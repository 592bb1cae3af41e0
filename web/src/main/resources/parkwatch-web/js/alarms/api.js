/** The alarm HTTP API (backend alarm.service.AlarmRoutes). */
import { getJson, ApiError } from '../api.js';

const BASE = new URL('../../', import.meta.url);
const enc = encodeURIComponent;

/** POSTs a JSON body; resolves with the parsed reply, rejects with an ApiError carrying the server's message. */
export async function postJson(path, body) {
  let response;
  try {
    response = await fetch(new URL(path, BASE), {
      method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify(body),
    });
  } catch (e) {
    throw new ApiError('network', path, e.message);
  }
  let json = null;
  try { json = await response.json(); } catch { /* no JSON body */ }
  if (!response.ok) {
    throw new ApiError('http', path, (json && json.error) || `HTTP ${response.status}`, response.status);
  }
  return json;
}

export const alarmApi = {
  active: () => getJson('api/alarms'),
  ack: (id, user, comment) => postJson(`api/alarms/${enc(id)}/ack`, { user, comment }),
  shelve: (id, user, reason, minutes) => postJson(`api/alarms/${enc(id)}/shelve`, { user, reason, minutes }),
  unshelve: (id, user) => postJson(`api/alarms/${enc(id)}/unshelve`, { user }),
  linkage: (id) => getJson(`api/alarms/${enc(id)}/linkage`),
  incidents: () => getJson('api/incidents'),
  incident: (id) => getJson(`api/incidents/${enc(id)}`),
  kpi: (enterprise) => getJson(`api/alarms/kpi${enterprise ? `?enterprise=${enc(enterprise)}` : ''}`),
};
