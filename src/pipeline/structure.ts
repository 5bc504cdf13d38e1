import { SeedError } from './errors';
import { cleanMarkup, superscriptNumber } from './markup';
import { parseUnnumbered } from './structure-plain';
import type { DocumentMeta, Footnote, Lang, Passage, Section, Signatory, Span, StructureKind } from './types';

/** A run of text from the seed with the line it started on. */
export interface Unit {
  raw: string;
  line: number;
}

const CHAPTER = /^(\d{1,2})\.\s+(\S.{0,118})$/;
const FOOTNOTE = /^([⁰¹²³⁴⁵⁶⁷⁸⁹]+)\s+(.*)$/;
export const TERMINAL = /[.!?:;)\]"”’…]$/;
const MONTHS: Record<string, number> = Object.fromEntries(
  [
    ['januari', 'january'], ['februari', 'february'], ['maart', 'march'], ['april', 'april'],
    ['mei', 'may'], ['juni', 'june'], ['juli', 'july'], ['augustus', 'august'],
    ['september', 'september'], ['oktober', 'october'], ['november', 'november'], ['december', 'december'],
  ].flatMap(([nl, en], i) => [[nl!, i + 1], [en!, i + 1]]),
);

export interface ParsedLetter {
  meta: Omit<DocumentMeta, 'lang' | 'source' | 'structure'>;
  /** Which structure was found, and a one-line description for the build log. */
  structure: { kind: StructureKind; detail: string };
  sections: Section[];
  /** Passages without mentions and themes: later stages add those. */
  passages: Omit<Passage, 'mentions' | 'themes' | 'themeReasons'>[];
}

/**
 * Text → metadata, sections and passages. A letter with numbered chapters ("1. Titel") is read
 * as such; any other text by what it has (question/answer blocks, articles, unnumbered
 * headings, else one section: ./structure-plain.ts). Repairs what the PDF did: paragraphs split
 * by a page break are joined, footnotes leave the running text for the passage that cites them.
 */
export function parseLetter(text: string, id: string, file = id): ParsedLetter {
  const lines = text.split('\n');
  if (lines.every((l) => l.trim() === '')) throw new SeedError(file, 'the file has no text (only white space)');
  const chapters = lines.map((l, i) => [i, CHAPTER.exec(l.trim())] as const).filter(([i, m]) => m && isChapter(lines[i]!.trim()));
  // Numbered chapters only when they count 1, 2, 3 … in order: a stray "3. Oekraïne" in a list is not one.
  const numbered = chapters.length > 0 && chapters.every(([, m], k) => Number(m![1]) === k + 1);
  if (!numbered) return parseUnnumbered(lines, id, file);
  const firstChapter = chapters[0]![0];
  const head = blocks(lines.slice(0, firstChapter), 1);
  const meta = parseHead(head, id);

  const { units, footnotes } = bodyUnits(lines, firstChapter);
  const sections: Section[] = [];
  const passages: ParsedLetter['passages'] = [];
  let chapter: Section | null = null;
  let sub: Section | null = null;
  let subCount = 0;
  let paraCount = 0;
  const cited = new Set<number>();

  units.forEach((unit, i) => {
    const trimmed = unit.raw.trim();
    const chapterMatch = CHAPTER.exec(trimmed);
    if (chapterMatch && isChapter(trimmed)) {
      const clean = cleanMarkup(chapterMatch[2]!);
      chapter = { id: chapterMatch[1]!, level: 1, number: chapterMatch[1]!, title: clean.text, spans: clean.spans, line: unit.line };
      sections.push(chapter);
      sub = null;
      subCount = 0;
      paraCount = 0;
      return;
    }
    if (chapter && isSubheading(trimmed, units[i + 1]?.raw)) {
      subCount++;
      const clean = cleanMarkup(trimmed);
      sub = { id: `${chapter.id}.${subCount}`, level: 2, number: null, title: clean.text, spans: clean.spans, line: unit.line };
      sections.push(sub);
      paraCount = 0;
      return;
    }
    if (!chapter) return;
    paraCount++;
    const clean = cleanMarkup(trimmed);
    const notes = citedNotes(clean.footnoteRefs, footnotes, cited);
    const c = chapter as Section;
    const s = sub as Section | null;
    passages.push({
      id: `${c.id}.${s ? s.id.split('.')[1] : '0'}.${paraCount}`,
      sectionPath: s ? [c.id, s.id] : [c.id],
      text: clean.text,
      spans: clean.spans,
      footnotes: notes,
      line: unit.line,
    });
  });

  // A footnote no passage cites is kept on the passage just before it rather than lost.
  for (const [n, note] of footnotes) {
    if (cited.has(n)) continue;
    const host = [...passages].reverse().find((p) => p.line < note.line) ?? passages.at(-1);
    host?.footnotes.push({ n, text: note.text });
  }
  if (passages.length === 0) return parseUnnumbered(lines, id, file);
  const intro = introPassages(head, meta.title);
  if (intro.length) {
    sections.unshift({ id: '0', level: 1, number: null, title: meta.title, spans: [], line: intro[0]!.line });
    passages.unshift(...intro);
  }
  const chaptersFound = sections.filter((s) => s.level === 1 && s.number).length;
  return { meta, structure: { kind: 'chapters', detail: `${chaptersFound} numbered chapters` }, sections, passages };
}

/**
 * Prose before chapter 1 that is not the letter head: what follows the cover note's signatures
 * or the salutation ("Geachte voorzitter,"). A Kamerstuk's cover note ("Hierbij bieden wij u …")
 * with its signatures stays out.
 */
function introPassages(head: Unit[][], title: string): ParsedLetter['passages'] {
  const units = head.flat();
  let from = 0;
  units.forEach((u, i) => {
    if (/^(Geachte|Dear)\s/.test(u.raw) || isSignatoryStart(u.raw)) from = i + 1;
  });
  const out: ParsedLetter['passages'] = [];
  for (const u of units.slice(from)) {
    if (!TERMINAL.test(u.raw) || u.raw.split(/\s+/).length < 6 || u.raw === title) continue;
    const clean = cleanMarkup(u.raw);
    out.push({ id: `0.0.${out.length + 1}`, sectionPath: ['0'], text: clean.text, spans: clean.spans, footnotes: [], line: u.line });
  }
  return out;
}

export const isSignatoryStart = (line: string) => /^(De|The)\s+(minister|staatssecretaris|minister-president|prime minister|secretary)/i.test(line);

function isChapter(line: string): boolean {
  const m = CHAPTER.exec(line);
  return !!m && !TERMINAL.test(line) && m[2]!.split(/\s+/).length <= 16;
}

/** A short line without closing punctuation that is not continued in lower case on the next line. */
/** The footnotes a passage's markers cite (each once), marked as cited for the unused-footnote check. */
export function citedNotes(refs: readonly number[], footnotes: ReadonlyMap<number, { text: string }>, cited: Set<number>): Footnote[] {
  const notes: Footnote[] = [];
  for (const n of refs) {
    const note = footnotes.get(n);
    if (note !== undefined && !notes.some((f) => f.n === n)) {
      notes.push({ n, text: note.text });
      cited.add(n);
    }
  }
  return notes;
}

export function isSubheading(line: string, next: string | undefined): boolean {
  if (line.length > 120 || TERMINAL.test(line) || /[,-]$/.test(line)) return false;
  if (!/^[*\p{Lu}]/u.test(line)) return false;
  if (line.split(/\s+/).length > 16) return false;
  if (next !== undefined && /^\p{Ll}/u.test(next.trim())) return false;
  return true;
}

/** Groups of consecutive non-blank lines. */
export function blocks(lines: string[], firstLine: number): Unit[][] {
  const out: Unit[][] = [];
  let cur: Unit[] = [];
  lines.forEach((l, i) => {
    if (l.trim() === '') {
      if (cur.length) out.push(cur);
      cur = [];
    } else cur.push({ raw: l.trim(), line: firstLine + i });
  });
  if (cur.length) out.push(cur);
  return out;
}

/**
 * The body as paragraphs and headings, footnotes taken out. In this extraction every
 * paragraph is one line; blank lines and page breaks separate them. A paragraph that ends
 * mid-sentence and is continued in lower case after the break becomes one unit again.
 */
export interface WrapOptions {
  /** The width a hard-wrapped text was wrapped at; lines within a block are joined back. */
  width: number;
  /** Lines that always start a unit of their own (markers such as "Vraag 1", bullets). */
  isBreak: (line: string) => boolean;
  /** Lines that are a unit of their own, never continued ("Vraag 1", a short heading); a bullet is continued. */
  standsAlone: (line: string) => boolean;
}

export function bodyUnits(lines: string[], from: number, wrap?: WrapOptions): { units: Unit[]; footnotes: Map<number, { text: string; line: number }> } {
  const footnotes = new Map<number, { text: string; line: number }>();
  const units: Unit[] = [];
  for (const block of blocks(lines.slice(from), from + 1)) {
    for (let k = 0; k < block.length; k++) {
      const u = block[k]!;
      const before = block[k - 1];
      // A hard-wrapped paragraph: the line before ran to the margin and this one carries on.
      if (wrap && before && units.length && !wrap.isBreak(u.raw) && !wrap.standsAlone(before.raw) && before.raw.length >= wrap.width * 0.7) {
        const prev = units.at(-1)!;
        prev.raw = joinLines(prev.raw, u.raw);
        continue;
      }
      const fn = FOOTNOTE.exec(u.raw);
      if (fn) {
        // A footnote may wrap onto following lines of its block.
        const rest = block.slice(k + 1).map((x) => x.raw);
        const text = [fn[2]!, ...rest].join(' ').trim();
        const n = superscriptNumber(fn[1]!)!;
        footnotes.set(n, { text, line: u.line });
        break;
      }
      const prev = units.at(-1);
      if (prev && continues(prev.raw, u.raw)) prev.raw = joinLines(prev.raw, u.raw);
      else units.push({ ...u });
    }
  }
  return { units, footnotes };
}

/**
 * Joins a line to the one it continues. A word broken at a hyphen is joined without it
 * ("samen-" + "werking"), a hyphen before a capital is kept ("Centraal-" + "Afrikaanse"), and a
 * dangling hyphen before "en"/"of" stays one ("West-" + "en Noord-Afrikaanse").
 */
function joinLines(prev: string, next: string): string {
  if (!/\p{L}-$/u.test(prev)) return `${prev} ${next}`;
  if (/^(?:en|of|and|or)\s/u.test(next)) return `${prev} ${next}`;
  return /^\p{Ll}/u.test(next) ? prev.slice(0, -1) + next : prev + next;
}

function continues(prev: string, next: string): boolean {
  if (TERMINAL.test(prev) || CHAPTER.test(prev)) return false;
  // Headings also end without punctuation; only a lower-case start marks a continuation.
  return /^\p{Ll}/u.test(next) && prev.length > 0;
}

function parseHead(head: Unit[][], id: string): ParsedLetter['meta'] {
  const all = head.flat();
  let kamerstuk: string | null = null;
  const dossier = all.map((u) => /^(\d{2}\s?\d{3})\s+([IVXLC]+)\b/.exec(u.raw)).find(Boolean);
  const nr = all.map((u) => /^Nr\.\s*(\d+)/i.exec(u.raw)).find(Boolean);
  if (dossier) kamerstuk = `${dossier[1]} ${dossier[2]}${nr ? `, nr. ${nr[1]}` : ''}`;

  let date: string | null = null;
  let place: string | null = null;
  for (const u of all) {
    const m = /^(?:([^,\d]+),\s*)?(\d{1,2})\s+(\p{L}+)\s+(\d{4})$/u.exec(u.raw);
    const month = m ? MONTHS[m[3]!.toLowerCase()] : undefined;
    if (m && month) {
      date = `${m[4]}-${String(month).padStart(2, '0')}-${m[2]!.padStart(2, '0')}`;
      place = m[1]?.trim() ?? null;
      break;
    }
  }

  const signatories: Signatory[] = [];
  for (const block of head) {
    if (!isSignatoryStart(block[0]!.raw)) continue;
    const roleEnd = block.findIndex((u) => u.raw.endsWith(','));
    if (roleEnd === -1 || roleEnd === block.length - 1) continue;
    signatories.push({
      role: block.slice(0, roleEnd + 1).map((u) => u.raw).join(' ').replace(/,$/, ''),
      name: block.slice(roleEnd + 1).map((u) => u.raw).join(' '),
    });
  }

  // The title is the last one-line block before chapter 1 that reads like a heading.
  const titleBlock = [...head].reverse().find((b) => b.length === 1 && !TERMINAL.test(b[0]!.raw) && !/,/.test(b[0]!.raw));
  const title = titleBlock ? cleanMarkup(titleBlock[0]!.raw).text : id;
  return { id, title, kamerstuk, date, place, signatories };
}

export type { Span, Lang };
