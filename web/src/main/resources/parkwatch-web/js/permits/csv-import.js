/**
 * CSV import of permits in the enterprise portal (issue 15): a file picked here is sent as it is to
 * `api/work-permits/import`, which files all rows or none. The answer is shown in `#wp-csv-result`: the counts, or the
 * refused row as the server names it (`line N[, column X]: …`, N counting the header row). A template with the
 * server's columns can be downloaded. Test hooks: `#wp-csv`, `#wp-csv-file`, `#wp-csv-import`,
 * `#wp-csv-result[data-outcome]` (ok|refused), `[data-line]` (the refused row).
 */
import { h, replaceChildren } from '../ui/dom.js';
import { permitApi } from './api.js';
import { tr } from './i18n.js';
import { download, toCsv } from '../portal/csv.js';

/** The import file's columns as the server reads them (backend WorkPermitCsv.COLUMNS); `gas*`, `analyst`, `note` optional. */
export const CSV_COLUMNS = ['externalId', 'enterpriseId', 'kind', 'level', 'placeZh', 'lon', 'lat', 'start', 'end',
  'leader', 'guardian', 'approver', 'gasTime', 'gas', 'gasValue', 'gasUnit', 'gasLelVolPercent', 'analyst', 'note'];

const LINE = /\bline (\d+)\b/;

/** The row a refusal names (the server's `line N`), or null. */
export function refusedLine(detail) {
  const m = LINE.exec(String(detail || ''));
  return m ? Number(m[1]) : null;
}

/**
 * @param {{ownEnterprise: string, onImported: (reply) => void}} deps
 * @returns {{element: HTMLElement, render: () => void}}
 */
export function permitCsvImport({ ownEnterprise, onImported }) {
  const file = h('input', { type: 'file', id: 'wp-csv-file', accept: '.csv,text/csv' });
  const button = h('button', { type: 'button', id: 'wp-csv-import' });
  const template = h('button', { type: 'button', class: 'link', id: 'wp-csv-template' });
  const title = h('h3', {});
  const fileLabel = h('span', {});
  const hint = h('p', { class: 'risk-note' });
  const result = h('div', { id: 'wp-csv-result', role: 'status' });
  const element = h('section', { id: 'wp-csv', class: 'wp-csv' }, title, h('label', {}, fileLabel, file), button, ' ', template, hint, result);

  const show = (outcome, text, line) => {
    result.dataset.outcome = outcome;
    if (line) result.dataset.line = String(line); else delete result.dataset.line;
    replaceChildren(result, h('p', { class: outcome === 'ok' ? 'wp-csv-ok' : 'wp-refusal' }, text));
  };

  button.addEventListener('click', async () => {
    const f = file.files && file.files[0];
    if (!f) { show('refused', tr('wp.csv.pick')); return; }
    button.disabled = true;
    try {
      const reply = await permitApi.importCsv(await f.text());
      show('ok', tr('wp.csv.done', { n: reply.imported, created: reply.created, updated: reply.updated }));
      file.value = '';
      onImported(reply);
    } catch (e) {
      const detail = e.detail || e.message;
      const line = refusedLine(detail);
      show('refused', line ? tr('wp.csv.badRow', { line, detail }) : tr('wp.csv.refused', { detail }), line);
    } finally {
      button.disabled = false;
    }
  });
  template.addEventListener('click', () => download(`work-permits-${ownEnterprise || 'park'}.csv`, toCsv([CSV_COLUMNS])));

  const render = () => {
    title.textContent = tr('wp.csv.title');
    fileLabel.textContent = tr('wp.csv.file');
    button.textContent = tr('wp.csv.import');
    template.textContent = tr('wp.csv.template');
    hint.textContent = tr('wp.csv.hint');
  };
  render();
  return { element, render };
}
