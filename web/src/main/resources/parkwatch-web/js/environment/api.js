/** Calls of the environment routes (issue 17) through the shared fetch wrapper. */
import { getJson } from '../api.js';

export const environmentApi = {
  aqi: () => getJson('api/environment/aqi'),
  limits: () => getJson('api/environment/limits'),
  containment: (enterprise) => getJson(`api/environment/containment?enterprise=${encodeURIComponent(enterprise)}`),
  backtrace: (pollutant, fromMs, toMs) => getJson(`api/environment/backtrace?pollutant=${encodeURIComponent(pollutant)}`
    + `&from=${fromMs}&to=${toMs}`),
};
