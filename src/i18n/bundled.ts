/**
 * Both languages, loaded synchronously: for tests and tools that need every message at
 * once. The app never imports this (it loads languages on demand, see i18n.ts).
 */
import type { i18n } from 'i18next';
import type { Lang } from '../pipeline/types';
import { createI18n, type Bundles } from './i18n';
import en from './locales/en';
import nl from './locales/nl';

const BUNDLES: Required<Bundles> = { nl, en };

export const createBundledI18n = (lang: Lang): i18n => createI18n(lang, BUNDLES);
