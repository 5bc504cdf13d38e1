import type { Evaluation, Score } from './evaluate';
import { KINDS } from './evaluate';

const pct = (n: number) => `${(n * 100).toFixed(1)}%`.padStart(7);
const row = (label: string, s: Score) => `${label.padEnd(42)} ${pct(s.precision)} ${pct(s.recall)} ${pct(s.f1)}   ${String(s.tp).padStart(4)} ${String(s.fp).padStart(3)} ${String(s.fn).padStart(3)}`;
const head = (title: string) => `\n${title.padEnd(42)} ${'prec.'.padStart(7)} ${'recall'.padStart(7)} ${'F1'.padStart(7)}   ${'tp'.padStart(4)} ${'fp'.padStart(3)} ${'fn'.padStart(3)}`;

/** The text `npm run eval` prints. */
export function formatReport(e: Evaluation & { measured?: string }): string {
  const lines = [`${e.gold} annotated mentions in ${e.documents} documents; ${e.boundaries} found with other bounds (counted as found)`];
  lines.push(head('overall'), row('mentions (surface + offset + place)', e.overall.mention), row('countries (set per document)', e.overall.country));
  lines.push(head('per kind (mentions)'));
  for (const k of KINDS) lines.push(row(k, e.byKind[k]));
  lines.push(head('per document: mentions'));
  for (const [d, s] of Object.entries(e.byDocument)) lines.push(row(d, s.mention));
  lines.push(head('per document: countries'));
  for (const [d, s] of Object.entries(e.byDocument)) lines.push(row(d, s.country));
  lines.push(`\nmisses (${e.misses.length}):`);
  for (const m of e.misses) lines.push(`  ${m.document} ${m.unit}: “${m.surface}” → ${m.target} (${m.kind}): ${m.reason}`);
  lines.push(`\nfalse hits (${e.falseHits.length}):`);
  for (const m of e.falseHits) lines.push(`  ${m.document} ${m.unit}: “${m.surface}” → ${m.target} (${m.kind}): ${m.reason}`);
  return lines.join('\n');
}
