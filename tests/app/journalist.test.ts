import { describe, expect, it } from 'vitest';
import { computeChoropleth } from '../../src/app/choropleth/paint';
import { auditCountry, context } from '../../src/app/panel/audit';
import { quoteFor } from '../../src/app/panel/CopyQuote';
import { exportFileName, exportText, isoDay } from '../../src/app/share/exportText';
import { formatDate, formatQuote, kamerstukReference } from '../../src/app/share/quote';
import { baseDefaults } from '../../src/app/url/state';
import { createBundledI18n } from '../../src/i18n/bundled';
import { fixtureModel } from './helpers';

const model = fixtureModel();
const entry = (id: string) => [...model.passageByRef.values()].find((e) => e.passage.id === id)!;

describe('quote formatting (real passages)', () => {
  it('2.2.1: exact text in „…”, section, Kamerstuk reference with date and §, permalink', () => {
    const e = entry('2.2.1');
    const q = quoteFor(model, e, 'https://example.org/?country=UA&passage=2.2.1', 'nl');
    const [text, cite, url] = q.split('\n');
    expect(text).toBe(`„${e.passage.text}”`);
    expect(text).toMatch(/^„We gaan door met de militaire en niet-militaire steun aan Oekraïne\./);
    expect(cite).toBe('— Beleidsbrief Buitenlandse Zaken 2026, “We blijven Oekraïne steunen”. Kamerstuk 36 800 V, nr. 103, 24 april 2026, §2.2.1.');
    expect(url).toBe('https://example.org/?country=UA&passage=2.2.1');
  });

  it('a passage directly under a chapter cites the chapter', () => {
    const q = quoteFor(model, entry('1.0.1'), 'u', 'en');
    expect(q.split('\n')[1]).toBe('— Beleidsbrief Buitenlandse Zaken 2026, “Een optimistisch en realistisch buitenlandbeleid”. Kamerstuk 36 800 V, nr. 103, 24 April 2026, §1.0.1.');
  });

  it('normalises line breaks and runs of spaces, nothing else', () => {
    const q = formatQuote({ text: ' a\n  b ', passageId: '1.0.1', section: 'S', title: 'T', kamerstuk: null, date: null, url: 'u', lang: 'nl' });
    expect(q).toBe('„a b”\n— T, “S”. §1.0.1.\nu');
  });

  it('dates and references', () => {
    expect(formatDate('2026-04-24', 'nl')).toBe('24 april 2026');
    expect(formatDate('2026-01-02', 'en')).toBe('2 January 2026');
    expect(formatDate('24-04-2026', 'nl')).toBe('24-04-2026');
    expect(formatDate('2026-13-01', 'nl')).toBe('2026-13-01');
    expect(kamerstukReference('36 800 V, nr. 103', '2026-04-24', '2.2.1', 'nl')).toBe('Kamerstuk 36 800 V, nr. 103, 24 april 2026, §2.2.1');
  });
});

describe('audit trail', () => {
  it('Ukraine: every direct mention with its rule, then the via passages', () => {
    const audit = auditCountry(model, 'UA');
    const direct = audit.filter((p) => !p.via);
    expect(direct.map((p) => p.entry.passage.id)).toEqual(['2.1.1', '2.2.1', '2.12.1']);
    expect(direct.reduce((n, p) => n + p.mentions.length, 0)).toBe(model.countryById.get('UA')!.direct.all);
    for (const p of direct) for (const m of p.mentions) expect(m.mention.iso2).toBe('UA');
    const via = audit.filter((p) => p.via);
    expect(via.length).toBeGreaterThan(0);
    for (const p of via) for (const m of p.mentions) expect(model.countryById.get('UA')!.regions).toContain(m.mention.region);
  });

  it('context is cut at word boundaries with ellipses', () => {
    const text = 'De Russische agressieoorlog in Oekraïne is de grootste directe veiligheidsdreiging voor Europa en daarmee voor Nederland.';
    const start = text.indexOf('Oekraïne');
    const c = context(text, start, start + 'Oekraïne'.length);
    expect(`${c.before}[Oekraïne]${c.after}`).toBe('De Russische agressieoorlog in [Oekraïne] is de grootste directe…');
  });

  it('unknown countries have no trail', () => {
    expect(auditCountry(model, 'ZZ')).toEqual([]);
  });
});

describe('export text and file names', () => {
  it('file names carry the selection, what the image shows and the local date', () => {
    expect(exportFileName({ country: 'UA', region: null }, '2026-11-29', 'png')).toBe('beleidsatlas-UA-world-2026-11-29.png');
    expect(exportFileName({ country: 'UA', region: null }, '2026-11-29', 'png', 2, 'view')).toBe('beleidsatlas-UA-view-2026-11-29@2x.png');
    expect(exportFileName({ country: null, region: 'western-balkans' }, '2026-11-29', 'svg', 1, 'view')).toBe('beleidsatlas-western-balkans-view-2026-11-29.svg');
    expect(exportFileName({ country: null, region: null }, '2026-11-29', 'svg', 1, 'world')).toBe('beleidsatlas-world-2026-11-29.svg');
    expect(isoDay(new Date(2026, 0, 5))).toBe('2026-01-05');
  });

  it('title, themes, legend labels, source and date in the interface language', () => {
    const s = { ...baseDefaults('en'), country: 'UA', themes: ['security'] };
    const { legend } = computeChoropleth(model, s.themes);
    const text = exportText(model, s, legend, createBundledI18n('en').t, '2026-11-29');
    expect(text.title).toBe('Ukraine in the Dutch foreign policy letter 2026');
    expect(text.subtitle).toBe('Themes: Security and defence');
    expect(text.classLabels).toHaveLength(legend.classes.length);
    expect(text.source).toBe('Source: Beleidsbrief Buitenlandse Zaken 2026, Kamerstuk 36 800 V, nr. 103 · map: Natural Earth · Beleidsatlas');
    expect(text.date).toBe('Made on 29 November 2026');
  });
});
