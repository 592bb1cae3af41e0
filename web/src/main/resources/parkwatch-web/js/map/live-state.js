/**
 * Pure rules that turn live tag values into the visual state of a map feature: tank level (fraction of range with
 * alarm band), gas-detector state and SIS trip/bypass. No OpenLayers here; styles.js draws the result.
 */
import { isOn } from '../format.js';

export const GAS_KINDS = new Set(['gas-toxic', 'gas-flammable']);
/** Steps of the level colour ramp: the fraction of range is rounded to 1/LEVEL_STEPS so styles can be cached. */
export const LEVEL_STEPS = 20;

/** True when a tag's value cannot be trusted for display: no value, stale or bad quality. */
export function isUnusable(tag) {
  return !tag || tag.v === null || tag.v === undefined || tag.stale === true || tag.q === 'bad';
}

/** Which limit band a value is in: 'hh' | 'h' | 'l' | 'll' | 'normal' (limits may be partial or missing). */
export function limitBand(v, limits) {
  if (!limits || typeof v !== 'number') return 'normal';
  if (Number.isFinite(limits.hh) && v >= limits.hh) return 'hh';
  if (Number.isFinite(limits.h) && v >= limits.h) return 'h';
  if (Number.isFinite(limits.ll) && v <= limits.ll) return 'll';
  if (Number.isFinite(limits.l) && v <= limits.l) return 'l';
  return 'normal';
}

/** Fill state of a tank from its level tag: {grey} or {step: 0..LEVEL_STEPS, band}. */
export function tankLevelState(levelTag) {
  if (!levelTag) return { grey: true, none: true };
  if (isUnusable(levelTag) || typeof levelTag.v !== 'number') return { grey: true };
  const min = Number.isFinite(levelTag.min) ? levelTag.min : 0;
  const max = Number.isFinite(levelTag.max) && levelTag.max > min ? levelTag.max : min + 100;
  const fraction = Math.min(1, Math.max(0, (levelTag.v - min) / (max - min)));
  return { step: Math.round(fraction * LEVEL_STEPS), band: limitBand(levelTag.v, levelTag.limits) };
}

/**
 * State of a gas detector: 'fault' (fault tag on or bad quality), 'stale' (no fresh value), 'hh', 'h' or
 * 'normal'. Limits come from the tag, else from the feature's alarmH/alarmHH properties.
 */
export function detectorState(gasTag, faultTag, props = {}) {
  if (faultTag && !isUnusable(faultTag) && isOn(faultTag.v)) return 'fault';
  if (!gasTag) return 'stale';
  if (gasTag.q === 'bad') return 'fault';
  if (isUnusable(gasTag) || typeof gasTag.v !== 'number') return 'stale';
  const limits = { h: gasTag.limits?.h ?? props.alarmH, hh: gasTag.limits?.hh ?? props.alarmHH };
  const band = limitBand(gasTag.v, limits);
  return band === 'hh' || band === 'h' ? band : 'normal';
}

/** SIS markers of a piece of equipment: { trip, bypass } from its sis-trip / sis-bypass tags. */
export function sisState(tags) {
  let trip = false, bypass = false;
  for (const tag of tags) {
    if (isUnusable(tag)) continue;
    if (tag.kind === 'sis-trip' && isOn(tag.v)) trip = true;
    if (tag.kind === 'sis-bypass' && isOn(tag.v)) bypass = true;
  }
  return { trip, bypass };
}

const RAMP = [[0, [222, 238, 250]], [0.5, [74, 159, 216]], [1, [11, 63, 122]]];

/** Colour of a tank filled to `fraction` (0..1): light to deep blue. */
export function levelColour(fraction, alpha = 0.9) {
  const f = Math.min(1, Math.max(0, fraction));
  let i = 1;
  while (i < RAMP.length - 1 && f > RAMP[i][0]) i++;
  const [f0, c0] = RAMP[i - 1], [f1, c1] = RAMP[i];
  const u = (f - f0) / (f1 - f0);
  const rgb = c0.map((c, k) => Math.round(c + (c1[k] - c) * u));
  return `rgba(${rgb[0]},${rgb[1]},${rgb[2]},${alpha})`;
}

/** One string per visual state, so a feature is redrawn only when what it shows changes. */
export function liveKeyOf(kind, tags, props) {
  if (!tags.length) return '';
  const sis = sisState(tags);
  let key = `${sis.trip ? 'T' : ''}${sis.bypass ? 'B' : ''}`;
  if (kind === 'tank') {
    const s = tankLevelState(tags.find((t) => t.kind === 'level'));
    key += s.grey ? '|grey' : `|${s.step}|${s.band}`;
  } else if (kind === 'gas-detector') {
    key += '|' + detectorState(tags.find((t) => GAS_KINDS.has(t.kind)), tags.find((t) => t.kind === 'detector-fault'), props);
  }
  return key;
}
