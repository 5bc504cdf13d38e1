import type { Span } from './types';

const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const MARKUP_START = /[*^⁰¹²³⁴⁵⁶⁷⁸⁹]/;

/** "¹²" → 12; null when the string holds anything but superscript digits. */
export function superscriptNumber(s: string): number | null {
  if (s === '') return null;
  let n = 0;
  for (const ch of s) {
    const d = SUPERSCRIPT_DIGITS.indexOf(ch);
    if (d === -1) return null;
    n = n * 10 + d;
  }
  return n;
}

export interface CleanText {
  text: string;
  spans: Span[];
  /** Footnote numbers referenced in the text, in order of appearance. */
  footnoteRefs: number[];
}

/**
 * Markdown-ish markup from the PDF extraction → plain text with spans:
 * *emphasis*, **strong**, 18^e (superscript) and footnote markers (afschrikking¹).
 * Unpaired asterisks stay as literal text rather than swallowing the rest of the paragraph.
 */
export function cleanMarkup(raw: string): CleanText {
  const starRuns = pairStarRuns(raw);
  let text = '';
  const spans: Span[] = [];
  const footnoteRefs: number[] = [];
  const open: { kind: 'emphasis' | 'strong'; start: number }[] = [];

  for (let i = 0; i < raw.length; ) {
    const run = starRuns.get(i);
    if (run) {
      for (const action of run.actions) {
        if (action.open) open.push({ kind: action.kind, start: text.length });
        else {
          const idx = findLastIndex(open, (o) => o.kind === action.kind);
          const o = open.splice(idx, 1)[0]!;
          if (text.length > o.start) spans.push({ start: o.start, end: text.length, kind: o.kind });
        }
      }
      i += run.length;
      continue;
    }
    const ch = raw[i]!;
    if (ch === '^') {
      const m = /^\^\{([^}]*)\}|^\^([\p{L}\p{N}]+)/u.exec(raw.slice(i));
      const sup = m ? (m[1] ?? m[2] ?? '') : '';
      if (m && sup !== '') {
        spans.push({ start: text.length, end: text.length + sup.length, kind: 'superscript' });
        text += sup;
        i += m[0].length;
        continue;
      }
    }
    if (SUPERSCRIPT_DIGITS.includes(ch) && i > 0 && !/\s/.test(raw[i - 1]!)) {
      let j = i;
      while (j < raw.length && SUPERSCRIPT_DIGITS.includes(raw[j]!)) j++;
      const n = superscriptNumber(raw.slice(i, j))!;
      spans.push({ start: text.length, end: text.length, kind: 'footnote-ref', ref: n });
      footnoteRefs.push(n);
      i = j;
      continue;
    }
    // Copy plain text up to the next character that may start markup in one slice:
    // per-character concatenation made the 100× benchmark spend most of its time in GC.
    let j = i + 1;
    while (j < raw.length && !MARKUP_START.test(raw[j]!)) j++;
    text += raw.slice(i, j);
    i = j;
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  return { text, spans, footnoteRefs };
}

interface StarAction {
  kind: 'emphasis' | 'strong';
  open: boolean;
}

/** Pairs runs of '*' like a tiny Markdown: ** with **, * with *, *** as both. */
function pairStarRuns(raw: string): Map<number, { length: number; actions: StarAction[] }> {
  const runs: { pos: number; length: number }[] = [];
  for (const m of raw.matchAll(/\*{1,3}/g)) runs.push({ pos: m.index, length: m[0].length });

  const stack: { kind: 'emphasis' | 'strong'; run: number }[] = [];
  const actions = new Map<number, StarAction[]>();
  const push = (run: number, a: StarAction) => {
    const list = actions.get(run) ?? [];
    list.push(a);
    actions.set(run, list);
  };
  runs.forEach((run, r) => {
    // *** opens strong-then-emphasis and closes them in reverse, keeping the pairs nested.
    const closesEmphasisFirst = stack.at(-1)?.kind === 'emphasis';
    const kinds: ('emphasis' | 'strong')[] =
      run.length === 3
        ? closesEmphasisFirst ? ['emphasis', 'strong'] : ['strong', 'emphasis']
        : [run.length === 2 ? 'strong' : 'emphasis'];
    for (const kind of kinds) {
      const top = findLastIndex(stack, (s) => s.kind === kind);
      if (top !== -1) {
        const opener = stack[top]!;
        stack.splice(top);
        push(opener.run, { kind, open: true });
        push(r, { kind, open: false });
      } else stack.push({ kind, run: r });
    }
  });

  const result = new Map<number, { length: number; actions: StarAction[] }>();
  runs.forEach((run, r) => {
    const list = actions.get(r);
    // A run whose asterisks were not all paired stays literal text: better a stray "*" than lost words.
    const used = list?.reduce((n, a) => n + (a.kind === 'strong' ? 2 : 1), 0) ?? 0;
    if (list && used === run.length) {
      // Closers first, so "**a** *b*"-style adjacency closes before it opens.
      result.set(run.pos, { length: run.length, actions: [...list].sort((a, b) => Number(a.open) - Number(b.open)) });
    }
  });
  return result;
}

function findLastIndex<T>(arr: T[], pred: (t: T) => boolean): number {
  for (let i = arr.length - 1; i >= 0; i--) if (pred(arr[i]!)) return i;
  return -1;
}
