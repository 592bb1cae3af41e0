/**
 * The major hazard panel: the park's units most severe first (name over level and enterprise, S over R, monitoring
 * coverage) and a unit's detail with the whole GB 18218 arithmetic — per chemical q, Q, q/Q, β; S; α with the head
 * count and the targets counted; R; level — statically (design) and live (measured levels).
 */
import { t, lang, localName } from '../i18n/index.js';
import { h, replaceChildren } from '../ui/dom.js';
import { hazardApi, gradeColour, num } from './api.js';
import { tr as lotsTr } from '../lots/i18n.js';
import { loadDuty, dutyBlock } from '../safetyduty/hazard-block.js';

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
    if (this.detail) [this.detail, this.duty] = await Promise.all([hazardApi.hazard(this.detail.id), loadDuty(this.detail.id)]);
    this.render();
  }

  async open(unitId) {
    [this.detail, this.duty] = await Promise.all([hazardApi.hazard(unitId), loadDuty(unitId)]);
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
      h('table', { class: 'hz-table hz-units' },
        h('thead', {}, h('tr', {},
          h('th', { class: 'hz-unit' }, `${t('hz.col.unit')} / ${t('hz.col.enterprise')}`),
          h('th', { class: 'num hz-sr' }, h('div', {}, 'S'), h('div', {}, 'R')),
          h('th', { class: 'num', title: t('hz.col.coverage') }, t('hz.col.coverageShort')))),
        h('tbody', {}, units.map((u) => this.unitRow(u)))));
  }

  /**
   * One unit on two lines — name over level and enterprise, S over R — so the narrow dock (about 200 px of table at
   * 1366 px wide) needs only three columns and the name keeps most of the width.
   */
  unitRow(u) {
    const name = localName(u, u.id);
    const enterprise = lang() === 'en' ? u.enterpriseNameEn : u.enterpriseNameZh;
    return h('tr', { dataset: { unitId: u.id, level: u.level ?? '' }, onclick: () => this.open(u.id) },
      h('td', { class: 'hz-unit' },
        h('div', { class: 'hz-unit-name', title: name }, name),
        h('div', { class: 'hz-unit-sub', title: enterprise }, levelBadge(u.level), ' ', enterprise)),
      h('td', { class: 'num hz-sr' }, h('div', {}, num(u.s)), h('div', {}, num(u.r))),
      h('td', { class: 'num' }, `${u.coverage.percent}%`));
  }

  detailView(d) {
    const arithmetic = (g) => (lang() === 'en' ? g.arithmetic.en : g.arithmetic.zh);
    return h('div', { class: 'hz-detail', dataset: { unitId: d.id } },
      h('header', {}, h('button', { type: 'button', class: 'hz-back', onclick: () => this.back() }, `← ${t('hz.back')}`),
        h('h3', {}, localName(d, d.id)), levelBadge(d.level)),
      h('p', {}, `${lang() === 'en' ? d.enterpriseNameEn : d.enterpriseNameZh} · ${d.id}`),
      this.gradingBlock(t('hz.live', { n: d.live.measuredTanks, all: d.live.tanks }), d.liveGrading, arithmetic, 'live'),
      this.gradingBlock(t('hz.static'), d.staticGrading, arithmetic, 'static'),
      this.lotsBlock(d.supplementaryInventory || []),
      dutyBlock(this.duty),
      h('h4', {}, t('hz.alpha', { alpha: num(d.alpha), people: d.exposure.people, radius: d.exposure.radiusM })),
      h('ul', { class: 'hz-targets' }, d.exposure.targets.map((x) => h('li', {},
        t('hz.target', { name: localName(x, x.id), people: x.population, distance: Math.round(x.distanceM) })))),
      h('h4', {}, t('hz.coverage.unit', { percent: d.coverage.percent })),
      h('ul', { class: 'hz-signals' }, Object.entries(d.coverage.signals).filter(([, s]) => s.applies).map(([id, s]) =>
        h('li', { class: s.live ? 'on' : 'off', dataset: { signal: id } },
          `${s.live ? '●' : '○'} ${t(`hz.signal.${id}`)} (${s.tags})`))));
  }

  /** Quantities of the toxic-chemical lot ledger held at the unit (issue 16), labelled apart from the grading. */
  lotsBlock(items) {
    if (!items.length) return null;
    return h('section', { class: 'hz-lots', id: 'hz-lots' }, h('h4', {}, lotsTr('lots.inUnit')),
      h('ul', {}, items.map((i) => h('li', {}, `${i.itemId} · ${localName(i, i.cas)} · ${lotsTr('lots.t', { v: num(i.quantityT) })} · `
        + `${lotsTr(i.counted ? 'lots.counted' : 'lots.metered')}`))));
  }

  gradingBlock(title, g, arithmetic, kind) {
    return h('section', { class: 'hz-grading', dataset: { grading: kind } },
      h('h4', {}, title),
      h('table', { class: 'hz-table' },
        h('thead', {}, h('tr', {}, h('th', {}, t('hz.col.chemical')),
          ['q (t)', 'Q (t)', 'q/Q', 'β'].map((x) => h('th', { class: 'num' }, x)))),
        h('tbody', {}, g.items.map((i) => h('tr', { dataset: { source: i.source || 'tanks' } },
          // a line from the toxic-chemical lot ledger (issue 16) says so after the name
          h('td', { class: 'hz-chem', title: lang() === 'en' ? i.nameEn : i.name },
            (lang() === 'en' ? i.nameEn : i.name) + (i.source === 'chemical-lots' ? lotsTr('lots.fromLedger') : '')),
          h('td', { class: 'num' }, num(i.q)), h('td', { class: 'num' }, num(i.criticalQuantityT)),
          h('td', { class: 'num' }, num(i.ratio)), h('td', { class: 'num' }, num(i.beta)))))),
      h('p', { class: 'hz-arithmetic' }, arithmetic(g)));
  }
}
