/** Calls of the park QRA routes (GET via the shared fetch wrapper; POST recompute with its 202/409 answers). */
import { getJson, ApiError } from '../api.js';

const BASE = new URL('../../', import.meta.url);

export const riskApi = {
  status: () => getJson('api/risk/qra'),
  contours: () => getJson('api/risk/contours.geojson'),
  fn: () => getJson('api/risk/fn'),
  targets: () => getJson('api/risk/targets'),
  relocation: () => getJson('api/risk/relocation'),
  run: (id) => getJson(`api/risk/qra/runs/${encodeURIComponent(id)}`),
  /** Starts a run: resolves to the run id; rejects with an ApiError (status 409 when one is running). */
  async recompute() {
    const path = 'api/risk/qra/recompute';
    let response;
    try {
      response = await fetch(new URL(path, BASE), { method: 'POST', headers: { Accept: 'application/json' } });
    } catch (e) {
      throw new ApiError('network', path, e.message);
    }
    const body = await response.json().catch(() => ({}));
    if (!response.ok) throw new ApiError('http', path, body.error || `HTTP ${response.status}`, response.status);
    return body.runId;
  },
};
