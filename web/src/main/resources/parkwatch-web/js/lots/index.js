/**
 * The toxic-chemical lot ledger (issue 16, scope 5): a topbar button opens a panel with the state of the ledger's hash
 * chains (`api/chemical-lots/verify`), the balance of each enterprise and chemical with its discrepancies
 * (`api/chemical-lots/balance`) and the lots (`api/chemical-lots`); users who may file (lots:write) get a small form
 * for an event on a lot or a new lot. `body[data-lots]` becomes "loaded" after each render (a hook for tests).
 */
import { h, replaceChildren } from '../ui/dom.js';
import { getJson, postJson } from '../api.js';
import { localName } from '../i18n/index.js';
import { formatDateTime, formatNumber } from '../format.js';
import { tr } from './i18n.js';

const KINDS = ['use', 'dispatch', 'disposal', 'transfer', 'stocktake', 'receipt'];

/**
 * @param {{container: HTMLElement, titleRow: HTMLElement, canFile: boolean, ownEnterprise: string|null,
 *   nameOf: (id: string) => string, enterpriseName: (id: string) => string, notify: (msg: string) => void}} deps
 */
export function installLots({ container, titleRow, canFile, ownEnterprise, nameOf, enterpriseName, notify }) {
  const button = h('button', { type: 'button', class: 'risk-open', id: 'lots-open' });
  titleRow.insertBefore(button, titleRow.querySelector('.spacer'));
  const title = h('h2', {});
  const close = h('button', { type: 'button', class: 'risk-close' }, '×');
  const body = h('div', {});
  const root = h('aside', { id: 'lots-panel', class: 'risk-panel lots-panel', hidden: true }, h('header', {}, title, close), body);
  container.append(root);
  let data = null;
  let open = false;

  const kg = (v) => tr('lots.kg', { v: formatNumber(v, 3) });
  const chemical = (x) => {
    const flags = ['highlyToxic', 'explosivePrecursor'].filter((f) => x[f]).map((f) => tr(`lots.flag.${f}`));
    return `${localName(x, x.cas)}${flags.length ? `（${flags.join('、')}）` : ''}`;
  };
  const gapText = (d) => tr(`lots.gap.${d.kind}`, { d: formatNumber(d.foundKg - d.expectedKg, 3) });

  const chainLines = (verify) => {
    const bad = verify.chains.filter((c) => !c.ok);
    if (!bad.length) {
      const r = verify.chains.reduce((s, c) => s + c.records, 0);
      return [h('p', { class: 'lots-chain ok' }, tr('lots.chainOk', { n: verify.chains.length, r }))];
    }
    return bad.map((c) => h('p', { class: 'lots-chain bad' },
      tr(c.truncated ? 'lots.chainTruncated' : 'lots.chainBad', { ent: enterpriseName(c.enterpriseId), seq: c.firstBadSeq })));
  };

  const balanceTable = (balances) => h('table', { class: 'risk-table', id: 'lots-balance' },
    h('thead', {}, h('tr', {}, ['enterprise', 'chemical', 'in', 'out', 'used', 'disposed', 'stock', 'declared', 'state']
      .map((k) => h('th', {}, tr(`lots.${k}`))))),
    h('tbody', {}, balances.map((b) => h('tr', { class: b.discrepancy ? 'risk-violation' : '' },
      h('td', {}, enterpriseName(b.enterpriseId)), h('td', {}, chemical(b)),
      ...['inKg', 'outKg', 'usedKg', 'disposedKg', 'stockKg'].map((k) => h('td', { class: 'num' }, kg(b[k]))),
      h('td', { class: 'num' }, b.declaredKg === null ? '—' : kg(b.declaredKg)),
      h('td', {}, b.discrepancy ? b.discrepancies.map(gapText).join('；') : tr('lots.ok'))))));

  const lotTable = (lots) => (lots.length ? h('table', { class: 'risk-table', id: 'lots-table' },
    h('thead', {}, h('tr', {}, ['label', 'enterprise', 'chemical', 'location', 'stock', 'last'].map((k) => h('th', {}, tr(`lots.${k}`))))),
    h('tbody', {}, lots.map((l) => h('tr', { class: l.discrepancies.length ? 'risk-violation' : '' },
      h('td', {}, l.labelId), h('td', {}, enterpriseName(l.enterpriseId)), h('td', {}, chemical(l)),
      h('td', {}, nameOf(l.locationId)), h('td', { class: 'num' }, kg(l.stockKg)), h('td', {}, formatDateTime(l.lastEventMs))))))
    : h('p', { class: 'risk-note' }, tr('lots.none')));

  const form = (chemicals) => {
    const kind = h('select', { name: 'kind' }, KINDS.map((k) => h('option', { value: k }, tr(`lots.kind.${k}`))));
    const label = h('input', { name: 'labelId', size: 16, placeholder: tr('lots.label') });
    const qty = h('input', { name: 'quantityKg', type: 'number', min: '0', step: '0.001', placeholder: tr('lots.qty') });
    const cas = h('select', { name: 'cas' }, chemicals.map((c) => h('option', { value: c.cas }, chemical(c))));
    const location = h('input', { name: 'locationId', size: 10, placeholder: tr('lots.location') });
    const party = h('input', { name: 'counterparty', size: 12, placeholder: tr('lots.counterparty') });
    const submit = h('button', { type: 'submit', class: 'risk-recompute' }, tr('lots.file'));
    const el = h('form', { class: 'lots-form', id: 'lots-form' }, kind, label, qty, cas, location, party, submit);
    el.addEventListener('submit', (e) => {
      e.preventDefault();
      const k = kind.value;
      const q = qty.value === '' ? undefined : Number(qty.value);
      const req = k === 'receipt'
        ? postJson('api/chemical-lots', { labelId: label.value, enterpriseId: ownEnterprise, cas: cas.value, quantityKg: q,
          locationId: location.value, counterparty: party.value })
        : postJson(`api/chemical-lots/${encodeURIComponent(label.value)}/events`, { kind: k, quantityKg: q,
          locationId: location.value || undefined, counterparty: party.value || undefined });
      req.then(() => { notify(tr('lots.filed')); load(); }).catch((err) => notify(err.message));
    });
    return el;
  };

  const render = () => {
    button.textContent = tr('lots.button');
    title.textContent = tr('lots.title');
    close.title = tr('lots.close');
    if (!data) return;
    replaceChildren(body, chainLines(data.verify),
      h('h4', {}, tr('lots.balance')), balanceTable(data.balance.balances),
      h('h4', {}, tr('lots.lots')), lotTable(data.lots.lots),
      canFile && ownEnterprise ? form(data.lots.chemicals) : null);
    document.body.dataset.lots = 'loaded';
  };

  const load = () => Promise.all([getJson('api/chemical-lots'), getJson('api/chemical-lots/balance'), getJson('api/chemical-lots/verify')])
    .then(([lots, balance, verify]) => { data = { lots, balance, verify }; render(); })
    .catch((e) => notify(e.message));

  const toggle = (show) => {
    open = show;
    root.hidden = !open;
    button.classList.toggle('active', open);
    if (open) load();
  };
  button.addEventListener('click', () => toggle(!open));
  close.addEventListener('click', () => toggle(false));
  if (new URLSearchParams(location.hash.slice(1)).get('view') === 'lots') toggle(true);
  render();
  return { render };
}
