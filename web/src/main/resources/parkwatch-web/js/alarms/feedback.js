/**
 * The feedback form (issue 18, 反馈): an enterprise user (or operator) answers an alarm with the cause, the disposal
 * and an optional photo. The photo is checked here for type and size before it is sent (the server checks again, by
 * its bytes). Test hooks: `#feedback-form[data-alarm-id]`, `#feedback-cause`, `#feedback-disposal`,
 * `#feedback-photo`, `[data-action=feedback-send]`.
 */
import { alarmName } from './names.js';
import { h, replaceChildren } from '../ui/dom.js';
import { localName } from '../i18n/index.js';
import { tr } from './i18n.js';
import { alarmApi } from './api.js';

/** Largest photo sent, bytes (the server's FeedbackPhotoCheck.MAX_BYTES). */
export const MAX_PHOTO_BYTES = 512 * 1024;
const TYPES = ['image/jpeg', 'image/png'];

function readBase64(file) {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

export class FeedbackForm {
  /** @param hooks {onSent(feedback), onError(message)} */
  constructor(root, hooks) {
    this.root = root;
    this.hooks = hooks;
    this.alarm = null;
    root.hidden = true;
  }

  open(alarm) {
    this.alarm = alarm;
    this.render();
  }

  close() {
    this.alarm = null;
    this.root.hidden = true;
  }

  render() {
    const a = this.alarm;
    if (!a) return;
    const error = h('p', { class: 'feedback-error', role: 'alert' });
    const cause = h('textarea', { id: 'feedback-cause', rows: 2, maxlength: 1000 });
    const disposal = h('textarea', { id: 'feedback-disposal', rows: 2, maxlength: 1000 });
    const photo = h('input', { id: 'feedback-photo', type: 'file', accept: TYPES.join(',') });
    const submit = async (e) => {
      e.preventDefault();
      error.textContent = '';
      if (!cause.value.trim() || !disposal.value.trim()) { error.textContent = tr('feedback.required'); return; }
      const body = { cause: cause.value.trim(), disposal: disposal.value.trim() };
      const file = photo.files && photo.files[0];
      if (file) {
        if (!TYPES.includes(file.type)) { error.textContent = tr('feedback.badType'); return; }
        if (file.size > MAX_PHOTO_BYTES) { error.textContent = tr('feedback.tooBig', { kb: Math.ceil(file.size / 1024) }); return; }
        body.photo = { type: file.type, base64: await readBase64(file) };
      }
      try {
        const sent = await alarmApi.sendFeedback(a.id, body);
        this.close();
        this.hooks.onSent(sent);
      } catch (err) {
        error.textContent = tr('alarms.failed', { msg: err.message });
      }
    };
    const name = alarmName(a);
    replaceChildren(this.root,
      h('header', {}, h('h2', { title: name }, `${tr('feedback.title')} · ${name}`),
        h('button', { type: 'button', class: 'close', title: tr('incident.cancel'), onclick: () => this.close() }, '×')),
      h('form', { onsubmit: submit },
        h('label', {}, tr('feedback.cause'), cause),
        h('label', {}, tr('feedback.disposal'), disposal),
        h('label', {}, tr('feedback.photo'), photo),
        error,
        h('button', { type: 'submit', dataset: { action: 'feedback-send' } }, tr('feedback.send'))));
    this.root.dataset.alarmId = a.id;
    this.root.hidden = false;
  }
}
