/**
 * A full-height page over the map for the menu's administration views (registry, users): a header with the title
 * and a close button, a status line for errors the server sent, and a body the view fills. Text only, never HTML.
 */
import { t } from '../i18n/index.js';
import { h, replaceChildren } from '../ui/dom.js';

export class AdminPage {
  /** @param id element id and `data-page` hook; @param titleKey dictionary key of the title */
  constructor(container, id, titleKey) {
    this.titleKey = titleKey;
    this.title = h('h2', {});
    this.closeButton = h('button', { type: 'button', class: 'adm-close', onclick: () => this.close() });
    this.status = h('p', { class: 'adm-status', role: 'alert', hidden: true });
    this.body = h('div', { class: 'adm-body' });
    this.root = h('section', { id, class: 'adm-page', hidden: true, dataset: { page: id } },
      h('header', {}, this.title, this.closeButton), this.status, this.body);
    container.append(this.root);
    this.renderChrome();
  }

  renderChrome() {
    this.title.textContent = t(this.titleKey);
    this.closeButton.textContent = t('adm.close');
  }

  get open() { return !this.root.hidden; }

  show() { this.root.hidden = false; }

  close() { this.root.hidden = true; this.say(null); }

  /** Shows a message (an ApiError's server text, or a translated line); null hides it. */
  say(message, kind = 'error') {
    this.status.hidden = !message;
    this.status.textContent = message || '';
    this.status.dataset.kind = kind;
  }

  fill(...children) { replaceChildren(this.body, ...children); }
}

/** The server's message of a failed request (ApiError.detail), else its text. */
export function problem(e) {
  return e && (e.detail || e.message) ? String(e.detail || e.message) : String(e);
}
