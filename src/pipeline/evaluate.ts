/**
 * How often the extraction is right, measured against mentions annotated by hand
 * (data/gold/mentions.csv, see data/gold/README.md). Pure: the CLI (scripts/eval.ts) and the
 * data build only read files and print or write what this returns.
 */
import { csvParse } from 'd3-dsv';
import type { LetterDocument, Mention, MentionKind } from './types';

export const KINDS: readonly MentionKind[] = ['country', 'demonym', 'abbreviation', 'city', 'territory', 'region', 'organisation'];

/** One mention, annotated or found: where it stands and what it names. */
export interface Annotated {
  document: string;
  /** A passage id ("2.2.1") or "heading <section id>" for a heading or title. */
  unit: string;
  surface: string;
  start: number;
  /** ISO alpha-2 for a country (by name, adjective, abbreviation, city, territory); else the region or organisation id. */
  target: string;
  kind: MentionKind;
  /** The annotator's note (gold only): why a borderline case was decided so. */
  note?: string;
  /** 1-based line in the gold CSV (gold only), for messages. */
  line?: number;
}

export interface Score {
  /** Found and right. */
  tp: number;
  /** Found, but not an annotated mention (or naming another place). */
  fp: number;
  /** Annotated, not found. */
  fn: number;
  /** tp / (tp + fp); 1 when nothing was found (no false hits). */
  precision: number;
  /** tp / (tp + fn); 1 when nothing was annotated. */
  recall: number;
  f1: number;
}

interface Error_ {
  document: string;
  unit: string;
  surface: string;
  target: string;
  kind: MentionKind;
  /** Why: the annotator's note, or what the pipeline read instead. */
  reason: string;
}

interface DocumentScore {
  mention: Score;
  country: Score;
}

export interface Evaluation {
  /** Annotated mentions. */
  gold: number;
  documents: number;
  overall: DocumentScore;
  byKind: Record<MentionKind, Score>;
  byDocument: Record<string, DocumentScore>;
  misses: Error_[];
  falseHits: Error_[];
  /** Found and counted right, but marked with other bounds than annotated ("Congo" in "Democratic Republic of Congo"). */
  boundaries: number;
}

export function score(tp: number, fp: number, fn: number): Score {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision: round(precision), recall: round(recall), f1: round(f1) };
}

const round = (n: number) => Math.round(n * 10000) / 10000;
const overlaps = (a: Annotated, b: Annotated) => a.start < b.start + b.surface.length && b.start < a.start + a.surface.length;
const isCountry = (target: string) => /^[A-Z]{2}$/.test(target);
const unitKey = (m: Annotated) => `${m.document}\u0000${m.unit}`;

/** What the pipeline found in a built document, in the gold file's terms. */
export function foundMentions(doc: LetterDocument): Annotated[] {
  const of = (unit: string, m: Mention): Annotated => ({
    document: doc.meta.id,
    unit,
    surface: m.surface,
    start: m.start,
    target: (m.kind === 'region' || m.kind === 'organisation' ? m.region : (m.iso2 ?? m.region)) ?? '',
    kind: m.kind,
  });
  return [
    ...doc.sections.flatMap((s) => (s.mentions ?? []).map((m) => of(`heading ${s.id}`, m))),
    ...doc.passages.flatMap((p) => p.mentions.map((m) => of(p.id, m))),
  ];
}

/**
 * Pairs annotated and found mentions within each passage or heading: a pair is a found mention
 * naming the same place as an annotated one over overlapping characters (so "Congo" found inside
 * the annotated "Democratic Republic of Congo" counts, and is tallied under `boundaries`).
 * Mention-level scores count pairs; country-level scores compare, per document, the set of
 * countries annotated with the set found.
 */
export function evaluate(gold: readonly Annotated[], found: readonly Annotated[]): Evaluation {
  const documents = [...new Set(gold.map((g) => g.document))].sort();
  const inScope = new Set(documents);
  const foundIn = found.filter((f) => inScope.has(f.document));
  const byUnit = new Map<string, Annotated[]>();
  for (const f of foundIn) byUnit.set(unitKey(f), [...(byUnit.get(unitKey(f)) ?? []), f]);

  const matchedFound = new Set<Annotated>();
  const matchedGold = new Set<Annotated>();
  let boundaries = 0;
  for (const g of gold) {
    const hit = (byUnit.get(unitKey(g)) ?? []).find((f) => !matchedFound.has(f) && f.target === g.target && overlaps(f, g));
    if (!hit) continue;
    matchedFound.add(hit);
    matchedGold.add(g);
    if (hit.start !== g.start || hit.surface !== g.surface) boundaries++;
  }

  const misses: Error_[] = gold
    .filter((g) => !matchedGold.has(g))
    .map((g) => {
      const other = (byUnit.get(unitKey(g)) ?? []).find((f) => overlaps(f, g));
      const read = other ? `read as ${other.target} (“${other.surface}”, ${other.kind})` : 'not found';
      return { ...pick(g), reason: g.note ? `${read}; ${g.note}` : read };
    });
  const goldByUnit = new Map<string, Annotated[]>();
  for (const g of gold) goldByUnit.set(unitKey(g), [...(goldByUnit.get(unitKey(g)) ?? []), g]);
  const falseHits: Error_[] = foundIn
    .filter((f) => !matchedFound.has(f))
    .map((f) => {
      const other = (goldByUnit.get(unitKey(f)) ?? []).find((g) => overlaps(f, g));
      return { ...pick(f), reason: other ? `annotated as ${other.target} (“${other.surface}”)` : 'not a mention in the annotation' };
    });

  const mentionScore = (doc?: string) => {
    const inDoc = (m: Annotated) => doc === undefined || m.document === doc;
    return score(
      [...matchedGold].filter(inDoc).length,
      foundIn.filter((f) => inDoc(f) && !matchedFound.has(f)).length,
      gold.filter((g) => inDoc(g) && !matchedGold.has(g)).length,
    );
  };
  const countrySets = (doc: string) => {
    const want = new Set(gold.filter((g) => g.document === doc && isCountry(g.target)).map((g) => g.target));
    const got = new Set(foundIn.filter((f) => f.document === doc && isCountry(f.target)).map((f) => f.target));
    const tp = [...got].filter((c) => want.has(c)).length;
    return { tp, fp: got.size - tp, fn: [...want].filter((c) => !got.has(c)).length };
  };

  const byDocument: Record<string, DocumentScore> = {};
  let ctp = 0;
  let cfp = 0;
  let cfn = 0;
  for (const doc of documents) {
    const c = countrySets(doc);
    ctp += c.tp;
    cfp += c.fp;
    cfn += c.fn;
    byDocument[doc] = { mention: mentionScore(doc), country: score(c.tp, c.fp, c.fn) };
  }
  // Precision over what was found as a kind, recall over what was annotated as it (the two
  // differ when the pipeline reads a name as another kind of the same place).
  const byKind = Object.fromEntries(
    KINDS.map((k) => {
      const found = score([...matchedFound].filter((f) => f.kind === k).length, foundIn.filter((f) => f.kind === k && !matchedFound.has(f)).length, 0);
      const annotated = score([...matchedGold].filter((g) => g.kind === k).length, 0, gold.filter((g) => g.kind === k && !matchedGold.has(g)).length);
      return [k, { tp: annotated.tp, fp: found.fp, fn: annotated.fn, precision: found.precision, recall: annotated.recall, f1: f1(found.precision, annotated.recall) }];
    }),
  ) as Record<MentionKind, Score>;

  return {
    gold: gold.length,
    documents: documents.length,
    overall: { mention: mentionScore(), country: score(ctp, cfp, cfn) },
    byKind,
    byDocument,
    misses,
    falseHits,
    boundaries,
  };
}

const f1 = (p: number, r: number) => round(p + r === 0 ? 0 : (2 * p * r) / (p + r));
const pick = (m: Annotated) => ({ document: m.document, unit: m.unit, surface: m.surface, target: m.target, kind: m.kind });

/**
 * Reads the gold CSV (header document,passage,surface,start,target,kind,note). Throws with
 * "file:line: message" on a row a person could have mistyped.
 */
export function parseGold(text: string, file = 'data/gold/mentions.csv'): Annotated[] {
  const rows = csvParse(text.replace(/^\uFEFF/, ''));
  for (const col of ['document', 'passage', 'surface', 'start', 'target', 'kind']) {
    if (!rows.columns.includes(col)) throw new Error(`${file}:1: missing column "${col}"`);
  }
  return rows.map((r, i) => {
    const line = i + 2;
    const fail = (msg: string): never => {
      throw new Error(`${file}:${line}: ${msg}`);
    };
    const start = Number(r.start);
    if (!/^\d+$/.test(r.start ?? '')) fail(`start must be a whole number, not "${r.start ?? ''}"`);
    const kind = r.kind as MentionKind;
    if (!KINDS.includes(kind)) fail(`kind must be one of ${KINDS.join(', ')}, not "${r.kind ?? ''}"`);
    if (!r.document || !r.passage || !r.surface || !r.target) fail('document, passage, surface and target are required');
    return { document: r.document!, unit: r.passage!, surface: r.surface!, start, target: r.target!, kind, line, ...(r.note ? { note: r.note } : {}) };
  });
}

/**
 * Checks every annotation against the text it points into: the passage or heading exists and
 * `surface` stands at `start`. Returns "file:line: message" lines (empty when all hold).
 */
export function checkGold(gold: readonly Annotated[], text: (document: string, unit: string) => string | undefined, file = 'data/gold/mentions.csv'): string[] {
  const errors: string[] = [];
  for (const g of gold) {
    const t = text(g.document, g.unit);
    if (t === undefined) {
      errors.push(`${file}:${g.line ?? '?'}: ${g.document} has no passage or heading "${g.unit}"`);
      continue;
    }
    if (t.slice(g.start, g.start + g.surface.length) === g.surface) continue;
    const at: number[] = [];
    for (let i = t.indexOf(g.surface); i >= 0; i = t.indexOf(g.surface, i + 1)) at.push(i);
    errors.push(`${file}:${g.line ?? '?'}: "${g.surface}" is not at ${g.start} in ${g.unit}${at.length ? ` (it is at ${at.join(', ')})` : ' (not in that text)'}`);
  }
  return errors;
}

/** The text a gold row's offsets point into. */
export function unitText(doc: LetterDocument, unit: string): string | undefined {
  if (unit.startsWith('heading ')) return doc.sections.find((s) => s.id === unit.slice(8))?.title;
  return doc.passages.find((p) => p.id === unit)?.text;
}
