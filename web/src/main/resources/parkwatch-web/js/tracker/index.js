/**
 * The regulator's tracker (issue 15) from the menu: the Henan plan's tasks and targets with lead department, deadline,
 * status, a progress bar, the platform's live figures ("no figure on the platform" where it has none) and the
 * progress entries; overdue tasks are highlighted. Regulators and the control room file progress (tracker:write);
 * the quarterly report downloads as printable HTML or Word. Hooks: `#tracker-page`, `tr[data-task-id]`,
 * `[data-figure-key]`, `a[data-export]`, `form[data-action=progress]`, `body[data-tracker]` ("loaded").
 */
import { getJson, sendJson } from '../api.js';
import { lang } from '../i18n/index.js';
import { h } from '../ui/dom.js';
import { formatDay, formatDateTime, formatNumber } from '../format.js';
import { AdminPage, problem } from '../admin/page.js';
import { tr } from './i18n.js';

const enc = encodeURIComponent;

export class TrackerPage {
  constructor(container, { canWrite }) {
    this.page = new AdminPage(container, 'tracker-page', 'menu.tracker');
    this.canWrite = canWrite;
    this.quarter = null;
    this.data = null;
    this.openTask = null;
    // a confirmation shown in the status line, kept as a key so that it follows a language switch
    this.notice = null;
  }

  async show() {
    this.notice = null;
    this.page.show();
    await this.load();
  }

  async load() {
    try {
      this.data = await getJson(this.quarter ? `api/tracker/tasks?quarter=${enc(this.quarter)}` : 'api/tracker/tasks');
      this.quarter = this.data.quarter;
      this.render();
      document.body.dataset.tracker = 'loaded';
    } catch (e) { this.page.say(problem(e)); }
  }

  render() {
    this.page.renderChrome();
    this.page.title.textContent = tr('tracker.title');
    if (this.notice) this.page.say(tr(this.notice), 'ok');
    if (this.page.root.hidden || !this.data) return;
    const d = this.data;
    const done = d.tasks.filter((x) => x.status === 'done').length;
    const overdue = d.tasks.filter((x) => x.overdue).length;
    const language = lang() === 'en' ? 'en' : 'zh';
    const query = `quarter=${enc(d.quarter)}&lang=${language}`;
    const head = h('div', { class: 'trk-head' },
      this.quarterSelect(),
      h('span', { class: 'trk-period' }, tr('tracker.period', { from: formatDay(d.from), to: formatDay(d.to) })),
      h('span', { class: 'trk-summary', dataset: { overdue: String(overdue) } },
        tr('tracker.summary', { n: d.tasks.length, done, overdue })),
      h('span', { class: 'trk-exports' },
        h('a', { href: `api/export/tracker-report.html?${query}`, target: '_blank', rel: 'noopener', dataset: { export: 'html' } },
          tr('tracker.printable')),
        h('a', { href: `api/export/tracker-report.docx?${query}`, dataset: { export: 'docx' } }, tr('tracker.docx'))));
    const rows = [];
    for (const task of d.tasks) {
      rows.push(this.taskRow(task));
      if (this.openTask === task.id) rows.push(this.entryRow(task));
    }
    const table = h('table', { class: 'hz-table trk-table' },
      h('thead', {}, h('tr', {}, ['id', 'task', 'lead', 'deadline', 'status', 'progress', 'figures', 'entries']
        .map((k) => h('th', { class: `trk-col-${k}` }, tr(`tracker.${k}`))))),
      h('tbody', {}, rows));
    this.page.fill(h('div', { class: 'trk-layout' }, head,
      h('div', { class: 'trk-main' }, h('div', { class: 'trk-tasks' }, table,
        h('p', { class: 'trk-note' }, tr('tracker.unverifiedNote'))), this.dailyView(d.dailySafety))));
  }

  quarterSelect() {
    const [y, q] = this.data.quarter.split('Q').map(Number);
    const options = [];
    for (let i = 0, yy = y, qq = q; i < 8; i++) {
      const id = `${yy}Q${qq}`;
      options.push(h('option', { value: id, selected: id === this.data.quarter }, tr('tracker.quarter', { y: yy, q: qq })));
      qq -= 1;
      if (qq === 0) { qq = 4; yy -= 1; }
    }
    const select = h('select', { class: 'trk-quarter', 'aria-label': tr('tracker.quarter', { y, q }) }, options);
    select.onchange = () => { this.quarter = select.value; this.load(); };
    return select;
  }

  taskRow(task) {
    const en = lang() === 'en';
    const u = task.verified ? null : h('span', { class: 'trk-u', title: tr('tracker.unverifiedNote') }, tr('tracker.unverified'));
    const bar = h('div', { class: 'trk-bar', role: 'progressbar', 'aria-valuenow': task.percent, 'aria-valuemin': 0, 'aria-valuemax': 100 },
      h('div', { class: `trk-fill trk-fill-${task.status}`, style: `width:${Math.max(0, Math.min(100, task.percent))}%` }));
    const figures = task.figures.length
      ? h('ul', { class: 'trk-figures' }, task.figures.map((f) => h('li', { dataset: { figureKey: f.key, available: String(f.available) } },
        h('span', { class: 'trk-fig-label' }, en ? f.labelEn : f.labelZh), ' ',
        h('strong', { class: 'trk-fig-value' }, f.available ? (en ? f.textEn : f.textZh) : tr('tracker.noFigure')))))
      : h('span', { class: 'trk-nofigure' }, tr('tracker.noFigure'));
    const toggle = h('button', { type: 'button', class: 'trk-toggle', 'aria-expanded': String(this.openTask === task.id) },
      tr('tracker.entryCount', { n: task.entries.length }));
    toggle.onclick = () => { this.openTask = this.openTask === task.id ? null : task.id; this.render(); };
    return h('tr', { class: task.overdue ? 'trk-overdue' : '', dataset: { taskId: task.id, status: task.status } },
      h('td', { class: 'trk-col-id' }, task.target ? h('span', { class: 'trk-target', title: tr('tracker.target') }, task.id) : task.id),
      h('td', {}, en ? task.titleEn : task.titleZh),
      h('td', {}, en ? task.leadEn : task.leadZh, u ? ' ' : null, u),
      h('td', { class: 'trk-deadline' }, formatDay(task.deadline),
        task.overdue ? h('span', { class: 'trk-badge' }, tr('tracker.overdue')) : null),
      h('td', {}, tr(`tracker.status.${task.status}`)),
      h('td', { class: 'trk-progress' }, bar, h('span', { class: 'trk-pct' }, `${formatNumber(task.percent, 0)}%`)),
      h('td', {}, figures),
      h('td', {}, toggle));
  }

  entryRow(task) {
    const entries = task.entries.length
      ? h('table', { class: 'hz-table trk-entries' },
        h('thead', {}, h('tr', {}, ['time', 'author', 'percent', 'text'].map((k) => h('th', {}, tr(`tracker.entry.${k}`))))),
        h('tbody', {}, [...task.entries].reverse().map((e) => h('tr', {},
          h('td', {}, formatDateTime(e.tsMs)), h('td', {}, e.author), h('td', { class: 'num' }, formatNumber(e.percent, 0)),
          h('td', {}, e.text)))))
      : h('p', {}, tr('tracker.noEntry'));
    return h('tr', { class: 'trk-entry-row', dataset: { entriesOf: task.id } },
      h('td', { colspan: 8 }, entries, this.canWrite ? this.form(task) : null));
  }

  form(task) {
    const text = h('textarea', { name: 'text', maxlength: 2000, rows: 2, placeholder: tr('tracker.form.text') });
    const percent = h('input', { name: 'percent', type: 'number', min: 0, max: 100, step: 1, value: task.percent,
      'aria-label': tr('tracker.form.percent') });
    const form = h('form', { class: 'trk-form', dataset: { action: 'progress' } }, text,
      h('label', {}, tr('tracker.form.percent'), ' ', percent), h('button', { type: 'submit' }, tr('tracker.form.add')));
    form.onsubmit = async (ev) => {
      ev.preventDefault();
      try {
        // the server checks the text and the 0–100 range and names what is wrong
        const p = percent.value === '' ? null : Number(percent.value);
        await sendJson('POST', `api/tracker/tasks/${enc(task.id)}/progress`, { text: text.value, percent: p });
        this.notice = 'tracker.saved';
        await this.load();
      } catch (e) { this.notice = null; this.page.say(problem(e)); }
    };
    return form;
  }

  dailyView(s) {
    const row = (key, v) => h('tr', {}, h('td', {}, tr(`tracker.daily.${key}`)), h('td', { class: 'num' }, v));
    const na = (group) => h('tr', { class: 'trk-na' }, h('td', {}, tr(`tracker.daily.group.${group}`)),
      h('td', {}, tr('tracker.daily.notAvailable')));
    const rows = [];
    if (s.permits) {
      rows.push(row('permits', formatNumber(s.permits.active, 0)), row('hotWorkSpecial', formatNumber(s.permits.hotWorkSpecial, 0)),
        row('hotWorkFirst', formatNumber(s.permits.hotWorkFirst, 0)), row('confinedSpace', formatNumber(s.permits.confinedSpace, 0)));
    } else rows.push(na('permits'));
    if (s.hiddenDangers) {
      const x = s.hiddenDangers;
      rows.push(row('hiddenOpen', formatNumber(x.open, 0)), row('hiddenOverdue', formatNumber(x.overdue, 0)),
        row('hiddenMajor', formatNumber(x.major, 0)), row('rectification', formatNumber(x.rectificationRatePercent, 1)));
    } else rows.push(na('hiddenDangers'));
    if (s.commitments) {
      const c = s.commitments;
      rows.push(row('declared', formatNumber(c.declared, 0)), row('late', formatNumber(c.late, 0)), row('missing', formatNumber(c.missing, 0)));
    } else rows.push(na('commitments'));
    if (s.responsibility) rows.push(row('dutiesOverdue', formatNumber(s.responsibility.overdue, 0)));
    else rows.push(na('responsibility'));
    return h('aside', { class: 'trk-daily', dataset: { day: s.day } },
      h('h3', {}, tr('tracker.daily'), ' ', formatDay(s.day)), h('table', { class: 'hz-table' }, h('tbody', {}, rows)));
  }
}
