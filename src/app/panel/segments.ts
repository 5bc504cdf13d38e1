/**
 * Splits passage text at every span and mention boundary, so markup and
 * highlights can overlap freely and still render as properly nested elements.
 */
import type { Span } from '../../pipeline/types';

export interface Segment {
  text: string;
  start: number;
  mark: boolean;
  emphasis: boolean;
  strong: boolean;
  superscript: boolean;
  /** Footnote number when this piece is a footnote marker. */
  footnote: number | null;
}

export interface Range {
  start: number;
  end: number;
}

/**
 * The pipeline removes footnote markers from the text and records them as
 * zero-length footnote-ref spans; those become inserted segments showing the number.
 */
export function segmentText(text: string, spans: readonly Span[], marks: readonly Range[]): Segment[] {
  const valid = <T extends Range>(r: T) => r.start >= 0 && r.end <= text.length && r.start < r.end;
  const okSpans = spans.filter(valid);
  const okMarks = marks.filter(valid);
  const inserts = spans.filter((s) => s.kind === 'footnote-ref' && s.start === s.end && s.start >= 0 && s.start <= text.length && s.ref !== undefined);
  const insertAt = (at: number, into: Segment[]) => {
    for (const f of inserts) {
      if (f.start === at) {
        into.push({ text: String(f.ref), start: at, mark: false, emphasis: false, strong: false, superscript: true, footnote: f.ref ?? null });
      }
    }
  };
  const cuts = new Set<number>([0, text.length]);
  for (const r of [...okSpans, ...okMarks, ...inserts]) {
    cuts.add(r.start);
    cuts.add(r.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    insertAt(start, segments);
    const covers = (r: Range) => r.start <= start && r.end >= end;
    const active = okSpans.filter(covers);
    const fn = active.find((s) => s.kind === 'footnote-ref');
    segments.push({
      text: text.slice(start, end),
      start,
      mark: okMarks.some(covers),
      emphasis: active.some((s) => s.kind === 'emphasis'),
      strong: active.some((s) => s.kind === 'strong'),
      superscript: active.some((s) => s.kind === 'superscript'),
      footnote: fn ? (fn.ref ?? null) : null,
    });
  }
  insertAt(text.length, segments);
  return segments;
}
