/**
 * The three-tier containment section of the environment panel (三级防控): the tasks of each tier for the chosen
 * enterprise with the live state of each valve (a valve task is done when its valve reads closed), the holding
 * volume and the river travel time to the drinking-water intake with the estimate's method and limits.
 */
import { h, replaceChildren } from '../ui/dom.js';
import { lang, localName } from '../i18n/index.js';
import { formatNumber } from '../format.js';
import { environmentApi } from './api.js';
import { tr } from './i18n.js';

const ENTERPRISES = ['E01', 'E02', 'E03', 'E04', 'E05', 'E06', 'E07', 'E08'];

function stepRow(s) {
  const place = localName(s.place, s.place.id);
  const text = tr(`env.cont.${s.action}`, { place, m3: formatNumber(s.place.capacityM3, 0) });
  const state = s.valve ? h('span', { class: `env-valve env-valve-${s.valve.toLowerCase()}` }, tr(`env.valve.${s.valve}`)) : '';
  const status = s.done === true ? tr('env.cont.done') : s.done === false ? tr('env.cont.todo') : tr('env.cont.manual');
  return h('li', { class: s.done ? 'env-task done' : 'env-task', dataset: { action: s.action, placeId: s.place.id, done: String(s.done) } },
    h('span', { class: 'env-task-status' }, s.done ? '☑' : '☐'), ` ${text} `, state, h('span', { class: 'risk-note' }, ` · ${status}`));
}

export class ContainmentView {
  /** @param enterpriseName function(id) → the enterprise's name in the page language */
  constructor(el, enterpriseName) {
    this.el = el;
    this.enterpriseName = enterpriseName;
    this.enterprise = 'E01';
    this.plan = null;
    this.error = null;
  }

  async load() {
    try {
      this.plan = await environmentApi.containment(this.enterprise);
      this.error = null;
    } catch (e) {
      this.error = e.message;
    }
    this.render();
    document.body.dataset.envContainment = 'loaded';
  }

  render() {
    const select = h('select', { id: 'env-cont-enterprise', onchange: (e) => { this.enterprise = e.target.value; this.load(); } },
      ...ENTERPRISES.map((id) => h('option', { value: id, selected: id === this.enterprise }, this.enterpriseName(id))));
    const parts = [h('h4', {}, tr('env.cont')), h('p', { class: 'env-form' }, h('label', {}, `${tr('env.cont.enterprise')} `, select))];
    if (this.error) parts.push(h('p', { class: 'risk-error' }, this.error));
    const p = this.plan;
    if (p) {
      for (const tier of [1, 2, 3]) {
        parts.push(h('h5', {}, tr(`env.cont.tier${tier}`)),
          h('ul', { class: 'env-tasks', dataset: { tier: String(tier) } }, ...p.steps.filter((s) => s.tier === tier).map(stepRow)));
      }
      parts.push(h('p', {}, tr('env.cont.total', { m3: formatNumber(p.containedM3, 0) })));
      if (p.travel) {
        const t = p.travel;
        parts.push(h('p', { id: 'env-travel' }, tr('env.cont.travel', { from: localName(t.from, t.from.id), to: localName(t.to, t.to.id),
          h: formatNumber(t.travelS / 3600, 1), km: formatNumber(t.distanceM / 1000, 1), u: formatNumber(t.velocityMPerS, 2) })),
        ...t.warnings.map((w) => h('p', { class: 'env-warning' }, lang() === 'en' ? w.textEn : w.textZh)));
      } else if (p.travelProblem) {
        parts.push(h('p', { class: 'env-warning' }, tr('env.cont.noTravel', { msg: p.travelProblem })));
      }
    }
    replaceChildren(this.el, ...parts);
  }
}
