/**
 * Live state of tags and feeds in the browser: tag definitions from /api/tags merged with values from the socket,
 * a short trend per tag accumulated from the socket, and change notifications batched to one per animation frame
 * so that thousands of updates per second cost one repaint.
 */
const LIVE_FIELDS = ['v', 'ts', 'rx', 'q', 'stale'];

export class LiveStore {
  /** @param trendWindowMs how much socket history to keep per tag for the live trend, ms */
  constructor({ trendWindowMs = 5 * 60_000, trendMaxPoints = 600 } = {}) {
    this.trendWindowMs = trendWindowMs;
    this.trendMaxPoints = trendMaxPoints;
    this.tags = new Map();
    this.byFeature = new Map();
    this.feeds = new Map();
    this.serverOffsetMs = 0;
    this._trends = new Map();
    this._changedTags = new Set();
    this._feedsChanged = false;
    this._tagListeners = new Set();
    this._feedListeners = new Set();
    this._scheduled = false;
  }

  /** Tag definitions (and current values) from GET /api/tags. */
  setDefinitions(list) {
    this.byFeature.clear();
    for (const def of list) {
      const tag = Object.assign(this.tags.get(def.id) || {}, def);
      this.tags.set(def.id, tag);
      if (def.featureId !== undefined && def.featureId !== null) {
        const key = String(def.featureId);
        if (!this.byFeature.has(key)) this.byFeature.set(key, []);
        this.byFeature.get(key).push(tag);
      }
      this._record(tag);
      this._changedTags.add(def.id);
    }
    this._schedule();
  }

  setFeeds(list) {
    this.feeds.clear();
    for (const feed of list) this.feeds.set(feed.enterpriseId, feed);
    this._feedsChanged = true;
    this._schedule();
  }

  /** Subscribes to the socket's tag and feed messages ('snapshot', 'update'); returns this. */
  listenTo(socket) {
    for (const type of ['snapshot', 'update']) socket.on(type, (msg) => this.applyMessage(msg));
    return this;
  }

  /** Applies one socket message; returns false for a type this page does not know (ignored). */
  applyMessage(msg) {
    if (!msg || (msg.type !== 'snapshot' && msg.type !== 'update')) return false;
    if (Number.isFinite(msg.serverMs)) this.serverOffsetMs = msg.serverMs - Date.now();
    for (const live of msg.tags || []) this._applyTag(live);
    if (Array.isArray(msg.feeds)) {
      if (msg.type === 'snapshot') this.feeds.clear();
      for (const feed of msg.feeds) this.feeds.set(feed.enterpriseId, feed);
      this._feedsChanged = true;
    }
    this._schedule();
    return true;
  }

  _applyTag(live) {
    if (!live || typeof live.id !== 'string') return;
    let tag = this.tags.get(live.id);
    if (!tag) {
      tag = { id: live.id };
      this.tags.set(live.id, tag);
    }
    for (const f of LIVE_FIELDS) if (f in live) tag[f] = live[f];
    this._record(tag);
    this._changedTags.add(live.id);
  }

  _record(tag) {
    const t = Number.isFinite(tag.ts) ? tag.ts : tag.rx;
    const v = typeof tag.v === 'boolean' ? (tag.v ? 1 : 0) : tag.v;
    if (!Number.isFinite(t) || typeof v !== 'number' || !Number.isFinite(v)) return;
    let points = this._trends.get(tag.id);
    if (!points) this._trends.set(tag.id, (points = []));
    const last = points[points.length - 1];
    if (last && last[0] === t) return;
    points.push([t, v]);
    const cutoff = t - this.trendWindowMs;
    let drop = Math.max(0, points.length - this.trendMaxPoints);
    while (drop < points.length && points[drop][0] < cutoff) drop++;
    if (drop > 0) points.splice(0, drop);
  }

  /** The accumulated [tsMs, value] points of a tag, oldest first (do not modify). */
  trend(tagId) {
    return this._trends.get(tagId) || [];
  }

  /** The tags that belong to a map feature (GeoJSON ids may be numbers; they are matched as strings). */
  tagsOfFeature(featureId) {
    return this.byFeature.get(String(featureId)) || [];
  }

  /** Server time now, estimated from the last message's serverMs. */
  nowMs() {
    return Date.now() + this.serverOffsetMs;
  }

  /** `fn(changedTagIds: Set)` once per frame with changes; returns an unsubscribe function. */
  onTags(fn) {
    this._tagListeners.add(fn);
    return () => this._tagListeners.delete(fn);
  }

  /** `fn(feeds: Map)` once per frame when feeds changed. */
  onFeeds(fn) {
    this._feedListeners.add(fn);
    return () => this._feedListeners.delete(fn);
  }

  _schedule() {
    if (this._scheduled) return;
    this._scheduled = true;
    // rAF does not run in hidden tabs; a timer keeps state current there at a low rate.
    const run = () => this._flush();
    if (document.hidden) setTimeout(run, 1000);
    else requestAnimationFrame(run);
  }

  _flush() {
    this._scheduled = false;
    if (this._changedTags.size) {
      const changed = this._changedTags;
      this._changedTags = new Set();
      this._tagListeners.forEach((fn) => fn(changed));
    }
    if (this._feedsChanged) {
      this._feedsChanged = false;
      this._feedListeners.forEach((fn) => fn(this.feeds));
    }
  }
}
