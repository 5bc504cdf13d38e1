/**
 * Passage text cut into runs for the reading view (pure): plain runs, and one run
 * per mention holding its pieces (a mention may be split by emphasis or a footnote).
 */
import type { Mention, Passage } from '../../pipeline/types';
import { segmentText, type Segment } from '../panel/segments';

export type Run = { mention: null; segments: Segment[] } | { mention: Mention; segments: Segment[] };

export function readingRuns(passage: Pick<Passage, 'text' | 'spans' | 'mentions'>): Run[] {
  const segments = segmentText(passage.text, passage.spans, passage.mentions);
  const runs: Run[] = [];
  for (const seg of segments) {
    const m = seg.mark && seg.footnote === null ? (passage.mentions.find((x) => x.start <= seg.start && seg.start < x.end) ?? null) : null;
    const last = runs[runs.length - 1];
    if (last && last.mention === m) last.segments.push(seg);
    else runs.push(m ? { mention: m, segments: [seg] } : { mention: null, segments: [seg] });
  }
  return runs;
}
