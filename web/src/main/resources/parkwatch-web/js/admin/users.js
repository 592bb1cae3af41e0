/**
 * User administration from the menu (`user:admin`): the users with role, enterprise and state; add a user, change
 * role, enterprise and display name, reset the password (the user must replace it at the next login), disable
 * (lock) and enable, delete. Password rules are shown and checked before anything is sent; the server checks them
 * again and its 4xx messages appear in the status line. Hooks: `#users-page`, `tr[data-username]`,
 * `button[data-action]`, `form[data-form]`.
 */
import { getJson, sendJson } from '../api.js';
import { t, localName } from '../i18n/index.js';
import { h } from '../ui/dom.js';
import { formatDateTime } from '../format.js';
import { AdminPage, problem } from './page.js';
import { passwordRules, ruleList } from './password.js';
import { deleteButton } from './registry.js';

const enc = encodeURIComponent;
const ROLES = ['admin', 'operator', 'regulator', 'enterprise'];
const FOREVER = null; // lockedUntil of an administrator's lock

export class UsersPage {
  constructor(container, { me }) {
    this.page = new AdminPage(container, 'users-page', 'usr.title');
    this.me = me;
    this.users = [];
    this.enterprises = [];
    this.policy = { minLength: 12, maxLength: 256 };
    this.form = null; // { kind: 'add' | 'edit' | 'password', user }
  }

  async show() {
    this.page.show();
    try {
      const [users, enterprises, policy] = await Promise.all([getJson('api/users'),
        getJson('api/registry/enterprises').catch(() => []), getJson('api/auth/password-policy').catch(() => this.policy)]);
      Object.assign(this, { users, enterprises, policy });
      this.render();
    } catch (e) { this.page.say(problem(e)); }
  }

  async act(request, okKey, params) {
    try {
      await request();
      this.form = null;
      this.page.say(t(okKey, params), 'ok');
      this.users = await getJson('api/users');
      this.render();
    } catch (e) { this.page.say(problem(e)); }
  }

  enterpriseName(id) {
    const e = this.enterprises.find((x) => x.id === id);
    return e ? localName(e, id) : id || '—';
  }

  state(u) {
    if (u.locked && u.lockedUntil === FOREVER) return t('usr.disabled');
    if (u.locked) return t('usr.lockedUntil', { time: formatDateTime(u.lockedUntil) });
    return t('usr.active');
  }

  render() {
    this.page.renderChrome();
    if (this.page.root.hidden) return;
    const head = ['usr.username', 'usr.displayName', 'usr.role', 'usr.enterprise', 'usr.state', 'usr.changed', '']
      .map((k) => h('th', {}, k ? t(k) : ''));
    const rows = this.users.map((u) => h('tr', { dataset: { username: u.username, locked: String(u.locked) } },
      h('td', {}, u.username), h('td', {}, u.displayName), h('td', {}, t(`role.${u.role}`)),
      h('td', {}, u.role === 'enterprise' ? this.enterpriseName(u.enterpriseId) : '—'),
      h('td', {}, this.state(u), u.mustChangePassword ? h('span', { class: 'hz-flag hz-soon' }, t('usr.mustChange')) : ''),
      h('td', {}, formatDateTime(u.changed)),
      h('td', { class: 'reg-actions' }, ...this.actions(u))));
    this.page.fill(
      h('p', {}, h('button', { type: 'button', class: 'reg-add', dataset: { action: 'add' },
        onclick: () => { this.form = { kind: 'add' }; this.render(); } }, t('usr.add'))),
      this.form ? this.formView(this.form) : null,
      h('table', { class: 'hz-table reg-table' }, h('thead', {}, h('tr', {}, head)), h('tbody', {}, rows)));
  }

  actions(u) {
    const base = `api/users/${enc(u.username)}`;
    const self = u.username === this.me.username;
    return [
      h('button', { type: 'button', dataset: { action: 'edit' }, onclick: () => { this.form = { kind: 'edit', user: u }; this.render(); } }, t('reg.edit')),
      h('button', { type: 'button', dataset: { action: 'reset' }, onclick: () => { this.form = { kind: 'password', user: u }; this.render(); } }, t('usr.reset')),
      self ? null : u.locked
        ? h('button', { type: 'button', dataset: { action: 'enable' }, onclick: () => this.act(() => sendJson('POST', `${base}/unlock`), 'usr.enabled', { name: u.username }) }, t('usr.enable'))
        : h('button', { type: 'button', dataset: { action: 'disable' }, onclick: () => this.act(() => sendJson('POST', `${base}/lock`), 'usr.disabledOk', { name: u.username }) }, t('usr.disable')),
      self ? null : deleteButton(() => this.act(() => sendJson('DELETE', base), 'usr.deleted', { name: u.username })),
    ];
  }

  formView({ kind, user }) {
    const field = (key, input) => h('label', {}, h('span', {}, t(key)), input);
    const fields = [];
    const values = {};
    if (kind === 'add') fields.push(field('usr.username', values.username = h('input', { name: 'username', required: true, maxlength: 64, pattern: '[a-z0-9][a-z0-9._\\-]{1,63}' })));
    if (kind !== 'password') {
      values.displayName = h('input', { name: 'displayName', maxlength: 200, value: user ? user.displayName : '' });
      values.role = h('select', { name: 'role' }, ROLES.map((r) => h('option', { value: r, selected: user && user.role === r }, t(`role.${r}`))));
      values.enterpriseId = h('select', { name: 'enterpriseId' }, this.enterprises.map((e) =>
        h('option', { value: e.id, selected: user && user.enterpriseId === e.id }, localName(e, e.id))));
      const enterpriseField = field('usr.enterprise', values.enterpriseId);
      const sync = () => { enterpriseField.hidden = values.role.value !== 'enterprise'; };
      values.role.addEventListener('change', sync);
      sync();
      fields.push(field('usr.displayName', values.displayName), field('usr.role', values.role), enterpriseField);
    }
    let rules = null;
    if (kind !== 'edit') {
      values.password = h('input', { name: 'password', type: 'password', autocomplete: 'new-password', maxlength: 256 });
      values.repeat = h('input', { name: 'repeat', type: 'password', autocomplete: 'new-password', maxlength: 256 });
      rules = ruleList(passwordRules(this.policy, false));
      fields.push(field('pw.new', values.password), field('pw.repeat', values.repeat), h('p', { class: 'pw-rules-title' }, t('pw.rules')), rules);
    }
    const submit = h('button', { type: 'submit', disabled: Boolean(rules) }, t('reg.save'));
    if (rules) [values.password, values.repeat].forEach((i) => i.addEventListener('input', () => {
      submit.disabled = !rules.update('', values.password.value, values.repeat.value);
    }));
    const form = h('form', { class: 'adm-form', dataset: { form: kind } },
      h('h3', {}, t(`usr.form.${kind}`, { name: user ? user.username : '' })), ...fields,
      h('div', { class: 'pw-actions' }, submit, h('button', { type: 'button', onclick: () => { this.form = null; this.render(); } }, t('reg.cancel'))));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      if (rules && !rules.update('', values.password.value, values.repeat.value)) return;
      this.submit(kind, user, values);
    });
    return form;
  }

  submit(kind, user, v) {
    const profile = () => ({ role: v.role.value, displayName: v.displayName.value.trim() || undefined,
      enterpriseId: v.role.value === 'enterprise' ? v.enterpriseId.value : undefined });
    if (kind === 'add') {
      const name = v.username.value.trim();
      this.act(() => sendJson('POST', 'api/users', { username: name, password: v.password.value, ...profile() }), 'usr.added', { name });
    } else if (kind === 'edit') {
      this.act(() => sendJson('PUT', `api/users/${enc(user.username)}`, profile()), 'usr.changedOk', { name: user.username });
    } else {
      this.act(() => sendJson('POST', `api/users/${enc(user.username)}/password`, { password: v.password.value }), 'usr.resetOk', { name: user.username });
    }
  }
}
