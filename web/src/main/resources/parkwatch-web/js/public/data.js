/**
 * The public display's data: polls the four public routes (status, air, disclosure, park) and keeps the last good answer of
 * each, so a backend restart or a network gap only shows "reconnecting" while the last picture stays up. Retries
 * with a growing pause (from 5 s, or the poll period when shorter, up to 60 s) and never gives up.
 */
import { getJson } from '../api.js';

export const POLL_MS = 30_000;
/** Smallest poll period a kiosk URL may ask for with `?pollMs=` (tests use a short one). */
const MIN_POLL_MS = 1_000;
const RETRY_MIN_MS = 5_000;
const RETRY_MAX_MS = 60_000;

export class PublicData {
  constructor(pollMs = POLL_MS) {
    this.pollMs = Math.max(MIN_POLL_MS, Number(pollMs) || POLL_MS);
    this.status = null;
    this.air = null;
    this.park = null;
    this.disclosure = null;
    this.online = true;
    this.listeners = new Set();
    this.failures = 0;
  }

  onChange(fn) { this.listeners.add(fn); }

  start() {
    this._poll();
    return this;
  }

  async _poll() {
    let delay = this.pollMs;
    try {
      const [status, air, disclosure] = await Promise.all([getJson('api/public/status'), getJson('api/public/air'),
        getJson('api/public/disclosure')]);
      if (!this.park) this.park = await getJson('api/public/park');
      Object.assign(this, { status, air, disclosure, online: true });
      this.failures = 0;
    } catch (e) {
      console.warn('public data:', e.message);
      this.online = false;
      delay = Math.min(RETRY_MAX_MS, Math.min(this.pollMs, RETRY_MIN_MS) * 2 ** Math.min(this.failures++, 4));
    }
    this.listeners.forEach((fn) => fn(this));
    setTimeout(() => this._poll(), delay);
  }
}
