/**
 * Installs the major hazard features on the one-map page: the hazard panel (list, detail, enterprise file,
 * chemical card), the search box, the grade and risk-colour map layers, the disposal card in tank popups, and a
 * refresh on every `hazard-grade` push message. `#unit=<id>` in the URL opens a unit's detail.
 */
import { t, lang, localName } from '../i18n/index.js';
import { h, replaceChildren } from '../ui/dom.js';
import { hazardApi, RISK_COLOURS } from './api.js';
import { HazardLayers } from './layers.js';
import { HazardPanel } from './panel.js';
import { SearchBox } from './search.js';
import { chemical, chemicalCard, tankCardSection } from './chemical-card.js';

/** A titled table of the enterprise file, or a "none" line when there are no rows. */
function fileSection(titleKey, cls, headKeys, rows) {
  return h('section', { class: `hz-file ${cls}` }, h('h4', {}, t(titleKey)),
    rows.length === 0 ? h('p', { class: 'hz-none' }, t('hz.ent.none'))
      : h('table', { class: 'hz-table' }, h('thead', {}, h('tr', {}, ...headKeys.map((k) => h('th', {}, t(k))))),
        h('tbody', {}, ...rows)));
}

/** Licences (expiring soon highlighted), duty contacts, colour history and blacklist of an enterprise file. */
function fileSections(e) {
  if (!e.licences) return [];
  return [
    fileSection('hz.ent.licences', 'hz-licences', ['hz.ent.kind', 'hz.ent.number', 'hz.ent.validUntil'],
      e.licences.map((l) => h('tr', { class: l.expiringSoon ? 'hz-expiring' : (l.valid ? '' : 'hz-expired'),
        title: l.expiringSoon ? t('hz.ent.expiringSoon') : '' },
      h('td', {}, l.kind), h('td', {}, l.number),
      h('td', {}, `${l.validFrom} – ${l.validUntil}`, l.expiringSoon ? h('span', { class: 'hz-flag hz-soon' }, t('hz.ent.expiringSoon')) : '')))),
    fileSection('hz.ent.contacts', 'hz-contacts', ['hz.ent.name', 'hz.ent.role', 'hz.ent.phone'],
      e.contacts.map((c) => h('tr', {}, h('td', {}, c.name), h('td', {}, c.role), h('td', {}, h('a', { href: `tel:${c.phone}` }, c.phone))))),
    fileSection('hz.ent.colourHistory', 'hz-colours', ['hz.ent.colour', 'hz.ent.since', 'hz.ent.reason'],
      e.colourHistory.slice().reverse().map((c) => h('tr', {},
        h('td', {}, h('span', { class: 'hz-risk', style: `background:${RISK_COLOURS[c.colour]}` }, t(`hz.risk.${c.colour}`))),
        h('td', {}, c.since), h('td', {}, c.reason)))),
    fileSection('hz.ent.blacklist', 'hz-blacklist', ['hz.ent.listedOn', 'hz.ent.reason', 'hz.ent.removedOn'],
      e.blacklist.map((b) => h('tr', { class: b.active ? 'hz-listed' : '' }, h('td', {}, b.listedOn), h('td', {}, b.reason),
        h('td', {}, b.removedOn ? `${b.removedOn}${b.removalReason ? ` (${b.removalReason})` : ''}` : t('hz.ent.stillListed'))))),
  ];
}

function enterpriseFile(e) {
  return h('div', { class: 'hz-enterprise', dataset: { enterpriseId: e.id } },
    h('h3', {}, localName(e, e.id), e.blacklisted ? h('span', { class: 'hz-flag hz-listed' }, t('hz.ent.blacklisted')) : ''),
    h('p', {}, h('span', { class: 'hz-risk', style: `background:${RISK_COLOURS[e.riskColour.id]}` },
      t(`hz.risk.${e.riskColour.id}`)), ` ${t(e.riskColour.basis === 'regulator-assessment' ? 'hz.risk.assessed' : 'hz.risk.derived')}`),
    h('table', { class: 'props' }, h('tbody', {},
      h('tr', {}, h('th', {}, t('hz.ent.creditCode')), h('td', {}, e.creditCode)),
      h('tr', {}, h('th', {}, t('hz.ent.address')), h('td', {}, e.address)),
      h('tr', {}, h('th', {}, t('hz.ent.activities')), h('td', {}, e.activities.map((a) => (lang() === 'en' ? a.id : a.zh)).join('、'))),
      h('tr', {}, h('th', {}, t('hz.ent.units')), h('td', {}, e.units.map((u) => localName(u, u.id)).join('、'))),
      h('tr', {}, h('th', {}, t('hz.ent.installations')), h('td', {}, String(e.installations.length))))),
    ...fileSections(e));
}

/**
 * @param map the OpenLayers map
 * @param {{container: HTMLElement, popup, socket, plots: Array}} deps plots = enterprise plot features
 */
export async function installHazards(map, { container, popup, socket, plots }) {
  const layers = new HazardLayers(map, plots);
  const panelBody = h('div', { class: 'hz-body' });
  const searchEl = h('div', { class: 'hz-search' });
  const title = h('h2', {});
  const toggle = h('button', { type: 'button', class: 'hz-toggle' });
  const root = h('aside', { id: 'hazard-panel', class: 'hazard-panel' }, h('header', {}, title, toggle), searchEl, panelBody);
  container.append(root);
  let collapsed = false;
  const fit = (extent) => { if (extent) map.getView().fit(extent, { padding: [60, 60, 60, 60], maxZoom: 18, duration: 300 }); };
  const panel = new HazardPanel(panelBody, { onUnit: (id) => fit(layers.extentOf(id)) });
  const showExtra = (node) => { panel.detail = null; replaceChildren(panelBody, h('button', { type: 'button', class: 'hz-back',
    onclick: () => panel.render() }, `← ${t('hz.back')}`), node); };
  let enterprises = [];
  let chemicals = [];
  const search = new SearchBox(searchEl, () => ({ units: panel.data ? panel.data.units : [], enterprises, chemicals }), {
    onUnit: (id) => panel.open(id),
    onEnterprise: (e) => {
      showExtra(enterpriseFile(e));
      hazardApi.enterprise(e.id).then((file) => showExtra(enterpriseFile(file)))
        .catch((err) => console.warn('enterprise file:', err.message));
      const plot = plots.find((p) => p.get('enterpriseId') === e.id);
      if (plot) fit(plot.getGeometry().getExtent());
    },
    onChemical: (cas) => chemical(cas).then((c) => showExtra(chemicalCard(c))),
  });
  const renderChrome = () => {
    title.textContent = t('hz.title');
    toggle.textContent = collapsed ? '▸' : '▾';
    toggle.title = t('hz.toggle');
    root.classList.toggle('collapsed', collapsed);
  };
  toggle.onclick = () => { collapsed = !collapsed; renderChrome(); };
  renderChrome();
  if (popup && popup.addSection) {
    popup.addSection(tankCardSection);
    if (popup.feature) popup.render(); // a popup opened from the URL before this section existed
  }

  const refresh = async () => {
    const [, mapData] = await Promise.all([panel.reload(), layers.refresh()]);
    enterprises = mapData.enterprises;
    search.update();
  };
  let pending = null;
  if (socket && socket.on) {
    const later = () => {
      if (!pending) pending = setTimeout(() => { pending = null; refresh().catch((e) => console.warn('hazards:', e.message)); }, 300);
    };
    socket.on('hazard-grade', later);
    socket.on('resync', later); // the server dropped messages for this page: grades may have been missed
  }
  const [chemResult] = await Promise.allSettled([hazardApi.chemicals(), refresh()]);
  if (chemResult.status === 'fulfilled') chemicals = chemResult.value;
  const openFromHash = () => {
    const id = new URLSearchParams(location.hash.slice(1)).get('unit');
    if (id) panel.open(id).catch((e) => console.warn('hazards:', e.message));
  };
  window.addEventListener('hashchange', openFromHash);
  openFromHash();
  document.body.dataset.hazards = 'loaded';
  return {
    render: () => { renderChrome(); panel.render(); search.render(); layers.units.changed(); },
    layers,
    panel,
  };
}
