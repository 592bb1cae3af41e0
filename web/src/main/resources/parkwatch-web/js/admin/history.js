/**
 * The history store's state for administrators (`user:admin`, issue 13): what /metrics has about it — samples
 * accepted and committed, chunks written, bytes a sample on disk, the write-ahead log's size, disk used per tier
 * (raw chunks, 1-minute and 1-hour rollups) and the progress of the old `tag_history`'s conversion. Read from
 * `GET /api/admin/history`; refreshed while the page is open. Hooks: `#history-page`, `[data-figure]`.
 */
import { getJson } from '../api.js';
import { t } from '../i18n/index.js';
import { h } from '../ui/dom.js';
import { formatNumber } from '../format.js';
import { AdminPage, problem } from './page.js';

const REFRESH_MS = 10_000;
const UNITS = ['B', 'KB', 'MB', 'GB', 'TB'];

/** Bytes in binary units ("12.3 MB"); '—' when absent. */
function bytes(n) {
  if (!Number.isFinite(n)) return '—';
  let v = n;
  let u = 0;
  while (v >= 1024 && u < UNITS.length - 1) { v /= 1024; u += 1; }
  return `${formatNumber(v, u === 0 ? 0 : 1)} ${UNITS[u]}`;
}

export class HistoryPage {
  constructor(container) {
    this.page = new AdminPage(container, 'history-page', 'hst.title');
    this.data = null;
    this.timer = null;
  }

  async show() {
    this.page.show();
    await this.load();
    clearInterval(this.timer);
    this.timer = setInterval(() => { if (this.page.open) this.load(); else clearInterval(this.timer); }, REFRESH_MS);
  }

  async load() {
    try {
      this.data = await getJson('api/admin/history');
      this.page.say(null);
      this.render();
    } catch (e) { this.page.say(problem(e)); }
  }

  render() {
    this.page.renderChrome();
    const d = this.data;
    if (!d) return;
    const m = d.migration || {};
    const rows = [
      ['bytesPerSample', formatNumber(d.bytesPerSample, 2)],
      ['storedSamples', formatNumber(d.storedSamples, 0)],
      ['storedChunks', formatNumber(d.storedChunks, 0)],
      ['chunksWritten', formatNumber(d.chunksWritten, 0)],
      ['accepted', formatNumber(d.accepted, 0)],
      ['written', formatNumber(d.written, 0)],
      ['pending', formatNumber(d.pending, 0)],
      ['walBytes', bytes(d.walBytes)],
      ['recovered', formatNumber(d.recovered, 0)],
      ['diskRaw', bytes(d.disk?.raw)],
      ['diskMinute', bytes(d.disk?.minute)],
      ['diskHour', bytes(d.disk?.hour)],
      ['migration', m.daysTotal ? t('hst.migrationProgress', {
        done: formatNumber(m.daysDone, 0), total: formatNumber(m.daysTotal, 0), samples: formatNumber(m.samplesMoved, 0),
      }) : t('hst.migrationNone')],
      ['failures', d.failures ? t('hst.failuresSome', { n: formatNumber(d.failures, 0), msg: d.lastError || '' }) : t('hst.failuresNone')],
    ];
    this.page.fill(
      h('p', { class: 'hst-note' }, t('hst.note')),
      h('table', { class: 'hz-table reg-table hst-table' },
        h('tbody', {}, rows.map(([key, value]) => h('tr', { dataset: { figure: key } },
          h('th', { scope: 'row' }, t(`hst.${key}`)), h('td', {}, value))))));
  }
}
