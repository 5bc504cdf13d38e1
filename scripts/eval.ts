/**
 * `npm run eval`: scores the pipeline against the hand-annotated mentions (data/gold/) and
 * prints precision, recall and F1 per kind, per document and overall, with every miss and
 * false hit. The same figures go into public/data/eval.json with `npm run data`.
 */
import { buildGazetteer } from '../src/pipeline/gazetteer';
import { createLetterBuilder } from '../src/pipeline/letter';
import { libraryNames } from '../src/pipeline/library-names';
import { parseReference } from '../src/pipeline/reference';
import { formatReport } from '../src/pipeline/evalReport';
import { evaluateFiles } from './evaluation';
import { readReferenceFiles } from './reference-files';

const reference = parseReference(readReferenceFiles('data'));
const build = createLetterBuilder({
  gazetteer: buildGazetteer({ ...reference, libraryNames: libraryNames() }),
  themes: reference.themes,
  rules: reference.rules,
});
const { result, errors } = evaluateFiles(build);
for (const e of errors) console.error(e);
if (!result) process.exit(1);
console.log(formatReport(result));
