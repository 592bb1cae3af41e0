/**
 * The enterprise registry page (一企一档) from the menu: the enterprises on the left, the chosen enterprise's file on
 * the right — licences (validity, expiring soon), duty contacts, risk colour history, blacklist. With
 * `registry:write` licences and contacts are added, edited in place and deleted (the server validates, audits and
 * answers 4xx with a message, shown in the status line). Hooks: `#registry-page`, `[data-enterprise-id]`,
 * `tr[data-entry-id]`, `button[data-action]`.
 */
import { getJson, sendJson } from '../api.js';
import { t, localName } from '../i18n/index.js';
import { h } from '../ui/dom.js';
import { formatDay } from '../format.js';
import { RISK_COLOURS } from '../hazard/api.js';
import { AdminPage, problem } from './page.js';

const enc = encodeURIComponent;
const LICENCE_FIELDS = [['kind', 'text'], ['number', 'text'], ['validFrom', 'date'], ['validUntil', 'date']];
const CONTACT_FIELDS = [['name', 'text'], ['role', 'text'], ['phone', 'tel']];

export class RegistryPage {
  constructor(container, { canWrite }) {
    this.page = new AdminPage(container, 'registry-page', 'reg.title');
    this.canWrite = canWrite;
    this.enterprises = [];
    this.file = null;
    this.editing = null; // `${list}:${entryId}` or `${list}:new`
  }

  async show(enterpriseId) {
    this.page.show();
    try {
      this.enterprises = await getJson('api/registry/enterprises');
      const id = enterpriseId || (this.file && this.file.id) || (this.enterprises[0] && this.enterprises[0].id);
      if (id) await this.load(id); else this.render();
    } catch (e) { this.page.say(problem(e)); }
  }

  async load(id) {
    this.file = await getJson(`api/registry/enterprises/${enc(id)}`);
    this.editing = null;
    this.render();
  }

  render() {
    this.page.renderChrome();
    if (this.page.root.hidden) return;
    const list = h('ul', { class: 'reg-list' }, this.enterprises.map((e) => h('li', {},
      h('button', { type: 'button', class: this.file && this.file.id === e.id ? 'on' : '', dataset: { enterpriseId: e.id },
        onclick: () => this.load(e.id).catch((err) => this.page.say(problem(err))) },
      h('span', { class: 'hz-risk', style: `background:${RISK_COLOURS[e.riskColour.id]}` }, t(`hz.risk.${e.riskColour.id}`)),
      ` ${localName(e, e.id)}`))));
    this.page.fill(h('div', { class: 'reg-layout' }, list, this.file ? this.fileView(this.file) : h('p', {}, t('hz.ent.none'))));
  }

  fileView(f) {
    return h('div', { class: 'reg-file', dataset: { enterpriseId: f.id } },
      h('h3', {}, localName(f, f.id), f.blacklisted ? h('span', { class: 'hz-flag hz-listed' }, t('hz.ent.blacklisted')) : ''),
      h('p', {}, `${t('hz.ent.creditCode')}: ${f.creditCode} · ${t('hz.ent.address')}: ${f.address}`),
      this.editable('licences', t('hz.ent.licences'), LICENCE_FIELDS, f.licences, (l) => [l.kind, l.number,
        formatDay(l.validFrom), h('span', {}, formatDay(l.validUntil),
          l.expiringSoon ? h('span', { class: 'hz-flag hz-soon' }, t('hz.ent.expiringSoon')) : '',
          !l.valid ? h('span', { class: 'hz-flag hz-listed' }, t('reg.expired')) : '')]),
      this.editable('contacts', t('hz.ent.contacts'), CONTACT_FIELDS, f.contacts, (c) => [c.name, c.role, c.phone]),
      h('section', {}, h('h4', {}, t('hz.ent.colourHistory')), table([t('hz.ent.colour'), t('hz.ent.since'), t('hz.ent.reason')],
        f.colourHistory.slice().reverse().map((c) => h('tr', {}, h('td', {}, h('span', { class: 'hz-risk',
          style: `background:${RISK_COLOURS[c.colour]}` }, t(`hz.risk.${c.colour}`))), h('td', {}, formatDay(c.since)),
        h('td', {}, c.reason))))),
      h('section', {}, h('h4', {}, t('hz.ent.blacklist')), table([t('hz.ent.listedOn'), t('hz.ent.reason'), t('hz.ent.removedOn')],
        f.blacklist.map((b) => h('tr', { class: b.active ? 'hz-listed' : '' }, h('td', {}, formatDay(b.listedOn)),
          h('td', {}, b.reason), h('td', {}, b.removedOn ? `${formatDay(b.removedOn)}${b.removalReason ? ` (${b.removalReason})` : ''}`
            : t('hz.ent.stillListed')))))));
  }

  /** A table of licences or contacts with edit/delete per row and an "add" row (when the role may write). */
  editable(list, title, fields, entries, cells) {
    const head = fields.map(([name]) => t(`reg.${list}.${name}`));
    const rows = entries.map((entry) => (this.editing === `${list}:${entry.id}` ? this.formRow(list, fields, entry)
      : h('tr', { dataset: { entryId: entry.id } }, cells(entry).map((c) => h('td', {}, c)),
        this.canWrite ? h('td', { class: 'reg-actions' },
          h('button', { type: 'button', dataset: { action: 'edit' }, onclick: () => { this.editing = `${list}:${entry.id}`; this.render(); } }, t('reg.edit')),
          deleteButton(() => this.remove(list, entry))) : null)));
    if (this.editing === `${list}:new`) rows.push(this.formRow(list, fields, null));
    return h('section', { dataset: { list } }, h('h4', {}, title,
      this.canWrite ? h('button', { type: 'button', class: 'reg-add', dataset: { action: 'add' },
        onclick: () => { this.editing = `${list}:new`; this.render(); } }, t('reg.add')) : null),
    entries.length || rows.length ? table(this.canWrite ? [...head, ''] : head, rows) : h('p', { class: 'hz-none' }, t('hz.ent.none')));
  }

  formRow(list, fields, entry) {
    const inputs = fields.map(([name, type]) => h('input', { name, type, value: entry ? entry[name] ?? '' : '',
      placeholder: t(`reg.${list}.${name}`), maxlength: 100 }));
    const save = async () => {
      const body = Object.fromEntries(inputs.map((i) => [i.name, i.value.trim()]));
      const base = `api/registry/enterprises/${enc(this.file.id)}/${list}`;
      try {
        if (entry) await sendJson('PUT', `${base}/${enc(entry.id)}`, body); else await sendJson('POST', base, body);
        this.page.say(t('reg.saved'), 'ok');
        await this.load(this.file.id);
      } catch (e) { this.page.say(problem(e)); }
    };
    return h('tr', { class: 'reg-form', dataset: { entryId: entry ? entry.id : 'new' } }, inputs.map((i) => h('td', {}, i)),
      h('td', { class: 'reg-actions' }, h('button', { type: 'button', dataset: { action: 'save' }, onclick: save }, t('reg.save')),
        h('button', { type: 'button', dataset: { action: 'cancel' }, onclick: () => { this.editing = null; this.render(); } }, t('reg.cancel'))));
  }

  async remove(list, entry) {
    const label = list === 'licences' ? `${entry.kind} ${entry.number}` : `${entry.name} ${entry.phone}`;
    try {
      await sendJson('DELETE', `api/registry/enterprises/${enc(this.file.id)}/${list}/${enc(entry.id)}`);
      this.page.say(t('reg.deleted', { what: label }), 'ok');
      await this.load(this.file.id);
    } catch (e) { this.page.say(problem(e)); }
  }
}

/** A delete button that asks once more in place (a second click confirms; no blocking dialog). */
export function deleteButton(onConfirm) {
  const b = h('button', { type: 'button', dataset: { action: 'delete' } }, t('reg.delete'));
  b.onclick = () => {
    if (b.dataset.action === 'confirm-delete') { onConfirm(); return; }
    b.dataset.action = 'confirm-delete';
    b.textContent = t('reg.confirmDelete');
    b.classList.add('danger');
  };
  return b;
}

function table(head, rows) {
  return h('table', { class: 'hz-table reg-table' }, h('thead', {}, h('tr', {}, head.map((x) => h('th', {}, x)))),
    h('tbody', {}, rows));
}
