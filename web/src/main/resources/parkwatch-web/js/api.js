/**
 * The one fetch wrapper for the ParkWatch HTTP API. Every failure is an {@link ApiError} whose `kind` says
 * what went wrong: 'network' (no answer), 'http' (status >= 400, `status` set), 'parse' (body not JSON).
 */
export class ApiError extends Error {
  constructor(kind, path, message, status = 0) {
    super(`${path}: ${message}`);
    this.name = 'ApiError';
    this.kind = kind;
    this.path = path;
    this.status = status;
  }

  /** True when the server answered that the route or resource does not exist. */
  get notFound() {
    return this.kind === 'http' && (this.status === 404 || this.status === 501);
  }
}

const BASE = new URL('../', import.meta.url);

/** GETs `path` (relative to the site root) and returns the parsed JSON body. */
export async function getJson(path, { signal } = {}) {
  let response;
  try {
    response = await fetch(new URL(path, BASE), { headers: { Accept: 'application/json' }, signal });
  } catch (e) {
    if (e.name === 'AbortError') throw e;
    throw new ApiError('network', path, e.message);
  }
  if (!response.ok) {
    let detail = response.statusText;
    try { detail = (await response.text()).slice(0, 200) || detail; } catch { /* keep statusText */ }
    throw new ApiError('http', path, `HTTP ${response.status} ${detail}`, response.status);
  }
  try {
    return await response.json();
  } catch (e) {
    throw new ApiError('parse', path, `invalid JSON: ${e.message}`, response.status);
  }
}

const enc = encodeURIComponent;

export const api = {
  layers: () => getJson('api/layers'),
  layer: (id) => getJson(`api/layers/${enc(id)}`),
  tags: () => getJson('api/tags'),
  feeds: () => getJson('api/feeds'),
  /** Downsampled history of one tag; `from`/`to` in epoch ms. */
  history: (tagId, fromMs, toMs, buckets = 500, opts) =>
    getJson(`api/history/${enc(tagId)}?from=${Math.round(fromMs)}&to=${Math.round(toMs)}&buckets=${buckets}`, opts),
};

/** The WebSocket URL of the live feed, on the same host as the page. */
export function liveSocketUrl() {
  const url = new URL('ws', BASE);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return url.href;
}
