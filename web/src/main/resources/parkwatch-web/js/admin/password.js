/**
 * Changing one's own password: a dialog that shows the rules before anything is sent (from
 * `GET /api/auth/password-policy`), checks them as the user types, and sends `POST /api/auth/password`. The server
 * checks the same rules and answers with the new session (a fresh CSRF token). Forced mode (a generated or
 * administrator-set password, `me.mustChangePassword`) has no cancel: until the change, every other route answers 403.
 * Hooks for tests: `#password-dialog[data-forced]`, `[data-rule][data-ok]`.
 */
import { getJson, postJson, setCsrfToken } from '../api.js';
import { t } from '../i18n/index.js';
import { h } from '../ui/dom.js';

/** The policy of the server, or the issue-7 default when the route cannot be read. */
async function policy() {
  try { return await getJson('api/auth/password-policy'); } catch { return { minLength: 12, maxLength: 256, differsFromCurrent: true }; }
}

/** The rules as [id, text, check(current, next, repeat)] rows; shared with the user administration form. */
export function passwordRules(p, withCurrent = true) {
  const rules = [
    ['length', t('pw.rule.length', { min: p.minLength, max: p.maxLength }),
      (cur, next) => next.length >= p.minLength && next.length <= p.maxLength],
    ['blank', t('pw.rule.blank'), (cur, next) => next.trim().length > 0],
  ];
  if (withCurrent && p.differsFromCurrent) rules.push(['differs', t('pw.rule.differs'), (cur, next) => next !== cur]);
  rules.push(['repeat', t('pw.rule.repeat'), (cur, next, repeat) => next.length > 0 && next === repeat]);
  return rules;
}

/** A live list of the rules: each `li[data-rule]` gets `data-ok` true/false as the user types. */
export function ruleList(rules) {
  const items = rules.map(([id, text]) => h('li', { dataset: { rule: id, ok: 'false' } }, text));
  const el = h('ul', { class: 'pw-rules' }, items);
  el.update = (cur, next, repeat) => rules.every(([, , ok], i) => {
    const pass = ok(cur, next, repeat);
    items[i].dataset.ok = String(pass);
    return pass;
  });
  return el;
}

/**
 * Shows the dialog; resolves with the new session after a change, or null when cancelled (not in forced mode).
 * @param {{forced?: boolean}} options
 */
export async function changePassword({ forced = false } = {}) {
  const rules = passwordRules(await policy());
  const input = (name, auto) => h('input', { name, type: 'password', autocomplete: auto, required: true, maxlength: 256 });
  const current = input('currentPassword', 'current-password');
  const next = input('newPassword', 'new-password');
  const repeat = input('repeatPassword', 'new-password');
  const list = ruleList(rules);
  const error = h('p', { class: 'login-error', role: 'alert', hidden: true });
  const submit = h('button', { type: 'submit', disabled: true }, t('pw.submit'));
  const form = h('form', { class: 'login-form pw-form' },
    h('h2', {}, t(forced ? 'pw.forcedTitle' : 'pw.title')),
    forced ? h('p', { class: 'pw-forced' }, t('pw.forcedText')) : null,
    h('label', {}, h('span', {}, t('pw.current')), current),
    h('label', {}, h('span', {}, t('pw.new')), next),
    h('label', {}, h('span', {}, t('pw.repeat')), repeat),
    h('p', { class: 'pw-rules-title' }, t('pw.rules')), list, error,
    h('div', { class: 'pw-actions' }, submit,
      forced ? null : h('button', { type: 'button', class: 'pw-cancel', onclick: () => done(null) }, t('pw.cancel'))));
  const section = h('section', { id: 'password-dialog', class: 'login', dataset: { forced: String(forced) } }, form);
  document.body.append(section);
  const check = () => { submit.disabled = !list.update(current.value, next.value, repeat.value); };
  [current, next, repeat].forEach((el) => el.addEventListener('input', check));
  current.focus();
  let done;
  return new Promise((resolve) => {
    done = (result) => { section.remove(); resolve(result); };
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      if (!list.update(current.value, next.value, repeat.value)) return;
      error.hidden = true;
      submit.disabled = true;
      try {
        const me = await postJson('api/auth/password', { currentPassword: current.value, newPassword: next.value });
        if (me && me.csrfToken) setCsrfToken(me.csrfToken);
        done(me);
      } catch (e) {
        error.textContent = e.status === 403 ? t('pw.wrongCurrent') : t('pw.failed', { msg: e.detail || e.message });
        error.hidden = false;
        submit.disabled = false;
      }
    });
  });
}
