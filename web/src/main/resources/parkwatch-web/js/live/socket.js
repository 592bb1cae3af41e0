/**
 * The live WebSocket client: connects, hands every message to the handlers subscribed to its type with
 * `socket.on(type, fn)` (the one subscription API of the pages, in subscription order), reconnects with exponential
 * backoff and jitter, and shows its state in `document.body.dataset.ws` (connecting | open | closed).
 */
export const BACKOFF_INITIAL_MS = 500;
export const BACKOFF_MAX_MS = 15_000;

/** Delay before reconnect attempt `n` (0-based): doubling from 0.5 s to 15 s, with ±25 % jitter. */
export function backoffMs(attempt, random = Math.random) {
  const base = Math.min(BACKOFF_MAX_MS, BACKOFF_INITIAL_MS * 2 ** Math.min(attempt, 16));
  return Math.round(base * (0.75 + 0.5 * random()));
}

export class LiveSocket {
  constructor(url, { onState } = {}) {
    this.url = url;
    this.onState = onState;
    this.handlers = new Map();
    this.attempt = 0;
    this.ws = null;
    this.timer = null;
    this.stopped = false;
  }

  /** Calls `fn(msg)` for every message of `type` ('snapshot', 'update', 'alarm', 'hazard-grade' …); chainable. */
  on(type, fn) {
    this.handlers.set(type, [...(this.handlers.get(type) || []), fn]);
    return this;
  }

  /**
   * Calls `fn(msg)` whenever pushed messages may have been missed, so the page re-reads what it holds: on every
   * (re)connect ('snapshot') and when the server dropped messages for this page because it read too slowly
   * ('resync', sent once its queue drained); chainable.
   */
  onResync(fn) {
    return this.on('snapshot', fn).on('resync', fn);
  }

  start() {
    this.stopped = false;
    this._connect();
    return this;
  }

  stop() {
    this.stopped = true;
    clearTimeout(this.timer);
    if (this.ws) this.ws.close();
  }

  _setState(state) {
    document.body.dataset.ws = state;
    if (this.onState) this.onState(state);
  }

  _connect() {
    this._setState('connecting');
    let ws;
    try {
      ws = new WebSocket(this.url);
    } catch (e) {
      console.warn('live socket:', e.message);
      this._retry();
      return;
    }
    this.ws = ws;
    ws.onopen = () => {
      this.attempt = 0;
      this._setState('open');
    };
    ws.onmessage = (event) => this._message(event.data);
    ws.onclose = () => {
      if (this.ws !== ws) return;
      this.ws = null;
      this._retry();
    };
    ws.onerror = () => { /* onclose follows and schedules the retry */ };
  }

  _message(data) {
    let msg;
    try {
      msg = JSON.parse(data);
    } catch (e) {
      console.warn('live socket: message is not JSON:', e.message);
      return;
    }
    if (msg && this.handlers.has(msg.type)) this.handlers.get(msg.type).forEach((fn) => fn(msg));
  }

  _retry() {
    this._setState('closed');
    if (this.stopped) return;
    const delay = backoffMs(this.attempt++);
    this.timer = setTimeout(() => this._connect(), delay);
  }
}
