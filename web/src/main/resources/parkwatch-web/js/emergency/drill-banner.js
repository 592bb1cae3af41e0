/**
 * The drill banner (演练进行中) of every logged-in screen: shown while drill mode is on, from `GET
 * api/emergency/drill` at start and the `emergency.drill` socket message after. Sets `body[data-drill]`.
 */
import { h } from '../ui/dom.js';
import { onLangChange } from '../i18n/index.js';
import { tr } from './i18n.js';
import { emergencyApi } from './api.js';

const CSS_URL = new URL('../../css/emergency.css', import.meta.url).href;

export function installDrillBanner(socket, container = document.body) {
  if (!document.querySelector(`link[href="${CSS_URL}"]`)) document.head.append(h('link', { rel: 'stylesheet', href: CSS_URL }));
  const banner = h('div', { id: 'drill-banner', class: 'drill-banner', role: 'status', hidden: true });
  container.append(banner);
  let state = { on: false };
  const show = (s) => {
    state = s;
    banner.hidden = !s.on;
    banner.textContent = !s.on ? '' : s.note ? tr('em.drillOn', { note: s.note }) : tr('em.drillOnPlain');
    document.body.dataset.drill = String(Boolean(s.on));
  };
  emergencyApi.drill().then(show).catch(() => {}); // a role without emergency:read sees no banner
  socket.on('emergency.drill', show);
  onLangChange(() => show(state));
}
