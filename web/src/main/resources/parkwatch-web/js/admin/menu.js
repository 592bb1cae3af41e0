/**
 * The menu of the one-map's top bar: the enterprise registry (`hazard:read`), adding an enterprise (`registry:write`),
 * the duty page (`notify:read`), the plan task tracker (`tracker:read`), user administration and the history store's state (`user:admin`),
 * each shown only to roles that hold the permission (the server refuses the routes anyway). Hooks:
 * `#app-menu button[data-menu]`.
 */
import { t } from '../i18n/index.js';
import { h } from '../ui/dom.js';
import { DutyPage } from './duty.js';
import { RegistryPage } from './registry.js';
import { UsersPage } from './users.js';
import { OnboardingPage } from './onboarding.js';
import { HistoryPage } from './history.js';
import { TrackerPage } from '../tracker/index.js';

/** Adds the menu after the title; returns `{ render, registry }` (re-render on language change). */
export function installMenu({ me, titleRow, container }) {
  const perms = new Set(me.permissions || []);
  const entries = [];
  if (perms.has('hazard:read') && me.role !== 'enterprise') {
    entries.push(['registry', 'menu.registry', new RegistryPage(container, { canWrite: perms.has('registry:write') })]);
  }
  if (perms.has('registry:write') && me.role !== 'enterprise') {
    entries.push(['onboard', 'menu.onboard', new OnboardingPage(container)]);
  }
  if (perms.has('notify:read')) entries.push(['duty', 'menu.duty', new DutyPage(container, { canWrite: perms.has('duty:write') })]);
  // the regulator's tracker of the Henan plan's tasks (issue 15): park roles with tracker:read
  if (perms.has('tracker:read')) entries.push(['tracker', 'menu.tracker', new TrackerPage(container, { canWrite: perms.has('tracker:write') })]);
  if (perms.has('user:admin')) entries.push(['users', 'menu.users', new UsersPage(container, { me })]);
  if (perms.has('user:admin')) entries.push(['history', 'menu.history', new HistoryPage(container)]);
  const buttons = entries.map(([id, key, page]) => {
    const b = h('button', { type: 'button', class: 'menu-item', dataset: { menu: id } });
    b.onclick = () => {
      entries.forEach(([, , other]) => { if (other !== page) other.page.close(); });
      if (page.page.open) page.page.close(); else page.show();
    };
    b.labelKey = key;
    return b;
  });
  const nav = h('nav', { id: 'app-menu', class: 'app-menu' }, buttons);
  titleRow.querySelector('h1').after(nav);
  const render = () => {
    buttons.forEach((b) => { b.textContent = t(b.labelKey); });
    entries.forEach(([, , page]) => page.render());
  };
  render();
  const registry = entries.find(([id]) => id === 'registry');
  return { render, registry: registry ? registry[2] : null };
}
