/**
 * Ten letters for the first-load budget (issue #11: the budget holds with ten letters in
 * seeds/): the seed and nine copies varied from it, each with its own year in its title and
 * date (one a year newer than the seed, so the visit opens on a copy), other countries in
 * place of some the seed names, and some paragraphs left out, so no two letters are alike.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');
const SEED = 'beleidsbrief-buitenlandse-zaken-2026';
/** The copies' years: eight older than the seed, one newer. */
const YEARS = [2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2027];
/** Countries the seed names, and what each copy names in their place. */
const SWAP = ['Oekraïne', 'Brazilië', 'Japan', 'Canada', 'Turkije'];
const OTHERS = ['Argentinië', 'Chili', 'Peru', 'Vietnam', 'Kenia', 'Ghana', 'Marokko', 'Mexico', 'Indonesië', 'Australië', 'Noorwegen'];

export function variedLetter(seed: string, i: number): string {
  const year = YEARS[i]!;
  let text = seed
    .replace('Den Haag, 24 april 2026', `Den Haag, ${10 + i} mei ${year}`)
    .replace(/Beleidsbrief Buitenlandse Zaken 2026/g, `Beleidsbrief Buitenlandse Zaken ${year}`);
  SWAP.forEach((name, k) => {
    if ((i + k) % 2 === 0) text = text.split(name).join(OTHERS[(i + k * 3) % OTHERS.length]!);
  });
  // Leave out every paragraph at a copy's own stride past the head (never a heading: those are short).
  const blocks = text.split('\n\n');
  const stride = 7 + i;
  return blocks.filter((b, k) => k < 30 || k % stride !== 0 || b.length < 120).join('\n\n');
}

/** A temp seeds folder holding the seed letter and its nine copies. */
export function tenLetterSeeds(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ten-letters-'));
  const seed = readFileSync(join(root, 'seeds', `${SEED}.txt`), 'utf8');
  writeFileSync(join(dir, `${SEED}.txt`), seed);
  YEARS.forEach((year, i) => writeFileSync(join(dir, `beleidsbrief-buitenlandse-zaken-${year}.txt`), variedLetter(seed, i)));
  return dir;
}
