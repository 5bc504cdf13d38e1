import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runBuild } from '../../scripts/data-build';
import { LETTER_TEXT } from './reference';

const topology = JSON.parse(readFileSync(new URL('../../node_modules/world-atlas/countries-50m.json', import.meta.url), 'utf8'));
const DATA = new URL('../../data', import.meta.url).pathname;

function seedsWith(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), 'seeds-'));
  for (const [name, body] of Object.entries(files)) writeFileSync(join(dir, name), body);
  return dir;
}

/** Every file under `dir` (the letters are in letters/), by its path there. */
const snapshot = (dir: string) =>
  Object.fromEntries(
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((f) => statSync(join(dir, f)).isFile())
      .sort()
      .map((f) => [f, readFileSync(join(dir, f), 'utf8')]),
  );

describe('npm run data', () => {
  let out: string;
  let before: Record<string, string>;

  beforeAll(() => {
    out = join(mkdtempSync(join(tmpdir(), 'out-')), 'data');
    const first = runBuild({ seeds: seedsWith({ 'brief.txt': LETTER_TEXT }), out, data: DATA, topology });
    expect(first.errors).toEqual([]);
    before = snapshot(out);
  });

  it('writes the eight outputs and one file per letter', () => {
    expect(Object.keys(before)).toEqual([
      'atlas.json', 'countries-detail.topo.json', 'countries.geojson', 'countries.topo.json', 'letters/brief.json', 'mentions-excel.csv', 'mentions.csv', 'regions.geojson', 'unnamed.json',
    ]);
    // The index says what a letter is and which passages it has, not what they say.
    const [entry] = JSON.parse(before['atlas.json']!).documents;
    expect(Object.keys(entry).sort()).toEqual(['date', 'id', 'kamerstuk', 'lang', 'passages', 'title']);
    expect(entry.passages).toEqual(JSON.parse(before['letters/brief.json']!).passages.map((p: { id: string }) => p.id));
  });

  const decode = async (name: string) => {
    const { feature } = await import('topojson-client');
    const topo = JSON.parse(before[name]!);
    return { size: before[name]!.length, fc: feature(topo, topo.objects.countries) as unknown as Geo };
  };
  type Geo = { features: { id: string; properties: Record<string, unknown>; geometry: { type: string; coordinates: unknown } }[] };
  const flat = (f: Geo['features'][number]) => (f.geometry.coordinates as unknown[]).flat(3) as number[];
  type Ring = [number, number][];
  /** The rings, each closed ring rotated to start at its westmost-then-southmost vertex: TopoJSON may start a ring at a junction. */
  const rings = (f: Geo['features'][number]) => {
    const polys = (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates) as Ring[][];
    return polys.flat().map((ring) => {
      const open = ring.slice(0, -1);
      const key = ([x, y]: [number, number]) => Math.round(x * 100) * 1e6 + Math.round(y * 100);
      const start = open.reduce((best, p, i) => (key(p) < key(open[best]!) ? i : best), 0);
      const turned = [...open.slice(start), ...open.slice(0, start)];
      return [...turned, turned[0]!].flat();
    });
  };
  const ua = (fc: Geo) => fc.features.find((f) => f.id === 'UA')!;

  it('stores the detailed shapes in countries-detail.topo.json, to within the 0.01° grid', async () => {
    const geo = JSON.parse(before['countries.geojson']!) as Geo;
    const { fc: detail } = await decode('countries-detail.topo.json');
    expect(detail.features.map((f) => f.id)).toEqual(geo.features.map((f) => f.id));
    // Geometry and id only: the properties travel once, with the overview.
    expect(ua(detail).properties).toEqual({ iso2: 'UA' });
    const a = rings(ua(detail));
    const b = rings(ua(geo));
    expect(a.map((r) => r.length)).toEqual(b.map((r) => r.length));
    a.flat().forEach((v, i) => expect(Math.abs(v - b.flat()[i]!)).toBeLessThan(0.006));
  });

  it('opens with coarser shapes of every country at under half the size; the app rebuilds the same properties', async () => {
    const geo = JSON.parse(before['countries.geojson']!) as Geo;
    const overview = await decode('countries.topo.json');
    expect(overview.fc.features.map((f) => f.id)).toEqual(geo.features.map((f) => f.id));
    // A shape stays a shape (a MultiPolygon may lose islands too small to see), a point a point.
    const isPoint = (fc: Geo) => fc.features.map((f) => f.geometry.type === 'Point');
    expect(isPoint(overview.fc)).toEqual(isPoint(geo));
    // Names, home and label point travel; the mention fields the app counts from the letter.
    expect(Object.keys(ua(overview.fc).properties).sort()).toEqual(['home', 'iso2', 'name_en', 'name_nl', 'point']);
    const { withMentions } = await import('../../src/app/data/load');
    const { indexMentions } = await import('../../src/pipeline/mentionIndex');
    const atlas = JSON.parse(before['atlas.json']!);
    const letter = JSON.parse(before['letters/brief.json']!);
    const rebuilt = withMentions(overview.fc as never, indexMentions([letter], atlas.regions, atlas.themes));
    expect(rebuilt.features.map((f) => f.properties)).toEqual(geo.features.map((f) => f.properties));
    // Fewer vertices, on (to within a quantization step) the 0.1° grid.
    const coarse = flat(ua(overview.fc));
    expect(coarse.length).toBeLessThan(flat(ua(geo)).length / 2);
    coarse.forEach((v) => expect(Math.abs(v - Math.round(v * 10) / 10)).toBeLessThan(0.06));
    const geometryBytes = (name: string) => {
      const topo = JSON.parse(before[name]!);
      return JSON.stringify(topo.arcs).length;
    };
    expect(geometryBytes('countries.topo.json')).toBeLessThan(geometryBytes('countries-detail.topo.json') / 2);
  });

  it('atlas.json names the regions; the app counts them from the letter, as mentions.csv lists them', async () => {
    const file = JSON.parse(before['atlas.json']!) as { regions: Record<string, unknown>[] };
    expect(Object.keys(file.regions.find((r) => r.id === 'nato')!).sort()).toEqual(['id', 'label', 'members', 'outline', 'type']);
    const { loadAtlasData } = await import('../../src/app/data/load');
    const { csvParse } = await import('d3-dsv');
    const data = await loadAtlasData(async (url) => {
      const name = url.slice(url.indexOf('data/') + 'data/'.length);
      return { ok: true, status: 200, json: async () => JSON.parse(before[name]!) } as Response;
    }, '/');
    const rows = csvParse(before['mentions.csv']!.replace(/^\uFEFF/, ''));
    expect(data.atlas.regions.map((r) => r.id)).toEqual(file.regions.map((r) => r.id));
    for (const r of data.atlas.regions) {
      const mine = rows.filter((row) => row.region === r.id);
      expect(r.direct.all, r.id).toBe(mine.length);
      expect(r.passages, r.id).toEqual([...new Set(mine.filter((row) => !row.in_heading).map((row) => `${row.document}/${row.passage}`))]);
    }
    expect(data.atlas.regions.find((r) => r.id === 'nato')!.direct.all).toBeGreaterThan(3);
  });

  it('is deterministic: a second build is byte-identical', () => {
    const again = join(mkdtempSync(join(tmpdir(), 'out-')), 'data');
    runBuild({ seeds: seedsWith({ 'brief.txt': LETTER_TEXT }), out: again, data: DATA, topology });
    expect(snapshot(again)).toEqual(before);
  });

  it('builds the same letter from CRLF + BOM text', () => {
    const again = join(mkdtempSync(join(tmpdir(), 'out-')), 'data');
    const r = runBuild({ seeds: seedsWith({ 'brief.txt': `\uFEFF${LETTER_TEXT.replace(/\n/g, '\r\n')}` }), out: again, data: DATA, topology });
    expect(r.errors).toEqual([]);
    expect(snapshot(again)).toEqual(before);
  });

  it('converts a Windows-1252 seed and says so', () => {
    const again = join(mkdtempSync(join(tmpdir(), 'out-')), 'data');
    const cp1252 = Uint8Array.from([...LETTER_TEXT].map((ch) => ({ 'ï': 0xef, 'ë': 0xeb, 'é': 0xe9, '–': 0x96, '³': 0xb3, '²': 0xb2, '¹': 0xb9 })[ch] ?? ch.charCodeAt(0)));
    const r = runBuild({ seeds: seedsWith({ 'brief.txt': cp1252 }), out: again, data: DATA, topology });
    expect(r.errors).toEqual([]);
    expect(r.log.join('\n')).toMatch(/brief\.txt: not valid UTF-8: decoded as Windows-1252/);
    expect(snapshot(again)['mentions.csv']).toBe(before['mentions.csv']);
  });

  it.each([
    ['an empty file', { 'leeg.txt': '' }, /leeg\.txt: the file is empty/],
    ['a binary file', { 'plaatje.txt': Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0]) }, /plaatje\.txt:3: this looks like a binary file/],
    ['a 10 MB file', { 'groot.txt': 'a'.repeat(10 * 1024 * 1024) }, /groot\.txt: the file is 10\.0 MB/],
    ['a file of only white space', { 'wit.txt': '  \n\n\t\n' }, /wit\.txt: the file has no text/],
  ])('stops on %s with one clear message and keeps the data built before', (_label, files, message) => {
    const r = runBuild({ seeds: seedsWith({ 'brief.txt': LETTER_TEXT, ...files }), out, data: DATA, topology });
    expect(r.errors[0]).toMatch(message);
    expect(r.errors).toHaveLength(2);
    expect(r.errors[1]).toMatch(/nothing written/);
    expect(snapshot(out)).toEqual(before);
  });

  it('builds a folder mixing the letter, the fixtures and a text without any headings, saying per document which structure it found', () => {
    const fixtures = new URL('../fixtures/texts/', import.meta.url);
    const texts = Object.fromEntries(readdirSync(fixtures).map((f) => [f, readFileSync(new URL(f, fixtures))]));
    const kaal = 'Dit is een zin over Oekraïne.\n\nEn nog een over Rusland en de Centraal-Afrikaanse Republiek (CAR).\n\nDe CAR ligt ten noorden van Congo.\n';
    const seeds = seedsWith({ 'brief.txt': LETTER_TEXT, 'kaal.txt': kaal, ...texts });
    const mixed = join(mkdtempSync(join(tmpdir(), 'out-')), 'data');
    const r = runBuild({ seeds, out: mixed, data: DATA, topology });
    expect(r.errors).toEqual([]);
    const warnings = r.log.filter((l) => l.includes(': warning: '));
    // One line per document without numbered chapters; none for the letter.
    expect(warnings).toHaveLength(Object.keys(texts).length + 1);
    expect(warnings.some((l) => l.includes('brief.txt'))).toBe(false);
    expect(warnings).toContain(`${join(seeds, 'kaal.txt')}: warning: no numbered chapters or headings; one section titled "kaal"`);
    expect(warnings.find((l) => l.includes('kamervragen-soedan-2023'))).toMatch(/2 question blocks \(2 with an answer\)$/);
    // The index lists every document with its passage ids; each has its own file.
    type Doc = { meta: { id: string; structure?: string }; passages: { id: string; mentions: { iso2?: string }[] }[] };
    const index = JSON.parse(readFileSync(join(mixed, 'atlas.json'), 'utf8')).documents as { id: string; passages: string[] }[];
    const ids = [...Object.keys(texts).map((f) => f.replace(/\.txt$/, '')), 'brief', 'kaal'].sort();
    expect(index.map((d) => d.id)).toEqual(ids);
    expect(readdirSync(join(mixed, 'letters')).sort()).toEqual(ids.map((id) => `${id}.json`));
    const letters = index.map((d) => JSON.parse(readFileSync(join(mixed, 'letters', `${d.id}.json`), 'utf8')) as Doc);
    expect(letters.map((d) => d.meta.id)).toEqual(ids);
    letters.forEach((d, i) => expect(index[i]!.passages).toEqual(d.passages.map((p) => p.id)));
    const bare = letters.find((d) => d.meta.id === 'kaal')!;
    expect(bare.meta.structure).toBe('single');
    expect(bare.passages.flatMap((p) => p.mentions.map((m) => m.iso2))).toEqual(['UA', 'RU', 'CF', 'CF', 'CD']);
    // The letter's own data are as in a build of the letter alone.
    const alone = JSON.parse(before['letters/brief.json']!);
    expect(letters.find((d) => d.meta.id === 'brief')).toEqual(alone);
  });

  it('stops on a seeds folder with no .txt files', () => {
    const r = runBuild({ seeds: seedsWith({ 'notes.md': '# niets' }), out, data: DATA, topology });
    expect(r.errors).toEqual([expect.stringMatching(/no \.txt files in the seeds folder/)]);
    expect(snapshot(out)).toEqual(before);
  });

  it('names file and line of a broken row in data/', () => {
    const data = mkdtempSync(join(tmpdir(), 'data-'));
    for (const f of readdirSync(DATA)) if (f.endsWith('.csv')) writeFileSync(join(data, f), readFileSync(join(DATA, f)));
    writeFileSync(join(data, 'places.csv'), `${readFileSync(join(DATA, 'places.csv'), 'utf8').trimEnd()}\nAtlantis,nl,country,ATL,\n`);
    const r = runBuild({ seeds: seedsWith({ 'brief.txt': LETTER_TEXT }), out, data, topology });
    const lines = readFileSync(join(data, 'places.csv'), 'utf8').trimEnd().split('\n').length;
    expect(r.errors).toEqual([`data/places.csv:${lines}: target "ATL" is neither a country code nor a region in regions.csv`]);
    expect(snapshot(out)).toEqual(before);
  });

  it('exits non-zero from the command line, printing the file', () => {
    const seeds = seedsWith({ 'leeg.txt': '' });
    const cliOut = join(mkdtempSync(join(tmpdir(), 'out-')), 'data');
    mkdirSync(cliOut);
    writeFileSync(join(cliOut, 'atlas.json'), '{"kept":true}');
    let status = 0;
    let stderr = '';
    try {
      execFileSync('npx', ['tsx', 'scripts/build-data.ts', '--seeds', seeds, '--out', cliOut], { encoding: 'utf8', stdio: 'pipe' });
    } catch (e) {
      status = (e as { status: number }).status;
      stderr = (e as { stderr: string }).stderr;
    }
    expect(status).toBe(1);
    expect(stderr).toContain('leeg.txt: the file is empty');
    expect(readFileSync(join(cliOut, 'atlas.json'), 'utf8')).toBe('{"kept":true}');
  });
});
