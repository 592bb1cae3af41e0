/**
 * Translation: `t(key, params)` in the current language, zh-CN by default, the choice kept in localStorage.
 * A missing key falls back to zh-CN, then to the key itself, so a gap shows up plainly instead of breaking the page.
 */
import zh from './zh-CN.js';
import en from './en.js';

const DICTIONARIES = { 'zh-CN': zh, en };
export const LANGUAGES = Object.keys(DICTIONARIES);
const STORAGE_KEY = 'parkwatch.lang';
const listeners = new Set();

let current = readStoredLanguage();

function readStoredLanguage() {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    return LANGUAGES.includes(stored) ? stored : 'zh-CN';
  } catch {
    return 'zh-CN';
  }
}

export function lang() {
  return current;
}

export function setLang(next) {
  if (!LANGUAGES.includes(next) || next === current) return;
  current = next;
  try { localStorage.setItem(STORAGE_KEY, next); } catch { /* private mode: not persisted */ }
  listeners.forEach((fn) => fn(current));
}

/** Calls `fn(lang)` after each language change; returns a function that unsubscribes. */
export function onLangChange(fn) {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

export function has(key) {
  return key in DICTIONARIES[current] || key in zh;
}

function fill(text, params) {
  return params ? text.replace(/\{(\w+)\}/g, (m, name) => (name in params ? String(params[name]) : m)) : text;
}

export function t(key, params) {
  return fill(DICTIONARIES[current][key] ?? zh[key] ?? key, params);
}

/**
 * The `tr(key, params)` of a part of the front end with its own strings (alarms, zones, risk, portal, the big screen,
 * the public display): its entry in the page language, else its zh-CN entry, else the shared dictionaries (`t`).
 */
export function translator(ownZh, ownEn) {
  return (key, params) => {
    const own = (current === 'en' ? ownEn[key] : ownZh[key]) ?? ownZh[key];
    return own === undefined ? t(key, params) : fill(own, params);
  };
}

/** The name of a record with `nameZh`/`nameEn` (or a GeoJSON feature's properties) in the current language. */
export function localName(obj, fallback = '') {
  if (!obj) return fallback;
  const zhName = obj.nameZh, enName = obj.nameEn;
  return (current === 'en' ? enName || zhName : zhName || enName) || fallback;
}

/**
 * The one way static page text is filled: elements marked `data-i18n` (text) and `data-i18n-title` (title) under
 * `root`, translated by `tr` (a page's {@link translator}; the shared `t` by default), then the document's language
 * and its title (`titleKey`).
 */
export function applyStatic(root = document, { tr = t, titleKey = 'app.title' } = {}) {
  root.querySelectorAll('[data-i18n]').forEach((el) => { el.textContent = tr(el.dataset.i18n); });
  root.querySelectorAll('[data-i18n-title]').forEach((el) => { el.title = tr(el.dataset.i18nTitle); });
  document.documentElement.lang = current;
  document.title = tr(titleKey);
}
