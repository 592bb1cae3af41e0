/**
 * The login form and the user menu. The form is shown when the server says there is no session (401); a good login
 * resolves with the session (`{username, role, displayName, csrfToken, permissions}`). Everything the server sends is
 * inserted as text.
 */
import { auth, setCsrfToken } from '../api.js';
import { t } from '../i18n/index.js';
import { h } from './dom.js';
import { changePassword } from '../admin/password.js';

const $ = (id) => document.getElementById(id);

/**
 * The login form, the same on every page that needs a session: made here once, not copied into each page's HTML.
 * Its texts carry `data-i18n`, so a page's language switch relabels it like the rest of the page.
 */
function loginSection() {
  const label = (key, input) => h('label', {}, h('span', { dataset: { i18n: key } }, t(key)), input);
  return h('section', { id: 'login', class: 'login', hidden: true },
    h('form', { id: 'login-form', class: 'login-form' },
      h('div', { class: 'login-head' },
        h('h2', { dataset: { i18n: 'login.title' } }, t('login.title')),
        h('button', { id: 'login-lang', type: 'button', class: 'lang-switch' })),
      label('login.username', h('input', { id: 'login-username', name: 'username', autocomplete: 'username',
        required: true, maxlength: 64 })),
      label('login.password', h('input', { id: 'login-password', name: 'password', type: 'password',
        autocomplete: 'current-password', required: true, maxlength: 256 })),
      h('p', { id: 'login-error', class: 'login-error', role: 'alert', hidden: true }),
      h('button', { id: 'login-submit', type: 'submit', dataset: { i18n: 'login.submit' } }, t('login.submit'))));
}

// module scripts run once the document is parsed: the form is on the page before any page script looks for it
if (!$('login')) document.body.append(loginSection());

/** Shows the login form until a login succeeds; resolves with the session. */
export function showLogin() {
  const section = $('login');
  const form = $('login-form');
  const error = $('login-error');
  section.hidden = false;
  document.body.dataset.auth = 'login';
  $('login-username').focus();
  return new Promise((resolve) => {
    const submit = async (event) => {
      event.preventDefault();
      error.hidden = true;
      $('login-submit').disabled = true;
      try {
        const me = await auth.login($('login-username').value.trim(), $('login-password').value);
        form.removeEventListener('submit', submit);
        $('login-password').value = '';
        section.hidden = true;
        resolve(me);
      } catch (e) {
        error.textContent = e.status === 401 ? t('login.failed') : e.status === 429 ? t('login.limited')
          : t('login.error', { msg: e.detail || e.message });
        error.hidden = false;
      } finally {
        $('login-submit').disabled = false;
      }
    };
    form.addEventListener('submit', submit);
  });
}

/**
 * The current session, or the login form first when there is none. A generated or administrator-set password must
 * be replaced first (the server refuses everything else until then), so the forced change comes before the page.
 */
export async function ensureSession() {
  let me;
  try {
    me = await auth.me();
  } catch (e) {
    if (e.status !== 401) throw e;
    me = await showLogin();
  }
  adopt(me);
  while (me.mustChangePassword) {
    const changed = await changePassword({ forced: true });
    if (changed) { me = changed; adopt(me); }
  }
  return me;
}

/**
 * Makes the session the page's: the CSRF token for writes, the role and permissions on <body> (CSS hides actions
 * the role lacks; the server refuses them anyway), and the user menu.
 */
export function adopt(me) {
  setCsrfToken(me.csrfToken);
  document.body.dataset.auth = 'ok';
  document.body.dataset.role = me.role;
  document.body.dataset.perms = (me.permissions || []).join(' ');
  renderUserMenu(me);
  $('logout').onclick = async () => {
    try { await auth.logout(); } finally { location.reload(); }
  };
}

/** The user's name and role label, and the "change password" button (re-run on language change). */
export function renderUserMenu(me) {
  let button = $('change-password');
  if (!button) {
    button = h('button', { id: 'change-password', type: 'button', class: 'logout' });
    button.onclick = () => changePassword().then((fresh) => { if (fresh) adopt(fresh); });
    $('logout').before(button);
  }
  button.textContent = t('pw.title');
  $('user-name').textContent = me.displayName || me.username;
  $('user-role').textContent = t(`role.${me.role}`) + (me.enterpriseId ? ` · ${me.enterpriseId}` : '');
  $('user-menu').hidden = false;
}
