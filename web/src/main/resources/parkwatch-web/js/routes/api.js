/** The routing HTTP API (backend routing.RoutingRoutes). */
import { getJson } from '../api.js';

const enc = encodeURIComponent;

export const routeApi = {
  /** Evacuation and approach routes of an incident for its latest zones (404 when it has none). */
  incident: (id, mode = 'walk') => getJson(`api/routing/incidents/${enc(id)}/evacuation?mode=${enc(mode)}`),
};
