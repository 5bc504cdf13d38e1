/**
 * Two letters built by the real build step into a temp folder: the seed and an edited copy
 * dated a year later that names Argentina where the seed names Brazil. Both number their
 * passages from 1.0.1, which is what letter-qualified keys are for.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runBuild } from '../../scripts/data-build';
import type { Fetcher } from '../../src/app/data/load';
import { letterFile } from '../../src/pipeline/letterIndex';
import type { AtlasIndex, LetterDocument } from '../../src/pipeline/types';

const root = join(import.meta.dirname, '..', '..');
export const SEED_ID = 'beleidsbrief-buitenlandse-zaken-2026';
export const EDITED_ID = 'beleidsbrief-2027';

export function editedLetter(seed: string): string {
  return seed
    .replace('Den Haag, 24 april 2026', 'Den Haag, 15 mei 2027')
    .replace(/Beleidsbrief Buitenlandse Zaken 2026/g, 'Beleidsbrief Buitenlandse Zaken 2027')
    .replace(/Brazilië/g, 'Argentinië');
}

/** Builds both letters once per test file; returns the output folder. */
export function buildTwoLetters(): string {
  const seeds = mkdtempSync(join(tmpdir(), 'two-letters-'));
  const seed = readFileSync(join(root, 'seeds', `${SEED_ID}.txt`), 'utf8');
  writeFileSync(join(seeds, `${SEED_ID}.txt`), seed);
  // A file name with capitals and a space: its id is the slug.
  writeFileSync(join(seeds, 'Beleidsbrief 2027.txt'), editedLetter(seed));
  const out = join(mkdtempSync(join(tmpdir(), 'two-letters-out-')), 'data');
  const topology = JSON.parse(readFileSync(join(root, 'node_modules/world-atlas/countries-50m.json'), 'utf8'));
  const result = runBuild({ seeds, out, data: join(root, 'data'), topology });
  if (result.errors.length) throw new Error(result.errors.join('\n'));
  return out;
}

/** The documents a built data folder holds, read from their own files (letters/<id>.json). */
export function builtLetters(dir: string): LetterDocument[] {
  const index = JSON.parse(readFileSync(join(dir, 'atlas.json'), 'utf8')) as AtlasIndex;
  return index.documents.map((d) => JSON.parse(readFileSync(join(dir, letterFile(d.id)), 'utf8')) as LetterDocument);
}

/** Serves a built data folder like a static host (GeoJSON files as the app reads them). */
export function folderFetcher(dir: string): Fetcher & { calls: string[] } {
  const calls: string[] = [];
  const fetcher = async (url: string) => {
    calls.push(url);
    const file = url.slice(url.indexOf('data/') + 'data/'.length);
    let body: unknown;
    try {
      body = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    } catch {
      return { ok: false, status: 404, json: async () => null } as Response;
    }
    // The fixture keeps the app tests light: regions are not drawn here.
    if (file === 'regions.geojson') body = { type: 'FeatureCollection', features: [] };
    return { ok: true, status: 200, json: async () => body } as Response;
  };
  return Object.assign(fetcher, { calls });
}

