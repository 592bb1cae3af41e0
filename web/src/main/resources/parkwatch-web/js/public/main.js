/**
 * The public open-day display (/public): no login, read-only, kiosk-safe (no links, no prompts, hidden cursor). It
 * rotates its views — park overview, air quality, environmental information disclosure, safety status — every ROTATE_MS, polls only /api/public/* and
 * keeps the last picture through backend restarts. `?view=air` pins one view, `?lang=en` starts in English, a kiosk
 * has no language button unless its URL asks for one with `?langButton=1` (an unattended screen must not be left in
 * the other language by a passer-by),
 * `?pollMs=` and `?rotateMs=` shorten the poll period (at least 1 s) and the rotation (at least 2 s).
 * Hooks: `body[data-view]`, `body[data-status]`, `[data-public-view=…][data-state="ready"]`, `body[data-online]`.
 */
import { lang, setLang, onLangChange } from '../i18n/index.js';
import { tr, applyPublicText, hourMinute } from './i18n.js';
import { PublicData } from './data.js';
import { MapView } from './map-view.js';
import { AirView } from './air-view.js';
import { StatusView } from './status-view.js';
import { DisclosureView } from './disclosure-view.js';

export const ROTATE_MS = 20_000;
/** Shortest rotation a kiosk URL may ask for with `?rotateMs=` (tests use a short one). */
const MIN_ROTATE_MS = 2_000;
const VIEWS = ['map', 'air', 'disclosure', 'status'];
const $ = (sel) => document.querySelector(sel);

function footer(data) {
  const el = $('#delay-note');
  const s = data.status;
  if (!data.online) el.textContent = tr('offline');
  else if (s && s.detailsAsOfMs) { // the status is current; the note is about the delayed details
    const t = hourMinute(s.detailsAsOfMs, lang());
    el.textContent = s.delaySeconds >= 60 ? tr('delay', { m: Math.round(s.delaySeconds / 60), t })
      : tr('delaySeconds', { s: s.delaySeconds, t });
  } else el.textContent = tr('status.explain.pending');
  document.body.dataset.online = String(data.online);
}

function main() {
  const params = new URLSearchParams(location.search);
  if (params.get('lang') === 'en' || params.get('lang') === 'zh-CN') setLang(params.get('lang'));
  applyPublicText();
  const button = $('#lang-switch');
  button.hidden = params.get('langButton') !== '1';
  button.textContent = tr('public.lang');
  button.addEventListener('click', () => setLang(lang() === 'zh-CN' ? 'en' : 'zh-CN'));
  const section = (name) => document.querySelector(`[data-public-view="${name}"]`);
  const views = { map: new MapView(section('map')), air: new AirView(section('air')),
    disclosure: new DisclosureView(section('disclosure')), status: new StatusView(section('status'), $('#status-badge')) };
  const data = new PublicData(params.get('pollMs'));
  data.onChange((d) => {
    Object.values(views).forEach((v) => v.update(d));
    footer(d);
  });

  const pinned = VIEWS.includes(params.get('view')) ? params.get('view') : null;
  let current = -1;
  const show = (name) => {
    document.body.dataset.view = name;
    VIEWS.forEach((v) => { section(v).hidden = v !== name; });
    $('#view-title').textContent = tr(`view.${name}`);
    views[name].shown();
  };
  const next = () => { current = (current + 1) % VIEWS.length; show(VIEWS[current]); };
  if (pinned) show(pinned);
  else {
    next();
    setInterval(next, Math.max(MIN_ROTATE_MS, Number(params.get('rotateMs')) || ROTATE_MS));
  }
  data.start();

  onLangChange(() => {
    applyPublicText();
    button.textContent = tr('public.lang');
    $('#view-title').textContent = tr(`view.${document.body.dataset.view}`);
    Object.values(views).forEach((v) => v.render());
    footer(data);
  });
}

main();
