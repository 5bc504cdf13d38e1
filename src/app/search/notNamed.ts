/**
 * "De brief noemt de Sahel niet": finding, among the places the letter does not name
 * (unnamed.json, built by src/pipeline/unnamed.ts), the one a query means.
 */
import type { UnnamedIndex, UnnamedPlace } from '../../pipeline/types';
import { fold } from './normalize';

const keysOf = new WeakMap<UnnamedPlace, string[]>();
const keys = (p: UnnamedPlace): string[] => {
  let k = keysOf.get(p);
  if (!k) keysOf.set(p, (k = [...new Set([p.name.nl, p.name.en, ...(p.aka ?? [])].map(fold))]));
  return k;
};

/**
 * The unnamed place a query names: an exact name first; with `prefix`, else the shortest
 * name that starts with the query (3 letters at least, so "ma" does not answer "Mali").
 */
export function findUnnamed(index: UnnamedIndex, query: string, prefix: boolean): UnnamedPlace | null {
  const q = fold(query);
  if (!q) return null;
  let best: { p: UnnamedPlace; rank: number; len: number } | null = null;
  for (const p of index.places) {
    for (const k of keys(p)) {
      const rank = k === q ? 0 : prefix && q.length >= 3 && (k.startsWith(q) || k.split(' ').some((w) => w.startsWith(q))) ? 1 : -1;
      if (rank < 0) continue;
      if (!best || rank < best.rank || (rank === best.rank && k.length < best.len)) best = { p, rank, len: k.length };
    }
  }
  return best && (best.rank === 0 || prefix) ? best.p : null;
}
