import { applyDocumentRules, type Unit } from './document';
import type { Gazetteer } from './gazetteer';
import { detectLang } from './lang';
import { createMatcher, type Matcher } from './mentions';
import { parseLetter, type ParsedLetter } from './structure';
import { assignThemes, compileRules, type ThemeRule } from './themes';
import type { Lang, LetterDocument, Passage, Section, StructureKind, Theme } from './types';

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

/** A built document plus the one-line description of its structure for the build log. */
export type BuiltLetter = LetterDocument & { structureNote: string };

const sectionPath = (s: Section) => (s.level === 1 ? [s.id] : [s.id.split('.')[0]!, s.id]);

/** Creates the per-language matchers and rules once, for any number of documents. */
export function createLetterBuilder(ctx: LetterContext): (input: LetterInput) => LetterDocument {
  const build = createStructuredBuilder(ctx);
  return (input) => {
    const { structureNote: _, ...doc } = build(input);
    return doc;
  };
}

/** As createLetterBuilder, also saying which structure each document was read with. */
export function createStructuredBuilder(ctx: LetterContext): (input: LetterInput) => BuiltLetter {
  const matchers = new Map<Lang, Matcher>();
  const rules = compileRules(ctx.rules, ctx.themes);
  return (input) => {
    const lang = input.lang ?? detectLang(input.text);
    let matcher = matchers.get(lang);
    if (!matcher) matchers.set(lang, (matcher = createMatcher(ctx.gazetteer, lang)));
    const parsed = parseLetter(input.text, input.id, input.file);
    withTitleSection(parsed, matcher);
    const sectionsById = new Map(parsed.sections.map((s) => [s.id, s]));

    // Headings and passages in reading order, so a definition applies from where it stands.
    const order: ({ kind: 'section'; s: Section } | { kind: 'passage'; p: ParsedLetter['passages'][number] })[] = [
      ...parsed.sections.map((s) => ({ kind: 'section' as const, s })),
      ...parsed.passages.map((p) => ({ kind: 'passage' as const, p })),
    ];
    const line = (x: (typeof order)[number]) => (x.kind === 'section' ? x.s.line : x.p.line);
    order.sort((a, b) => line(a) - line(b) || (a.kind === b.kind ? 0 : a.kind === 'section' ? -1 : 1));
    const units: Unit[] = order.map((x) => {
      const text = x.kind === 'section' ? x.s.title : x.p.text;
      return { text, mentions: matcher.find(text) };
    });
    const resolved = applyDocumentRules(units, lang);

    const sections: Section[] = parsed.sections.map((s) => ({ ...s }));
    const sectionOut = new Map(sections.map((s) => [s.id, s]));
    const passages: Passage[] = [];
    order.forEach((x, i) => {
      const mentions = resolved[i]!;
      if (x.kind === 'section') {
        if (!mentions.length) return;
        const s = sectionOut.get(x.s.id)!;
        s.mentions = mentions.map((m) => ({ ...m, inHeading: true }));
        const t = assignThemes({ text: s.title, sectionPath: sectionPath(s) }, sectionsById, rules, ctx.themes, lang);
        s.themes = t.themes;
        s.themeReasons = t.themeReasons;
      } else {
        passages.push({ ...x.p, mentions, ...assignThemes(x.p, sectionsById, rules, ctx.themes, lang) });
      }
    });
    // Passages keep their order in the letter (the parser's order).
    const index = new Map(parsed.passages.map((p, i) => [p.id + '@' + p.line, i]));
    passages.sort((a, b) => index.get(a.id + '@' + a.line)! - index.get(b.id + '@' + b.line)!);

    const structure: StructureKind = parsed.structure.kind;
    return {
      meta: { ...parsed.meta, lang, source: input.file, ...(structure === 'chapters' ? {} : { structure }) },
      sections,
      passages,
      structureNote: parsed.structure.detail,
    };
  };
}

/**
 * A letter with numbered chapters keeps its title above chapter 1, outside the sections. When
 * the title names a place ("Kamerbrief over de situatie in Soedan") it is the letter's first
 * heading: a section "0" carries it, so its mentions count.
 */
function withTitleSection(parsed: ParsedLetter, matcher: Matcher) {
  if (parsed.structure.kind !== 'chapters' || parsed.sections.some((s) => s.id === '0')) return;
  if (parsed.meta.title === parsed.meta.id || !matcher.find(parsed.meta.title).some((m) => m.iso2 || m.region || m.candidates)) return;
  const first = parsed.sections[0];
  parsed.sections.unshift({ id: '0', level: 1, number: null, title: parsed.meta.title, spans: [], line: Math.max(1, (first?.line ?? 2) - 1) });
}
