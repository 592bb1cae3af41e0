/**
 * The major hazard panel: the park's units most severe first (level, name, enterprise, S, R, monitoring
 * coverage) and a unit's detail with the whole GB 18218 arithmetic — per chemical q, Q, q/Q, β; S; α with the head
 * count and the targets counted; R; level — statically (design) and live (measured levels).
 */
import { t, lang, localName } from '../i18n/index.js';
import { h, replaceChildren } from '../ui/dom.js';
import { hazardApi, gradeColour, num } from './api.js';

function levelBadge(level) {
  return h('span', { class: 'hz-level', style: `background:${gradeColour(level)}` },
    level ? t(`hz.level.${level}`) : t('hz.level.none'));
}

export class HazardPanel {
  /** @param onUnit called with a unit id when the user opens a unit (to fit the map to it) */
  constructor(element, { onUnit } = {}) {
    this.element = element;
    this.onUnit = onUnit;
    this.data = null;
    this.detail = null;
    this.filterMajor = true;
  }

  async reload() {
    this.data = await hazardApi.hazards();
    if (this.detail) this.detail = await hazardApi.hazard(this.detail.id);
    this.render();
  }

  async open(unitId) {
    this.detail = await hazardApi.hazard(unitId);
    this.render();
    if (this.onUnit) this.onUnit(unitId);
  }

  back() {
    this.detail = null;
    this.render();
  }

  render() {
    if (!this.data) return;
    replaceChildren(this.element, this.detail ? this.detailView(this.detail) : this.listView());
  }

  listView() {
    const c = this.data.coverage;
    const units = this.data.units.filter((u) => !this.filterMajor || u.isMajorHazard);
    return h('div', { class: 'hz-list' },
      h('p', { class: 'hz-coverage', dataset: { coveragePercent: c.percent } },
        t('hz.coverage.park', { n: c.majorHazards, percent: c.percent, live: c.liveSignals, all: c.applicableSignals })),
      h('label', { class: 'hz-filter' }, h('input', { type: 'checkbox', checked: this.filterMajor,
        onchange: (e) => { this.filterMajor = e.target.checked; this.render(); } }), t('hz.onlyMajor')),
      h('table', { class: 'hz-table' },
        h('thead', {}, h('tr', {}, [t('hz.col.level'), t('hz.col.unit'), t('hz.col.enterprise'), 'S', 'R',
          t('hz.col.coverage')].map((x) => h('th', {}, x)))),
        h('tbody', {}, units.map((u) => h('tr', { dataset: { unitId: u.id, level: u.level ?? '' },
          onclick: () => this.open(u.id) },
        h('td', {}, levelBadge(u.level)),
        h('td', {}, localName(u, u.id)),
        h('td', {}, lang() === 'en' ? u.enterpriseNameEn : u.enterpriseNameZh),
        h('td', { class: 'num' }, num(u.s)),
        h('td', { class: 'num' }, num(u.r)),
        h('td', { class: 'num' }, `${u.coverage.percent}%`))))));
  }

  detailView(d) {
    const arithmetic = (g) => (lang() === 'en' ? g.arithmetic.en : g.arithmetic.zh);
    return h('div', { class: 'hz-detail', dataset: { unitId: d.id } },
      h('header', {}, h('button', { type: 'button', class: 'hz-back', onclick: () => this.back() }, `← ${t('hz.back')}`),
        h('h3', {}, localName(d, d.id)), levelBadge(d.level)),
      h('p', {}, `${lang() === 'en' ? d.enterpriseNameEn : d.enterpriseNameZh} · ${d.id}`),
      this.gradingBlock(t('hz.live', { n: d.live.measuredTanks, all: d.live.tanks }), d.liveGrading, arithmetic, 'live'),
      this.gradingBlock(t('hz.static'), d.staticGrading, arithmetic, 'static'),
      h('h4', {}, t('hz.alpha', { alpha: num(d.alpha), people: d.exposure.people, radius: d.exposure.radiusM })),
      h('ul', { class: 'hz-targets' }, d.exposure.targets.map((x) => h('li', {},
        t('hz.target', { name: localName(x, x.id), people: x.population, distance: Math.round(x.distanceM) })))),
      h('h4', {}, t('hz.coverage.unit', { percent: d.coverage.percent })),
      h('ul', { class: 'hz-signals' }, Object.entries(d.coverage.signals).filter(([, s]) => s.applies).map(([id, s]) =>
        h('li', { class: s.live ? 'on' : 'off', dataset: { signal: id } },
          `${s.live ? '●' : '○'} ${t(`hz.signal.${id}`)} (${s.tags})`))));
  }

  gradingBlock(title, g, arithmetic, kind) {
    return h('section', { class: 'hz-grading', dataset: { grading: kind } },
      h('h4', {}, title),
      h('table', { class: 'hz-table' },
        h('thead', {}, h('tr', {}, [t('hz.col.chemical'), 'q (t)', 'Q (t)', 'q/Q', 'β'].map((x) => h('th', {}, x)))),
        h('tbody', {}, g.items.map((i) => h('tr', {},
          h('td', {}, lang() === 'en' ? i.nameEn : i.name),
          h('td', { class: 'num' }, num(i.q)), h('td', { class: 'num' }, num(i.criticalQuantityT)),
          h('td', { class: 'num' }, num(i.ratio)), h('td', { class: 'num' }, num(i.beta)))))),
      h('p', { class: 'hz-arithmetic' }, arithmetic(g)));
  }
}
