/**
 * The safety status of the public display: one word (正常 / 关注 / 警戒) with a reassuring sentence, never details.
 * The header badge shows the same status on every view.
 */
import { tr } from './i18n.js';

const KNOWN = new Set(['normal', 'watch', 'alert', 'pending']);

export class StatusView {
  constructor(section, badge) {
    this.days = null;
    this.section = section;
    this.badge = badge;
    this.status = 'pending';
  }

  update(data) {
    const s = data.status?.status;
    this.status = KNOWN.has(s) ? s : 'pending';
    this.days = Number.isInteger(data.status?.daysSinceIncident) ? data.status.daysSinceIncident : null;
    this.render();
  }

  shown() {}

  render() {
    for (const el of [this.section, this.badge, document.body]) el.dataset.status = this.status;
    this.section.querySelector('.status-word').textContent = tr(`status.${this.status}`);
    this.section.querySelector('.status-explain').textContent = tr(`status.explain.${this.status}`);
    this.badge.textContent = tr(`status.${this.status}`);
    const days = this.section.querySelector('.status-days');
    days.hidden = this.days === null;
    days.textContent = this.days === null ? '' : tr('status.days', { n: this.days });
    this.section.dataset.state = 'ready';
  }
}
