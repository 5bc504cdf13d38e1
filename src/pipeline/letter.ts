import type { Gazetteer } from './gazetteer';
import { detectLang } from './lang';
import { createMatcher, type Matcher } from './mentions';
import { parseLetter } from './structure';
import { assignThemes, compileRules, type ThemeRule } from './themes';
import type { Lang, LetterDocument, Theme } from './types';

export interface LetterContext {
  gazetteer: Gazetteer;
  themes: Theme[];
  rules: ThemeRule[];
}

export interface LetterInput {
  /** File stem, used for ids. */
  id: string;
  /** For messages and the document's `source` field. */
  file: string;
  text: string;
  /** Overrides language detection. */
  lang?: Lang;
}

/** Creates the per-language matchers and rules once, for any number of documents. */
export function createLetterBuilder(ctx: LetterContext): (input: LetterInput) => LetterDocument {
  const matchers = new Map<Lang, Matcher>();
  const rules = compileRules(ctx.rules, ctx.themes);
  return (input) => {
    const lang = input.lang ?? detectLang(input.text);
    let matcher = matchers.get(lang);
    if (!matcher) matchers.set(lang, (matcher = createMatcher(ctx.gazetteer, lang)));
    const parsed = parseLetter(input.text, input.id, input.file);
    const sections = new Map(parsed.sections.map((s) => [s.id, s]));
    return {
      meta: { ...parsed.meta, lang, source: input.file },
      sections: parsed.sections,
      passages: parsed.passages.map((p) => ({
        ...p,
        mentions: matcher.find(p.text),
        ...assignThemes(p, sections, rules, ctx.themes, lang),
      })),
    };
  };
}
