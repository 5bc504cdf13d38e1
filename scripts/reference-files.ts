import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReferenceFiles } from '../src/pipeline/reference';

const REFERENCE_FILES: (keyof ReferenceFiles)[] = ['regions.csv', 'places.csv', 'exclusions.csv', 'names.csv', 'themes.csv', 'theme-rules.csv', 'points.csv', 'articles.csv', 'ambiguous.csv'];

/** Reads the curated CSVs of data/ (parsing happens in the pure parseReference). */
export function readReferenceFiles(dir: string): ReferenceFiles {
  return Object.fromEntries(REFERENCE_FILES.map((f) => [f, readFileSync(join(dir, f), 'utf8')])) as unknown as ReferenceFiles;
}
