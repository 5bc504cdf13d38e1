import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { topology } from 'topojson-server';
import type { Topology } from 'topojson-specification';
import { buildAtlas } from '../src/pipeline/atlas';
import { decodeSeed } from '../src/pipeline/decode';
import { SeedError } from '../src/pipeline/errors';
import { buildGazetteer } from '../src/pipeline/gazetteer';
import { prepareWorld } from '../src/pipeline/geometry';
import { DETAIL_QUANTIZATION, geometryOnly, OVERVIEW, OVERVIEW_QUANTIZATION, withOverviewShapes } from '../src/pipeline/overview';
import { documentId } from '../src/pipeline/keys';
import { letterFile } from '../src/pipeline/letterIndex';
import { createStructuredBuilder } from '../src/pipeline/letter';
import { libraryNames } from '../src/pipeline/library-names';
import { parseReference, ReferenceError, type ParsedReference } from '../src/pipeline/reference';
import { unnamedForAtlas } from '../src/pipeline/unnamedForAtlas';
import { evaluateFiles } from './evaluation';
import { readReferenceFiles } from './reference-files';
import type { Lang, LetterDocument } from '../src/pipeline/types';

export interface BuildOptions {
  seeds: string;
  out: string;
  data: string;
  lang?: Lang;
  topology: Topology;
  /** Score the pipeline against data/gold/ and write eval.json (off for builds of other seeds). */
  evaluate?: boolean;
}

export interface BuildResult {
  log: string[];
  /** "file:line: message" lines; non-empty means nothing was written. */
  errors: string[];
}


export function runBuild(opts: BuildOptions): BuildResult {
  const log: string[] = [];
  const errors: string[] = [];
  let seedFiles: string[];
  try {
    seedFiles = readdirSync(opts.seeds).filter((f) => f.endsWith('.txt')).sort();
  } catch {
    return { log, errors: [`${opts.seeds}: cannot read the seeds folder`] };
  }
  if (seedFiles.length === 0) return { log, errors: [`${opts.seeds}: no .txt files in the seeds folder; nothing to build`] };
  // Two files whose names slug alike would share passage keys: refuse rather than mix them.
  const bySlug = new Map<string, string>();
  for (const f of seedFiles) {
    const twin = bySlug.get(documentId(f));
    if (twin) return { log, errors: [`${opts.seeds}: ${twin} and ${f} both get the id "${documentId(f)}"; rename one`] };
    bySlug.set(documentId(f), f);
  }

  let reference: ParsedReference;
  try {
    reference = parseReference(readReferenceFiles(opts.data));
  } catch (e) {
    return { log, errors: [e instanceof ReferenceError ? e.message : `${opts.data}: ${(e as Error).message}`] };
  }
  const library = libraryNames();
  const build = createStructuredBuilder({
    gazetteer: buildGazetteer({ ...reference, libraryNames: library }),
    themes: reference.themes,
    rules: reference.rules,
  });

  const documents: LetterDocument[] = [];
  for (const f of seedFiles) {
    const file = join(opts.seeds, f);
    try {
      const decoded = decodeSeed(readFileSync(file), file);
      for (const note of decoded.notes) log.push(`${file}: ${note}`);
      const { structureNote, ...doc } = build({ id: documentId(f), file: `seeds/${f}`, text: decoded.text, lang: opts.lang });
      documents.push(doc);
      const mentions = doc.passages.reduce((n, p) => n + p.mentions.length, 0);
      const headings = doc.sections.reduce((n, s) => n + (s.mentions?.length ?? 0), 0);
      log.push(`${file}: ${doc.meta.lang}, ${doc.sections.length} sections, ${doc.passages.length} passages, ${mentions + headings} mentions (${headings} in headings)`);
      if (doc.meta.structure) log.push(`${file}: warning: ${structureNote}`);
    } catch (e) {
      errors.push(e instanceof SeedError ? `${e.location}: ${e.message}` : `${file}: ${(e as Error).message}`);
    }
  }
  if (errors.length) return { log, errors: [...errors, `nothing written; ${opts.out} keeps the data built before`] };

  const world = prepareWorld(opts.topology, { extraPoints: reference.points });
  const out = buildAtlas({ documents, themes: reference.themes, regions: reference.regions, names: reference.names, libraryNames: library, world });
  if (out.unplaced.length) log.push(`warning: no shape or point for ${out.unplaced.join(' ')} (add them to data/points.csv)`);
  const overview = withOverviewShapes(out.countries, prepareWorld(opts.topology, OVERVIEW));
  const unnamed = unnamedForAtlas(out, reference, library, world.neighbours);

  let evalJson: string | null = null;
  if (opts.evaluate) {
    const { result, errors: evalErrors } = evaluateFiles(build);
    if (!result) return { log, errors: [...evalErrors, `nothing written; ${opts.out} keeps the data built before`] };
    evalJson = JSON.stringify(result);
    const m = result.overall.mention;
    log.push(`accuracy: ${result.gold} annotated mentions, precision ${m.precision}, recall ${m.recall} (npm run eval for the report)`);
  }

  const files: Record<string, string> = {
    // The index of letters, and regions without their counts and passages: the app counts them
    // from the letter shown, with the build's own function, as it does for countries (src/app/data/load.ts).
    'atlas.json': JSON.stringify({ ...out.atlas, regions: out.atlas.regions.map(({ direct, passages, headings, ...r }) => r) }),
    // The public download: detailed shapes with every property.
    'countries.geojson': JSON.stringify(out.countries),
    // What the app loads first (coarse shapes, names, label points; it counts the mentions
    // from the letter shown itself), and the detailed shapes it fetches on zooming in. TopoJSON
    // stores each shared border once.
    'countries.topo.json': JSON.stringify(topology({ countries: overview }, OVERVIEW_QUANTIZATION)),
    'countries-detail.topo.json': JSON.stringify(topology({ countries: geometryOnly(out.countries, (p) => p.iso2) }, DETAIL_QUANTIZATION)),
    'regions.geojson': JSON.stringify(out.regions),
    // One file per letter: a visit fetches the letter it shows, others when switched to or compared.
    ...Object.fromEntries(out.letters.documents.map((d) => [letterFile(d.meta.id), JSON.stringify(d)])),
    'mentions.csv': out.mentionsCsv,
    'mentions-excel.csv': out.mentionsExcelCsv,
    // Fetched by the search only when a query finds a place the letter does not name.
    'unnamed.json': JSON.stringify(unnamed),
    // The measured accuracy, for the method page ("Hoe is deze kaart gemaakt?").
    ...(evalJson ? { 'eval.json': evalJson } : {}),
  };
  writeAtomically(opts.out, files);
  // The letters in one line: a thousand of them would drown the log.
  const letters = Object.keys(files).filter((name) => name.startsWith('letters/'));
  const size = (names: string[]) => {
    const bodies = names.map((n) => files[n]!);
    const sum = (f: (b: string) => number) => bodies.reduce((n, b) => n + f(b), 0);
    return `${kib(sum((b) => Buffer.byteLength(b)))} (${kib(sum((b) => gzipSync(b).length))} gzip)`;
  };
  for (const name of Object.keys(files)) {
    if (name === letters[0]) log.push(`${join(opts.out, 'letters')}/: ${letters.length} ${letters.length === 1 ? 'letter' : 'letters'}, ${size(letters)}`);
    if (!letters.includes(name)) log.push(`${join(opts.out, name)}: ${size([name])}`);
  }
  return { log, errors };
}

const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;

/** Writes into a sibling temp folder, then swaps it in, so readers never see half a build. */
function writeAtomically(outDir: string, files: Record<string, string>) {
  const target = resolve(outDir);
  const tmp = `${target}.tmp-${process.pid}`;
  const old = `${target}.old-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  for (const [name, body] of Object.entries(files)) {
    mkdirSync(dirname(join(tmp, name)), { recursive: true });
    writeFileSync(join(tmp, name), body);
  }
  mkdirSync(dirname(target), { recursive: true });
  const exists = (() => {
    try {
      return statSync(target).isDirectory();
    } catch {
      return false;
    }
  })();
  if (exists) renameSync(target, old);
  renameSync(tmp, target);
  if (exists) rmSync(old, { recursive: true, force: true });
}
