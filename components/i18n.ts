/**
 * UI strings in English and Simplified Chinese from _locales (the browser picks by its language).
 * `t` falls back to the key so a missing message is visible, never blank.
 */
import browser from 'webextension-polyfill';

/** A message from _locales, with $1…$9 substitutions. */
export function t(key: string, ...subs: (string | number)[]): string {
  const msg = browser.i18n?.getMessage(key, subs.map(String));
  return msg || key;
}

/** The UI language: zh for Chinese browsers, else en. */
export function uiLang(): 'zh' | 'en' {
  const lang = browser.i18n?.getUILanguage?.() ?? 'en';
  return lang.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}
