/**
 * The map legend: tank fill by level, gas-detector states and SIS markers, drawn with the same colours as the
 * map styles (set through CSSOM, which a style-src 'self' policy allows).
 */
import { t } from '../i18n/index.js';
import { h } from './dom.js';
import { DETECTOR_COLOURS } from '../map/styles.js';
import { levelColour } from '../map/live-state.js';

function swatch(colour, shape = 'dot') {
  const el = h('span', { class: `swatch ${shape}` });
  el.style.background = colour;
  return el;
}

export function legend() {
  const ramp = h('span', { class: 'swatch ramp' });
  ramp.style.background = `linear-gradient(to right, ${levelColour(0)}, ${levelColour(0.5)}, ${levelColour(1)})`;
  return h('details', { class: 'legend', open: true },
    h('summary', {}, t('legend.title')),
    h('div', { class: 'legend-row' }, h('b', {}, t('legend.level')), ' 0 ', ramp, ' 100 % ',
      swatch('rgba(158,158,158,0.9)', 'box'), t('legend.unusable')),
    h('div', { class: 'legend-row' }, h('b', {}, t('kind.gas-detector')),
      ['normal', 'h', 'hh', 'fault', 'stale'].map((state) => h('span', { class: 'legend-item' },
        swatch(DETECTOR_COLOURS[state]), t(`legend.${state}`)))),
    h('div', { class: 'legend-row' },
      h('span', { class: 'legend-item' }, h('span', { class: 'badge trip' }, t('sis.tripMark')), t('sis.trip')),
      h('span', { class: 'legend-item' }, h('span', { class: 'badge bypass' }, t('sis.bypassMark')), t('sis.bypass'))));
}
