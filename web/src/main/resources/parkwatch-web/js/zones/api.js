/** The threat-zone HTTP API (backend risk.zones.ThreatZoneRoutes). */
import { getJson } from '../api.js';
import { postJson } from '../alarms/api.js';

const enc = encodeURIComponent;

export const zoneApi = {
  /** Latest zones of an incident (404 when it has none). */
  incident: (id) => getJson(`api/incidents/${enc(id)}/threat-zones`),
  /** Re-runs an incident's zones with overrides; becomes its latest run. */
  rerun: (id, overrides) => postJson(`api/incidents/${enc(id)}/threat-zones`, overrides),
  /** "What if": zones for a release given in full. */
  whatIf: (release) => postJson('api/risk/threat-zones', release),
};
