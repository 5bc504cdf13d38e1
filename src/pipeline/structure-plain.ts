/**
 * Documents without numbered chapters: Kamervragen, Kamerbrieven written in one go, Council
 * conclusions, statements, news, treaties. The structure is found from what the text has, in
 * this order:
 *
 * 1. question/answer blocks: "Vraag 1" / "Antwoord 1", "Question 1" / "Answer 1";
 * 2. articles: "Artikel 5" / "Article 5" (under "Hoofdstuk 2" / "Chapter II" when present);
 * 3. unnumbered headings: short lines without closing punctuation followed by a paragraph;
 * 4. otherwise one section, titled by the first line (when it reads as a title) or the file name.
 *
 * Hard-wrapped text (PDF or e-mail copies, lines of ~80 characters) is joined back into
 * paragraphs. Letter metadata (Kamerstuk line, addressee, date, salutation, signatures) goes to
 * the metadata, not into passages.
 */
import { SeedError } from './errors';
import { cleanMarkup } from './markup';
import { bodyUnits, citedNotes, isSignatoryStart, isSubheading, TERMINAL, type ParsedLetter, type Unit } from './structure';
import type { Section, Signatory } from './types';

const QUESTION = /^(?:Vraag|Vragen|Question|Questions)\s+(\d{1,3})(?:\s*(?:,|en|and|&|-|–|t\/m)\s*\d{1,3})*\s*[.:)]?(?:\s+(.*))?$/;
const ANSWER = /^(?:Antwoord|Antwoorden|Answer|Answers|Reply)(?:\s+(?:op\s+|to\s+)?(?:vraag|vragen|question|questions)?\s*(\d{1,3})(?:\s*(?:,|en|and|&|-|–|t\/m)\s*\d{1,3})*\s*[.:)]?(?:\s+(.*))?|\s*:?)$/;
const ARTICLE = /^(?:Artikel|Article|Art\.)\s+(\d{1,3}[a-z]?|[IVXLC]{1,6})(?:\s*[.:–-]\s*|\s+)?(.*)$/;
const PART = /^(?:Hoofdstuk|HOOFDSTUK|Chapter|CHAPTER|Titel|TITEL|Title|TITLE|Part|PART|Deel|DEEL|Afdeling|AFDELING)\s+([\dIVXLC]{1,6}[A-Z]?)\b\s*[.:–-]?\s*(.*)$/;
const BULLET = /^(?:[-•–·▪]\s+|\d{1,3}[.)]\s*\S|[a-z][.)]\s+)/;
const MONTHS = 'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|january|february|march|may|june|july|august|october';
const DATE_LINE = new RegExp(`^(?:(?:Datum|Date)\\s+)?(?:([^,\\d]{2,40}),\\s*)?(?:\\p{L}+dag\\s+)?(\\d{1,2})\\s+(${MONTHS})\\s+(\\d{4})\\.?$`, 'iu');
const MONTH_NUMBER: Record<string, number> = Object.fromEntries(
  MONTHS.split('|').map((m) => [m, ['januari', 'january'].includes(m) ? 1 : ['februari', 'february'].includes(m) ? 2 : ['maart', 'march'].includes(m) ? 3 : m === 'april' ? 4 : ['mei', 'may'].includes(m) ? 5 : ['juni', 'june'].includes(m) ? 6 : ['juli', 'july'].includes(m) ? 7 : ['augustus', 'august'].includes(m) ? 8 : m === 'september' ? 9 : ['oktober', 'october'].includes(m) ? 10 : m === 'november' ? 11 : 12]),
);

/** A short title-like line: no closing punctuation, at most 16 words, starts with a capital. */
const titleLike = (line: string) => line.length <= 150 && !TERMINAL.test(line) && !/[,-]$/.test(line) && /^[*\p{Lu}\p{N}"“„'‘]/u.test(line) && line.split(/\s+/).length <= 16;
const isProse = (line: string) => TERMINAL.test(line) || line.length > 150 || line.split(/\s+/).length > 16;

/** Hard-wrapped text: almost no line runs long, and blocks hold several lines of similar length. */
function wrapWidth(lines: string[]): number | null {
  const lengths = lines.map((l) => l.trim().length).filter((n) => n > 0);
  if (lengths.length < 6) return null;
  const long = lengths.filter((n) => n > 110).length;
  const continued = lines.filter((l, i) => l.trim() !== '' && (lines[i + 1] ?? '').trim() !== '').map((l) => l.trim().length);
  if (long / lengths.length > 0.05 || continued.length < 3) return null;
  const sorted = [...continued].sort((a, b) => a - b);
  const width = sorted[Math.floor(sorted.length * 0.9)]!;
  return width >= 45 ? width : null;
}

const DOSSIER = /^(\d{2}\s?\d{3}(?:-[\dA-Z]+)?)\s+(?:([IVXLC]+)\s+)?(\S.*)$/;
const FURNITURE = /^(?:Aan de|To the)\s+(?:Voorzitter|voorzitter|President|Chair)|^(?:Geachte|Dear)\s.*,$|^(?:Datum|Kenmerk|Onze referentie|Uw referentie|Bijlage\(n\)|Bijlagen?)\b/;
/** A line of letter furniture: dossier, number, addressee, date, salutation, reference, signature. */
const isMetaLine = (l: string) =>
  (DOSSIER.test(l) && !isProse(l)) || /^Nr\.\s*\d+\b/i.test(l) || DATE_LINE.test(l) || FURNITURE.test(l) || /^(?:Betreft|Onderwerp|Subject)\s*:?\s+\S/.test(l) || isSignatoryStart(l);

interface Meta {
  title: string | null;
  kamerstuk: string | null;
  date: string | null;
  place: string | null;
  signatories: Signatory[];
}

/** Letter furniture near the top and the signatures at the end: metadata, not passages. */
function takeMetadata(units: Unit[]): { meta: Meta; body: Unit[] } {
  const meta: Meta = { title: null, kamerstuk: null, date: null, place: null, signatories: [] };
  const drop = new Set<Unit>();
  let dossier: string | null = null;
  units.slice(0, 14).forEach((u, i) => {
    const d = DOSSIER.exec(u.raw);
    const nr = /^Nr\.\s*(\d+)\b/i.exec(u.raw);
    const date = DATE_LINE.exec(u.raw);
    const betreft = /^(?:Betreft|Onderwerp|Subject)\s*:?\s+(\S.*)$/.exec(u.raw);
    if (d && !isProse(u.raw)) {
      // A Kamerstuk lists its dossiers ("36 045 Situatie in Oekraïne"); the first is the Kamerstuk,
      // and the title when the document starts with it.
      if (!dossier) {
        dossier = d[2] ? `${d[1]} ${d[2]}` : d[1]!;
        if (i === 0) meta.title = d[3]!;
      }
    } else if (nr && dossier) meta.kamerstuk = `${dossier}, nr. ${nr[1]}`;
    else if (date && !meta.date) {
      meta.date = `${date[4]}-${String(MONTH_NUMBER[date[3]!.toLowerCase()]).padStart(2, '0')}-${date[2]!.padStart(2, '0')}`;
      meta.place = date[1]?.trim() ?? null;
    } else if (betreft) meta.title ??= betreft[1]!;
    else if (!FURNITURE.test(u.raw)) return;
    drop.add(u);
  });
  if (dossier && !meta.kamerstuk) meta.kamerstuk = dossier;

  // Signatures: "De Minister van Defensie, K.H. Ollongren" on one line, or role and name on two.
  for (let i = units.length - 1; i >= Math.max(0, units.length - 8); i--) {
    const u = units[i]!;
    if (!isSignatoryStart(u.raw)) continue;
    const one = /^([^,]{5,120}),\s*(\S.{1,60})$/.exec(u.raw);
    const next = units[i + 1];
    if (one && !TERMINAL.test(one[2]!)) {
      meta.signatories.unshift({ role: one[1]!, name: one[2]! });
      drop.add(u);
    } else if (u.raw.endsWith(',') && next && !isProse(next.raw) && next.raw.split(/\s+/).length <= 6) {
      meta.signatories.unshift({ role: u.raw.slice(0, -1), name: next.raw });
      drop.add(u).add(next);
    }
  }
  return { meta, body: units.filter((u) => !drop.has(u)) };
}

type Kind = ParsedLetter['structure']['kind'];

export function parseUnnumbered(lines: string[], id: string, file: string): ParsedLetter {
  const width = wrapWidth(lines);
  const marker = (l: string) => QUESTION.test(l) || ANSWER.test(l) || (ARTICLE.test(l) && !isProse(l)) || (PART.test(l) && !isProse(l));
  const shortTitle = (l: string, w: number) => titleLike(l) && l.length < w * 0.7;
  const alone = (l: string, w: number) => marker(l) || shortTitle(l, w) || isMetaLine(l);
  const wrap = width ? { width, isBreak: (l: string) => alone(l, width) || BULLET.test(l), standsAlone: (l: string) => alone(l, width) } : undefined;
  const { units: all, footnotes } = bodyUnits(lines, 0, wrap);
  const { meta: head, body } = takeMetadata(all);
  if (body.length === 0) throw new SeedError(file, 'no text besides the letter head (addressee, date, signatures)');

  const questions = body.filter((u) => QUESTION.test(u.raw) && !isProse(u.raw.replace(QUESTION, '$1'))).length;
  const articles = body.filter((u) => ARTICLE.test(u.raw) && !isProse(u.raw)).length;
  const headingAt = (i: number) => {
    const u = body[i]!.raw;
    const next = body[i + 1]?.raw;
    return titleLike(u) && isSubheading(u.replace(/^\*+|\*+$/g, '') || u, next) && next !== undefined && (isProse(next) || BULLET.test(next));
  };
  const headings = body.map((_, i) => headingAt(i)).filter(Boolean).length;
  // A headline may ask or exclaim: "Vele inwoners Sudan op de vlucht: waar gaan ze naartoe?"
  const first = body[0]!.raw;
  const firstIsTitle = body.length > 1 && (titleLike(first) || titleLike(first.replace(/[?!]$/, ''))) && !QUESTION.test(first) && !ARTICLE.test(first) && !PART.test(first);

  const kind: Kind = questions > 0 ? 'questions' : articles >= 2 ? 'articles' : headings - (firstIsTitle && headingAt(0) ? 1 : 0) >= 1 ? 'headings' : 'single';
  const title = head.title ?? (firstIsTitle ? cleanMarkup(body[0]!.raw).text : id);

  const sections: Section[] = [];
  const passages: ParsedLetter['passages'] = [];
  let chapter: Section | null = null;
  let sub: Section | null = null;
  let subCount = 0;
  let para = 0;
  const cited = new Set<number>();
  const open = (level: 1 | 2, titleText: string, number: string | null, line: number) => {
    const clean = cleanMarkup(titleText);
    if (level === 1) {
      chapter = { id: String(sections.filter((s) => s.level === 1 && s.id !== '0').length + 1), level, number, title: clean.text, spans: clean.spans, line };
      sections.push(chapter);
      sub = null;
      subCount = 0;
    } else {
      if (!chapter) open(1, title, null, line);
      subCount++;
      sub = { id: `${chapter!.id}.${subCount}`, level, number, title: clean.text, spans: clean.spans, line };
      sections.push(sub);
    }
    para = 0;
  };
  const intro = (line: number) => {
    chapter = { id: '0', level: 1, number: null, title, spans: [], line };
    sections.push(chapter);
    para = 0;
  };
  const passage = (raw: string, line: number) => {
    if (!chapter) open(1, title, null, line);
    para++;
    const clean = cleanMarkup(raw);
    const notes = citedNotes(clean.footnoteRefs, footnotes, cited);
    const c = chapter as unknown as Section;
    const s = sub as Section | null;
    passages.push({ id: `${c.id}.${s ? s.id.split('.')[1] : '0'}.${para}`, sectionPath: s ? [c.id, s.id] : [c.id], text: clean.text, spans: clean.spans, footnotes: notes, line });
  };

  let start = 0;
  if (firstIsTitle && body[0]!.raw === title) {
    // The title heads the text before the first marker (questions, articles) or the first section.
    if (kind === 'questions' || kind === 'articles') intro(body[0]!.line);
    else open(1, title, null, body[0]!.line);
    start = 1;
  }
  for (let i = start; i < body.length; i++) {
    const u = body[i]!;
    if (kind === 'questions') {
      const q = QUESTION.exec(u.raw);
      const a = ANSWER.exec(u.raw);
      if (q) {
        open(1, q[2] ? u.raw.slice(0, u.raw.length - q[2].length).trim() : u.raw, q[1]!, u.line);
        if (q[2]) passage(q[2], u.line);
        continue;
      }
      if (a && chapter) {
        open(2, a[2] ? u.raw.slice(0, u.raw.length - a[2].length).trim() : u.raw, a[1] ?? null, u.line);
        if (a[2]) passage(a[2], u.line);
        continue;
      }
      if (!chapter) intro(u.line);
    } else if (kind === 'articles') {
      const p = PART.exec(u.raw);
      const a = ARTICLE.exec(u.raw);
      if (p && !isProse(u.raw)) {
        open(1, u.raw, p[1]!, u.line);
        continue;
      }
      if (a && !isProse(u.raw)) {
        const hasParts = sections.some((s) => s.level === 1 && PART.test(s.title));
        open(hasParts ? 2 : 1, u.raw, a[1]!, u.line);
        continue;
      }
      if (!chapter) intro(u.line);
    } else if (kind === 'headings' && headingAt(i)) {
      open(1, u.raw, null, u.line);
      continue;
    }
    passage(u.raw, u.line);
  }
  for (const [n, note] of footnotes) {
    if (cited.has(n)) continue;
    const host = [...passages].reverse().find((p) => p.line < note.line) ?? passages.at(-1);
    host?.footnotes.push({ n, text: note.text });
  }
  if (passages.length === 0 && sections.length === 0) throw new SeedError(file, 'no paragraphs found');

  const count = (level: 1 | 2) => sections.filter((s) => s.level === level && s.id !== '0').length;
  const detail =
    kind === 'questions'
      ? `no numbered chapters; ${count(1)} question blocks (${count(2)} with an answer)`
      : kind === 'articles'
        ? `no numbered chapters; ${sections.filter((s) => s.number && ARTICLE.test(s.title)).length} articles`
        : kind === 'headings'
          ? `no numbered chapters; ${count(1)} sections under unnumbered headings`
          : `no numbered chapters or headings; one section titled "${title}"`;
  return {
    meta: { id, title, kamerstuk: head.kamerstuk, date: head.date, place: head.place, signatories: head.signatories },
    structure: { kind, detail },
    sections,
    passages,
  };
}
