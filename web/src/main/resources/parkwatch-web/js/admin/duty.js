/**
 * The duty page (值班) from the menu: who is on duty now (the roster's escalation order), the day's duty report
 * figures with its printable HTML and DOCX exports, the duty log (值班日志) with a form to write in it, and the
 * messages of an incident with their delivery state and an "acknowledge" button. The server validates, authorises
 * and names every problem; this page shows it in the status line. Hooks: `#duty-page`, `[data-figure]`,
 * `form[data-action=log]`, `tr[data-message-id]`.
 */
import { getJson, sendJson } from '../api.js';
import { t } from '../i18n/index.js';
import { h } from '../ui/dom.js';
import { formatDateTime, formatTime, formatNumber } from '../format.js';
import { AdminPage, problem } from './page.js';

const enc = encodeURIComponent;
const FIGURES = ['alarmsRaised', 'incidents', 'drills', 'notifications', 'messages', 'messagesFailed',
  'notificationsAcknowledged', 'escalations', 'log'];


export class DutyPage {
  constructor(container, { canWrite }) {
    this.page = new AdminPage(container, 'duty-page', 'duty.title');
    this.canWrite = canWrite;
    // null until the first load: the server answers with the park's day (its time zone, not the browser's)
    this.day = null;
    this.roster = null;
    this.report = null;
    this.incident = '';
    this.messages = [];
  }

  async show() {
    this.page.show();
    await this.load();
  }

  async load() {
    try {
      [this.roster, this.report] = await Promise.all([getJson('api/notify/roster'),
        getJson(this.day ? `api/duty/report?date=${enc(this.day)}` : 'api/duty/report')]);
      this.day = this.report.day;
      this.messages = this.incident ? await getJson(`api/notify/messages?incident=${enc(this.incident)}`) : [];
      this.render();
    } catch (e) { this.page.say(problem(e)); }
  }

  render() {
    this.page.renderChrome();
    if (this.page.root.hidden || !this.roster || !this.report) return;
    const people = new Map(this.roster.people.map((p) => [p.id, p]));
    const onDuty = h('ol', { class: 'duty-now' }, this.roster.onDutyNow.map((id) => h('li', {},
      `${people.get(id).name} · ${people.get(id).role || ''}`)));
    const date = h('input', { type: 'date', value: this.day });
    date.onchange = () => { this.day = date.value || null; this.load(); };
    const r = this.report;
    const value = (k) => (Array.isArray(r[k]) ? r[k].length : r[k]);
    const figures = table([t('duty.figure'), t('duty.value')], FIGURES.map((k) => h('tr', { dataset: { figure: k } },
      h('td', {}, t(`duty.fig.${k}`)), h('td', {}, formatNumber(value(k), 0)))));
    const exports = h('p', {},
      h('a', { href: `api/export/duty-report.html?date=${enc(this.day)}`, target: '_blank', rel: 'noopener' }, t('duty.printable')),
      ' · ',
      h('a', { href: `api/export/duty-report.docx?date=${enc(this.day)}` }, t('duty.docx')));
    const log = table([t('duty.time'), t('duty.author'), t('duty.text'), t('duty.incident')],
      r.log.map((e) => h('tr', {}, h('td', {}, formatTime(e.timeMs)), h('td', {}, e.author), h('td', {}, e.text),
        h('td', {}, e.incidentId || ''))));
    this.page.fill(h('div', { class: 'duty-layout' },
      h('section', {}, h('h3', {}, t('duty.onDuty')), onDuty),
      h('section', {}, h('h3', {}, t('duty.report')), date, figures, exports),
      h('section', {}, h('h3', {}, t('duty.log')), log, this.canWrite ? this.logForm() : null),
      h('section', {}, h('h3', {}, t('duty.messages')), this.messageView())));
  }

  logForm() {
    const text = h('textarea', { name: 'text', maxlength: 4000, rows: 2, placeholder: t('duty.text') });
    const incident = h('input', { name: 'incidentId', type: 'text', maxlength: 128, placeholder: t('duty.incident') });
    const form = h('form', { dataset: { action: 'log' } }, text, incident, h('button', { type: 'submit' }, t('duty.add')));
    form.onsubmit = async (ev) => {
      ev.preventDefault();
      try {
        await sendJson('POST', 'api/duty/log', { text: text.value, incidentId: incident.value.trim() || null });
        this.page.say(t('duty.saved'), 'ok');
        await this.load();
      } catch (e) { this.page.say(problem(e)); }
    };
    return form;
  }

  messageView() {
    const input = h('input', { type: 'text', value: this.incident, placeholder: t('duty.incident'), maxlength: 128 });
    const go = h('button', { type: 'button', onclick: () => { this.incident = input.value.trim(); this.load(); } }, t('duty.show'));
    const rows = this.messages.map((m) => h('tr', { dataset: { messageId: m.id } },
      h('td', {}, formatDateTime(m.createdMs)), h('td', {}, m.personName), h('td', {}, t(`duty.channel.${m.channel}`)),
      h('td', { class: `duty-state-${m.state}` }, t(`duty.state.${m.state}`), m.reason ? ` (${m.reason})` : ''),
      h('td', {}, this.canWrite && m.state !== 'acknowledged'
        ? h('button', { type: 'button', onclick: () => this.acknowledge(m.id) }, t('duty.ack')) : (m.ackBy || ''))));
    return h('div', {}, input, go, rows.length ? table([t('duty.time'), t('duty.person'), t('duty.channel'),
      t('duty.state'), ''], rows) : null);
  }

  async acknowledge(id) {
    try {
      await sendJson('POST', `api/notify/messages/${enc(id)}/ack`, {});
      await this.load();
    } catch (e) { this.page.say(problem(e)); }
  }
}

function table(head, rows) {
  return h('table', { class: 'hz-table' }, h('thead', {}, h('tr', {}, head.map((x) => h('th', {}, x)))), h('tbody', {}, rows));
}
