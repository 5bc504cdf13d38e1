/**
 * Accuracy as a gate: the pipeline, run on the hand-annotated documents (data/gold/), must
 * reach the published figures (src/pipeline/accuracy.ts, shown in the README and on the
 * method page) and must keep finding every annotated mention it found when they were stated.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluateFiles } from '../../scripts/evaluation';
import { ACCURACY, KNOWN_MISSES } from '../../src/pipeline/accuracy';
import { createLetterBuilder } from '../../src/pipeline/letter';
import { gazetteer, reference } from './reference';

const build = createLetterBuilder({ gazetteer, themes: reference.themes, rules: reference.rules });
const { result, errors } = evaluateFiles(build);

describe('accuracy against the hand-annotated mentions', () => {
  it('reads every gold row: the passage exists and the surface stands at its offset', () => {
    expect(errors).toEqual([]);
    expect(result!.documents).toBeGreaterThanOrEqual(12);
    expect(result!.gold).toBeGreaterThanOrEqual(300);
  });

  it.each(['mention', 'country'] as const)('%s level: precision, recall and F1 at or above the published figures', (level) => {
    const got = result!.overall[level];
    const published = ACCURACY[level];
    expect(got.precision).toBeGreaterThanOrEqual(published.precision);
    expect(got.recall).toBeGreaterThanOrEqual(published.recall);
    expect(got.f1).toBeGreaterThanOrEqual(published.f1);
  });

  it('still finds every annotated mention except the known misses', () => {
    expect(result!.misses.map((m) => `${m.document} ${m.unit} ${m.surface}`)).toEqual([...KNOWN_MISSES]);
  });

  it('the README states the published figures', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const p = (n: number) => `${(n * 100).toFixed(1)} %`;
    for (const level of ['mention', 'country'] as const) {
      const s = ACCURACY[level];
      expect(readme).toContain(`| ${level} | ${p(s.precision)} | ${p(s.recall)} | ${p(s.f1)} |`);
    }
  });

  it('eval.json (what the method page shows) has the figures of this gold set', () => {
    const json = JSON.parse(readFileSync(new URL('../../public/data/eval.json', import.meta.url), 'utf8')) as typeof result;
    expect(json!.overall).toEqual(result!.overall);
    expect(json!.measured).toBe(ACCURACY.measured);
  });
});
