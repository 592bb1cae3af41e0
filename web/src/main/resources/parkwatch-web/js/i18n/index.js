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

export function t(key, params) {
  let text = DICTIONARIES[current][key] ?? zh[key] ?? key;
  if (params) text = text.replace(/\{(\w+)\}/g, (m, name) => (name in params ? String(params[name]) : m));
  return text;
}

/** The name of a record with `nameZh`/`nameEn` (or a GeoJSON feature's properties) in the current language. */
export function localName(obj, fallback = '') {
  if (!obj) return fallback;
  const zhName = obj.nameZh, enName = obj.nameEn;
  return (current === 'en' ? enName || zhName : zhName || enName) || fallback;
}

/** Fills elements marked `data-i18n` (text) and `data-i18n-title` (title) under `root`. */
export function applyStatic(root = document) {
  root.querySelectorAll('[data-i18n]').forEach((el) => { el.textContent = t(el.dataset.i18n); });
  root.querySelectorAll('[data-i18n-title]').forEach((el) => { el.title = t(el.dataset.i18nTitle); });
  document.documentElement.lang = current;
  document.title = t('app.title');
}
