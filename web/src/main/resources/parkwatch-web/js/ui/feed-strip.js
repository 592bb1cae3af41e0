/**
 * The feed-health strip: one chip per enterprise with its health (ok / degraded / down colour), samples per
 * second, worst bridge lag and stale tag count, updated live from the store. Clicking a chip zooms to the
 * enterprise's plot when it is on the map.
 */
import { t, localName } from '../i18n/index.js';
import { h, replaceChildren } from './dom.js';
import { formatCount, formatDuration } from '../format.js';

/** Sums and worst values over a feed's bridges: samples/s and lag in ms. */
export function feedFigures(feed) {
  const bridges = feed.bridges || [];
  const samplesPerS = bridges.reduce((sum, b) => sum + (Number(b.samplesPerS) || 0), 0);
  const lags = bridges.map((b) => Number(b.lagMs)).filter(Number.isFinite);
  return { samplesPerS, lagMs: lags.length ? Math.max(...lags) : NaN };
}

export class FeedStrip {
  constructor(element, store, { onSelect } = {}) {
    this.element = element;
    this.store = store;
    this.onSelect = onSelect;
    this.chips = new Map();
    store.onFeeds(() => this.update());
  }

  /** Rebuilds all chips (first time and after a language switch). */
  render() {
    this.chips.clear();
    replaceChildren(this.element);
    this.update();
  }

  update() {
    for (const feed of this.store.feeds.values()) {
      let chip = this.chips.get(feed.enterpriseId);
      if (!chip) {
        chip = this.createChip(feed);
        this.chips.set(feed.enterpriseId, chip);
        this.element.append(chip.root);
      }
      this.fill(chip, feed);
    }
    for (const [id, chip] of this.chips) {
      if (!this.store.feeds.has(id)) { chip.root.remove(); this.chips.delete(id); }
    }
  }

  createChip(feed) {
    const chip = {
      dot: h('span', { class: 'dot' }),
      name: h('span', { class: 'name' }),
      rate: h('span', { class: 'rate' }),
      lag: h('span', { class: 'lag' }),
      stale: h('span', { class: 'stale' }),
    };
    chip.root = h('button', { type: 'button', class: 'feed', dataset: { enterpriseId: feed.enterpriseId },
      onclick: () => this.onSelect && this.onSelect(feed.enterpriseId) },
    chip.dot, chip.name, chip.rate, chip.lag, chip.stale);
    return chip;
  }

  fill(chip, feed) {
    const health = ['ok', 'degraded', 'frozen', 'down'].includes(feed.health) ? feed.health : 'down';
    const { samplesPerS, lagMs } = feedFigures(feed);
    const name = localName(feed, feed.enterpriseId);
    chip.root.dataset.health = health;
    chip.root.title = t('feed.title', { name, health: t(`feed.health.${health}`), tags: feed.tags ?? 0,
      stale: feed.staleTags ?? 0, bad: feed.badTags ?? 0 });
    setText(chip.name, name);
    setText(chip.rate, t('feed.rate', { n: formatCount(samplesPerS) }));
    setText(chip.lag, t('feed.lag', { n: formatDuration(lagMs) }));
    setText(chip.stale, feed.staleTags ? t('feed.stale', { n: feed.staleTags }) : '');
  }
}

function setText(el, text) {
  if (el.textContent !== text) el.textContent = text;
}
