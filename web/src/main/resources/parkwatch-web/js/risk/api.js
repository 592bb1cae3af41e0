/** Calls of the park QRA routes through the shared fetch wrapper (session, CSRF token; 202/409 on recompute). */
import { getJson, postJson } from '../api.js';

export const riskApi = {
  status: () => getJson('api/risk/qra'),
  contours: () => getJson('api/risk/contours.geojson'),
  fn: () => getJson('api/risk/fn'),
  targets: () => getJson('api/risk/targets'),
  relocation: () => getJson('api/risk/relocation'),
  run: (id) => getJson(`api/risk/qra/runs/${encodeURIComponent(id)}`),
  /** Starts a run: resolves to the run id; rejects with an ApiError (status 409 when one is running). */
  async recompute() {
    const body = await postJson('api/risk/qra/recompute');
    return body && body.runId;
  },
};
