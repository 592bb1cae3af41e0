/**
 * The safety status of the public display: one word (正常 / 关注 / 警戒) with a reassuring sentence, never details.
 * The header badge shows the same status on every view.
 */
import { tr } from './i18n.js';
import { h, replaceChildren } from '../ui/dom.js';
import { lang } from '../i18n/index.js';

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
    this.commitments = Array.isArray(data.status?.commitments) ? data.status.commitments : [];
    this.render();
  }

  shown() {}

  /** Each enterprise's daily safety commitment (issue 15): declared or not, safe state yes or no; nothing else. */
  renderCommitments() {
    const board = this.section.querySelector('.commit-board');
    const list = this.commitments || [];
    board.hidden = list.length === 0;
    const state = (c) => (!c.declared ? 'missing' : c.safeState ? 'safe' : 'unsafe');
    replaceChildren(board.querySelector('.commit-list'), list.map((c) => h('li', { dataset: { commit: state(c) } },
      h('span', { class: 'commit-name', text: (lang() === 'en' ? c.nameEn : c.nameZh) || '' }),
      h('span', { class: 'commit-state', text: tr(`commit.${state(c)}`) }))));
    board.dataset.declared = String(list.filter((c) => c.declared).length);
  }

  render() {
    for (const el of [this.section, this.badge, document.body]) el.dataset.status = this.status;
    this.section.querySelector('.status-word').textContent = tr(`status.${this.status}`);
    this.section.querySelector('.status-explain').textContent = tr(`status.explain.${this.status}`);
    this.badge.textContent = tr(`status.${this.status}`);
    const days = this.section.querySelector('.status-days');
    days.hidden = this.days === null;
    days.textContent = this.days === null ? '' : tr('status.days', { n: this.days });
    this.renderCommitments();
    this.section.dataset.state = 'ready';
  }
}
