import { readFileSync } from 'node:fs';
import { buildGazetteer } from '../../src/pipeline/gazetteer';
import { libraryNames } from '../../src/pipeline/library-names';
import { parseReference } from '../../src/pipeline/reference';
import { readReferenceFiles } from '../../scripts/reference-files';

/** The real curated data and the real letter, shared by the pipeline tests. */
export const reference = parseReference(readReferenceFiles(new URL('../../data', import.meta.url).pathname));
export const library = libraryNames();
export const gazetteer = buildGazetteer({ ...reference, libraryNames: library });
export const LETTER_TEXT = readFileSync(new URL('../../seeds/beleidsbrief-buitenlandse-zaken-2026.txt', import.meta.url), 'utf8');
