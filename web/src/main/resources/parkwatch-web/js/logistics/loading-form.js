/**
 * The pre-loading check form of the enterprise portal (充装前查验, issue 16; Henan plan task 7): the five checks
 * (车、人、证、罐、单) of a truck before loading, saved with `POST api/logistics/loading-checks`, and the recent checks
 * (`GET api/logistics/loading-checks`). A loading without a complete check raises an alarm on the server.
 * Test hooks: `#loading-check`, `#loading-result`.
 */
import { getJson, postJson } from '../api.js';
import { h, replaceChildren } from '../ui/dom.js';
import { formatDateTime } from '../format.js';
import { tr } from './gates-i18n.js';

const CHECKS = [['vehicle', 'loading.vehicle'], ['driver', 'loading.driver'], ['documents', 'loading.documents'],
  ['tank', 'loading.tank'], ['waybill', 'loading.waybill.check']];

export class LoadingCheckPanel {
  constructor(root, enterpriseId) {
    this.root = root;
    this.enterpriseId = enterpriseId;
    this.result = '';
    this.recent = [];
    root.hidden = true;
  }

  toggle() {
    this.root.hidden = !this.root.hidden;
    if (!this.root.hidden) { this.render(); this.load(); }
  }

  load() {
    getJson('api/logistics/loading-checks').then((b) => { this.recent = b.checks || []; this.render(); }).catch(() => {});
  }

  render() {
    if (this.root.hidden) return;
    const plate = h('input', { name: 'plate', required: true, maxlength: 16, 'aria-label': tr('loading.plate') });
    const waybill = h('input', { name: 'waybillId', maxlength: 40, 'aria-label': tr('loading.waybill') });
    const note = h('input', { name: 'note', maxlength: 500, 'aria-label': tr('loading.note') });
    const boxes = CHECKS.map(([key, label]) => {
      const box = h('input', { type: 'checkbox', name: key });
      return { key, box, row: h('label', { class: 'loading-check' }, box, ' ', tr(label)) };
    });
    const form = h('form', { onsubmit: (e) => {
      e.preventDefault();
      const checks = Object.fromEntries(boxes.map((b) => [b.key, b.box.checked]));
      const body = { enterpriseId: this.enterpriseId, plate: plate.value.trim(), checks };
      if (waybill.value.trim()) body.waybillId = waybill.value.trim();
      if (note.value.trim()) body.note = note.value.trim();
      postJson('api/logistics/loading-checks', body).then((c) => {
        this.result = tr('loading.saved', { plate: c.plate, complete: tr(c.complete ? 'loading.complete' : 'loading.incomplete') });
        this.load();
      }).catch((err) => { this.result = tr('loading.failed', { msg: err.message }); this.render(); });
    } },
    h('label', {}, tr('loading.plate'), ' ', plate), h('label', {}, tr('loading.waybill'), ' ', waybill),
    ...boxes.map((b) => b.row), h('label', {}, tr('loading.note'), ' ', note),
    h('button', { type: 'submit' }, tr('loading.save')));
    const rows = this.recent.slice(0, 10).map((c) => h('li', {}, `${formatDateTime(c.tsMs)} ${c.plate} · `
      + CHECKS.map(([k]) => `${tr(`loading.${k === 'waybill' ? 'waybill.check' : k}`).split('：')[0].split(':')[0]}${c.checks[k] ? '✓' : '✗'}`).join(' ')));
    replaceChildren(this.root, h('h3', {}, tr('loading.title')), form,
      h('div', { id: 'loading-result', class: 'loading-result' }, this.result),
      h('h4', {}, tr('loading.recent')), h('ul', {}, rows));
  }
}
