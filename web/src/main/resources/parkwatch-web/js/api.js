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

/**
 * The session as the page knows it: the CSRF token of the login (sent with every state-changing request) and who to
 * call when the server says the session is gone (401), so the page can show the login form again.
 */
const session = { csrfToken: null, onUnauthorized: null };

export function setCsrfToken(token) { session.csrfToken = token || null; }

/** `fn(error)` is called whenever a request answers 401 (not logged in, or the session expired). */
export function onUnauthorized(fn) { session.onUnauthorized = fn; }

async function failure(response, path) {
  let detail = response.statusText;
  let body = null;
  try {
    const text = await response.text();
    try { body = JSON.parse(text); detail = body.error || text; } catch { detail = text.slice(0, 200) || detail; }
  } catch { /* keep statusText */ }
  const error = new ApiError('http', path, `HTTP ${response.status} ${detail}`, response.status);
  error.detail = detail;
  error.body = body; // the whole JSON reply (a refusal's rule, clause and field, where a route names them)
  if (response.status === 401 && session.onUnauthorized && !path.startsWith('api/auth/')) session.onUnauthorized(error);
  return error;
}

/** GETs `path` (relative to the site root) and returns the parsed JSON body. */
export async function getJson(path, { signal } = {}) {
  let response;
  try {
    response = await fetch(new URL(path, BASE), { headers: { Accept: 'application/json' }, credentials: 'same-origin', signal });
  } catch (e) {
    if (e.name === 'AbortError') throw e;
    throw new ApiError('network', path, e.message);
  }
  if (!response.ok) throw await failure(response, path);
  try {
    return await response.json();
  } catch (e) {
    throw new ApiError('parse', path, `invalid JSON: ${e.message}`, response.status);
  }
}

/**
 * Sends a JSON body with `method` (POST, PUT, DELETE) and the session's CSRF token; resolves with the parsed reply
 * (null when there is none), rejects with an ApiError carrying the server's message.
 */
export async function sendJson(method, path, body) {
  const headers = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  return send(method, path, headers, body === undefined ? undefined : JSON.stringify(body));
}

export const postJson = (path, body) => sendJson('POST', path, body);

/**
 * POSTs a text body (e.g. a CSV file's text) with its content type and the session's CSRF token; resolves with the
 * parsed JSON reply, rejects like {@link sendJson} (the server's message in `message` and `detail`).
 */
export function postText(path, text, contentType) {
  return send('POST', path, { Accept: 'application/json', 'Content-Type': contentType }, text);
}

/** A write with the session's CSRF token; the parsed JSON reply or null, an ApiError with the server's message. */
async function send(method, path, headers, body) {
  if (session.csrfToken) headers['X-CSRF-Token'] = session.csrfToken;
  let response;
  try {
    response = await fetch(new URL(path, BASE), { method, headers, credentials: 'same-origin', body });
  } catch (e) {
    throw new ApiError('network', path, e.message);
  }
  if (!response.ok) {
    const error = await failure(response, path);
    error.message = `${path}: ${error.detail}`;
    throw error;
  }
  try { return await response.json(); } catch { return null; }
}

/** Login, logout and "who am I" (backend security.AuthRoutes). */
export const auth = {
  me: () => getJson('api/auth/me'),
  login: (username, password) => postJson('api/auth/login', { username, password }),
  logout: () => postJson('api/auth/logout'),
};

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
