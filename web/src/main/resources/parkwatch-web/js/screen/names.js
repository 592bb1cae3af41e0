/** Enterprise names for the big screen's compact labels. */
import { localName, lang } from '../i18n/index.js';

/** A label short enough for a chart axis: the local name without the legal-form suffix, at most 8 characters. */
export function shortName(record, fallback) {
  const name = localName(record, fallback);
  const trimmed = lang() === 'en'
    ? name.replace(/,?\s*(Co\.,?\s*Ltd\.?|Ltd\.?|Inc\.?)$/i, '')
    : name.replace(/(股份)?有限(责任)?公司$/, '');
  const max = lang() === 'en' ? 22 : 8;
  return trimmed.length > max ? `${trimmed.slice(0, max - 1)}…` : trimmed;
}
