import { describe, expect, it } from 'vitest';
import { checkGold, evaluate, foundMentions, parseGold, score, type Annotated } from '../../src/pipeline/evaluate';
import { formatReport } from '../../src/pipeline/evalReport';
import { createLetterBuilder } from '../../src/pipeline/letter';
import { gazetteer, reference } from './reference';

// 2.4.1 of the letter: "… ook via partnerschappen met landen als Japan, Zuid-Korea en Australië …"
const at = (unit: string, surface: string, start: number, target: string, kind: Annotated['kind'] = 'country', document = 'brief'): Annotated => ({
  document,
  unit,
  surface,
  start,
  target,
  kind,
});
const japan = at('2.4.1', 'Japan', 10, 'JP');
const korea = at('2.4.1', 'Zuid-Korea', 17, 'KR');
const australia = at('2.4.1', 'Australië', 31, 'AU');

describe('score', () => {
  it('is precision tp/(tp+fp), recall tp/(tp+fn) and their harmonic mean', () => {
    expect(score(3, 1, 2)).toEqual({ tp: 3, fp: 1, fn: 2, precision: 0.75, recall: 0.6, f1: 0.6667 });
  });
  it('counts nothing found as no false hits, and nothing annotated as nothing missed', () => {
    expect(score(0, 0, 0)).toMatchObject({ precision: 1, recall: 1, f1: 1 });
    expect(score(0, 2, 0)).toMatchObject({ precision: 0, recall: 1, f1: 0 });
  });
});

describe('evaluate', () => {
  it('everything found: all figures 1', () => {
    const e = evaluate([japan, korea, australia], [japan, korea, australia]);
    expect(e.overall.mention).toMatchObject({ tp: 3, fp: 0, fn: 0, precision: 1, recall: 1 });
    expect(e.overall.country).toMatchObject({ tp: 3, precision: 1, recall: 1 });
    expect(e.misses).toEqual([]);
    expect(e.falseHits).toEqual([]);
  });

  it('a missed name lowers recall and is listed with the annotator’s note', () => {
    const e = evaluate([japan, korea, { ...australia, note: 'hand check' }], [japan, korea]);
    expect(e.overall.mention).toMatchObject({ tp: 2, fp: 0, fn: 1, precision: 1, recall: 0.6667 });
    expect(e.misses).toEqual([{ document: 'brief', unit: '2.4.1', surface: 'Australië', target: 'AU', kind: 'country', reason: 'not found; hand check' }]);
    expect(e.byKind.country.recall).toBe(0.6667);
  });

  it('a false hit lowers precision: "Kopenhagen" in Kopenhagen-criteria is no Denmark', () => {
    const denmark = at('3.1.3', 'Kopenhagen', 4, 'DK', 'city');
    const e = evaluate([japan], [japan, denmark]);
    expect(e.overall.mention).toMatchObject({ tp: 1, fp: 1, precision: 0.5, recall: 1 });
    expect(e.overall.country).toMatchObject({ tp: 1, fp: 1, precision: 0.5 });
    expect(e.byKind.city).toMatchObject({ fp: 1, precision: 0 });
    expect(e.falseHits[0]).toMatchObject({ surface: 'Kopenhagen', reason: 'not a mention in the annotation' });
  });

  it('the right words naming the wrong place are both a miss and a false hit', () => {
    const gold = at('2.0.1', 'Europese Vredesfaciliteit', 219, 'eu', 'organisation');
    const found = at('2.0.1', 'Europese', 219, 'europe', 'demonym');
    const e = evaluate([gold], [found]);
    expect(e.overall.mention).toMatchObject({ tp: 0, fp: 1, fn: 1 });
    expect(e.misses[0]!.reason).toBe('read as europe (“Europese”, demonym)');
    expect(e.falseHits[0]!.reason).toBe('annotated as eu (“Europese Vredesfaciliteit”)');
    expect(e.byKind.organisation.recall).toBe(0);
    expect(e.byKind.demonym.precision).toBe(0);
  });

  it('other bounds around the same place still count, and are tallied', () => {
    const gold = at('heading 1', 'Democratic Republic of Congo', 52, 'CD');
    const e = evaluate([gold], [at('heading 1', 'Congo', 75, 'CD')]);
    expect(e.overall.mention).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(e.boundaries).toBe(1);
  });

  it('the same name in another passage is not a match', () => {
    const e = evaluate([japan], [{ ...japan, unit: '3.2.2' }]);
    expect(e.overall.mention).toMatchObject({ tp: 0, fp: 1, fn: 1 });
    // At country level the document still names Japan.
    expect(e.overall.country).toMatchObject({ tp: 1, fp: 0, fn: 0 });
  });

  it('scores each document on its own and ignores documents nobody annotated', () => {
    const other = at('1.0.1', 'Tsjaad', 0, 'TD', 'country', 'nieuws');
    const e = evaluate([japan, other], [japan, at('1.0.1', 'Soedan', 5, 'SD', 'country', 'unannotated')]);
    expect(Object.keys(e.byDocument)).toEqual(['brief', 'nieuws']);
    expect(e.byDocument.nieuws!.mention).toMatchObject({ tp: 0, fn: 1, recall: 0 });
    expect(e.byDocument.brief!.mention).toMatchObject({ tp: 1, recall: 1 });
    expect(e.falseHits).toEqual([]);
    expect(formatReport(e)).toContain('“Tsjaad” → TD (country): not found');
  });
});

describe('the gold file', () => {
  const csv = 'document,passage,surface,start,target,kind,note\nbrief,2.4.1,Japan,10,JP,country,\n';
  it('is read with its line numbers', () => {
    expect(parseGold(csv)).toEqual([{ ...japan, line: 2 }]);
  });
  it('names the line of a mistyped row', () => {
    expect(() => parseGold(csv.replace(',10,', ',tien,'))).toThrow('data/gold/mentions.csv:2: start must be a whole number, not "tien"');
    expect(() => parseGold(csv.replace(',country,', ',land,'))).toThrow('mentions.csv:2: kind must be one of');
  });
  it('checks that each surface stands at its offset, and says where it is instead', () => {
    const text = 'Ook via partnerschappen met landen als Japan, Zuid-Korea en Australië';
    const rows = parseGold(csv.replace(',10,', ',3,'));
    expect(checkGold(rows, () => text)).toEqual(['data/gold/mentions.csv:2: "Japan" is not at 3 in 2.4.1 (it is at 39)']);
    expect(checkGold(rows, () => undefined)[0]).toContain('brief has no passage or heading "2.4.1"');
  });
});

describe('foundMentions', () => {
  it('turns a built document into rows of the gold file’s shape, headings included', () => {
    const build = createLetterBuilder({ gazetteer, themes: reference.themes, rules: reference.rules });
    const doc = build({ id: 't', file: 't.txt', text: '1. We blijven Oekraïne steunen\n\nDe Russische agressie raakt de EU.\n' });
    expect(foundMentions(doc).map((m) => [m.unit, m.surface, m.target, m.kind])).toEqual([
      ['heading 1', 'Oekraïne', 'UA', 'country'],
      ['1.0.1', 'Russische', 'RU', 'demonym'],
      ['1.0.1', 'EU', 'eu', 'organisation'],
    ]);
  });
});
