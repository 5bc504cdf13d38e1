/**
 * Reads the gold annotations and the texts they point into, builds those texts with the
 * pipeline and scores it (src/pipeline/evaluate.ts). Shared by `npm run eval` (prints the
 * report) and the data build (writes public/data/eval.json, which the method page reads).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ACCURACY } from '../src/pipeline/accuracy';
import { decodeSeed } from '../src/pipeline/decode';
import { checkGold, evaluate, foundMentions, parseGold, unitText, type Evaluation } from '../src/pipeline/evaluate';
import type { LetterInput } from '../src/pipeline/letter';
import type { LetterDocument } from '../src/pipeline/types';

const GOLD_FILE = 'data/gold/mentions.csv';
/** Where the annotated documents are: the letter, then the real fixture texts. */
const GOLD_TEXTS = ['seeds', 'tests/fixtures/texts'];

export interface EvalFile extends Evaluation {
  /** When the published figures (src/pipeline/accuracy.ts) were last measured and stated. */
  measured: string;
  /** The documents, each with its kind of text: the letter or a fixture. */
  sources: { id: string; file: string }[];
}

export function evaluateFiles(build: (input: LetterInput) => LetterDocument, root = '.'): { result: EvalFile | null; errors: string[] } {
  const gold = parseGold(readFileSync(join(root, GOLD_FILE), 'utf8'), GOLD_FILE);
  const ids = [...new Set(gold.map((g) => g.document))].sort();
  const errors: string[] = [];
  const docs = new Map<string, LetterDocument>();
  const sources: EvalFile['sources'] = [];
  for (const id of ids) {
    const dir = GOLD_TEXTS.find((d) => existsSync(join(root, d, `${id}.txt`)));
    if (!dir) {
      errors.push(`${GOLD_FILE}: no text for document "${id}" in ${GOLD_TEXTS.join(' or ')}`);
      continue;
    }
    const file = join(dir, `${id}.txt`);
    docs.set(id, build({ id, file, text: decodeSeed(readFileSync(join(root, file)), file).text }));
    sources.push({ id, file });
  }
  errors.push(...checkGold(gold, (doc, unit) => (docs.get(doc) ? unitText(docs.get(doc)!, unit) : undefined), GOLD_FILE));
  if (errors.length) return { result: null, errors };
  const evaluation = evaluate(gold, [...docs.values()].flatMap(foundMentions));
  return { result: { measured: ACCURACY.measured, sources, ...evaluation }, errors };
}
