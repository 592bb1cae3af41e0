/**
 * The docked side panels (issue 18): the left dock (incidents and alarms) and the right dock (layers, hazards) sit
 * beside the map, not over it, and collapse to give the map the whole width. The state is kept per browser.
 * Test hooks: `.dock.collapsed`, `#dock-left-toggle`, `#dock-right-toggle`.
 */
const KEY = 'parkwatch.dock.';

/** Binds a dock's toggle; `onResize` runs after every change (the map re-measures its viewport). */
export function bindDock(dock, toggle, side, onResize) {
  const arrows = side === 'left' ? ['◀', '▶'] : ['▶', '◀'];
  const apply = (collapsed) => {
    dock.classList.toggle('collapsed', collapsed);
    toggle.textContent = collapsed ? arrows[1] : arrows[0];
    toggle.setAttribute('aria-expanded', String(!collapsed));
    onResize();
  };
  let collapsed = localStorage.getItem(KEY + side) === 'collapsed';
  toggle.addEventListener('click', () => {
    collapsed = !collapsed;
    localStorage.setItem(KEY + side, collapsed ? 'collapsed' : 'open');
    apply(collapsed);
  });
  apply(collapsed);
}
