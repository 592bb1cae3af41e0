/** The alarm HTTP API (backend alarm.service.AlarmRoutes). */
import { getJson, postJson } from '../api.js';

export { postJson };

const enc = encodeURIComponent;

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
