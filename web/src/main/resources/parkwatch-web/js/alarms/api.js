/** The alarm HTTP API (backend alarm.service.AlarmRoutes). */
import { getJson, postJson } from '../api.js';

export { postJson };

const enc = encodeURIComponent;

export const alarmApi = {
  active: () => getJson('api/alarms'),
  ack: (id, comment) => postJson(`api/alarms/${enc(id)}/ack`, { comment }),
  ackSelected: (ids, comment) => postJson('api/alarms/ack', { ids, comment }),
  ackIncident: (id) => postJson(`api/incidents/${enc(id)}/ack`, {}),
  closeIncident: (id, reason) => postJson(`api/incidents/${enc(id)}/close`, { reason }),
  feedback: (id) => getJson(`api/alarms/${enc(id)}/feedback`),
  incidentFeedback: (id) => getJson(`api/incidents/${enc(id)}/feedback`),
  sendFeedback: (id, body) => postJson(`api/alarms/${enc(id)}/feedback`, body),
  shelve: (id, reason, minutes) => postJson(`api/alarms/${enc(id)}/shelve`, { reason, minutes }),
  unshelve: (id) => postJson(`api/alarms/${enc(id)}/unshelve`, {}),
  linkage: (id) => getJson(`api/alarms/${enc(id)}/linkage`),
  incidents: () => getJson('api/incidents'),
  incident: (id) => getJson(`api/incidents/${enc(id)}`),
  kpi: (enterprise) => getJson(`api/alarms/kpi${enterprise ? `?enterprise=${enc(enterprise)}` : ''}`),
};
