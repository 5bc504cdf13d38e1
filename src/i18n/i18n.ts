import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Lang } from '../pipeline/types';
import type { Messages } from './locales/nl';

/** Messages per language; any subset (the app starts with the shown language only). */
export type Bundles = Partial<Record<Lang, Messages>>;

/**
 * Each language is its own chunk, loaded when it is first shown: at start the detected
 * language, the other when the language switch (or a link) asks for it.
 */
const LOADERS: Record<Lang, () => Promise<{ default: Messages }>> = {
  nl: () => import('./locales/nl'),
  en: () => import('./locales/en'),
};

/** A fresh instance per app (and per test), so language changes never leak between them. */
export function createI18n(lang: Lang, bundles: Bundles): i18n {
  const instance = i18next.createInstance();
  const resources = Object.fromEntries(Object.entries(bundles).map(([l, messages]) => [l, { translation: messages }]));
  void instance.use(initReactI18next).init({
    lng: lang,
    // Each language falls back on the other: whichever is loaded, a key never shows raw
    // (the language switch names English in English before that bundle is in).
    fallbackLng: { nl: ['en'], en: ['nl'], default: ['nl'] },
    supportedLngs: ['nl', 'en'],
    resources,
    // React escapes text itself; escaping here would double-encode names like "Bosnië & …".
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return instance;
}

export const hasLanguage = (instance: i18n, lang: Lang): boolean => instance.hasResourceBundle(lang, 'translation');

const pending = new WeakMap<i18n, Map<Lang, Promise<void>>>();

/** Adds a language's messages to the instance, once; resolves at once if they are in. */
export function loadLanguage(instance: i18n, lang: Lang): Promise<void> {
  if (hasLanguage(instance, lang)) return Promise.resolve();
  const mine = pending.get(instance) ?? new Map<Lang, Promise<void>>();
  pending.set(instance, mine);
  let p = mine.get(lang);
  if (!p) {
    p = LOADERS[lang]().then(
      (m) => {
        instance.addResourceBundle(lang, 'translation', m.default, true, true);
      },
      (e: unknown) => {
        mine.delete(lang);
        throw e;
      },
    );
    mine.set(lang, p);
  }
  return p;
}

/**
 * The app's instance, ready to render: only `lang`'s messages are loaded. Should that chunk
 * fail, the other language is tried, so the page still has words in it.
 */
export async function startI18n(lang: Lang): Promise<i18n> {
  const instance = createI18n(lang, {});
  await loadLanguage(instance, lang)
    .catch(() => loadLanguage(instance, lang === 'nl' ? 'en' : 'nl'))
    .catch(() => {});
  return instance;
}
