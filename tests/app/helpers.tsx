import '@testing-library/jest-dom/vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, configure, render, waitFor } from '@testing-library/react';
import { afterEach, expect } from 'vitest';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { buildModel, type AtlasData } from '../../src/app/data/model';
import type { Fetcher } from '../../src/app/data/load';
import { AtlasStoreProvider } from '../../src/app/store/context';
import { createAtlasStore, type AtlasStore } from '../../src/app/store/store';
import { createBundledI18n } from '../../src/i18n/bundled';
import { letterFile } from '../../src/pipeline/letterIndex';
import type { AtlasIndex, Lang, LetterDocument } from '../../src/pipeline/types';
import { topology } from 'topojson-server';

// CI machines have two cores shared by parallel test files: give async queries (findBy…,
// waitFor) room beyond the 1 s default, so a slow start is not mistaken for a missing element.
configure({ asyncUtilTimeout: 5_000 });

// Vitest runs without globals, so Testing Library cannot register its own cleanup.
afterEach(() => {
  if (typeof document !== 'undefined') cleanup();
});

const dir = join(import.meta.dirname, 'fixtures', 'data');
const read = (f: string) => JSON.parse(readFileSync(join(dir, f), 'utf8'));

/** The fixture's letters, one file each (letters/<id>.json), in the index's order. */
const fixtureLetters = (): LetterDocument[] => (read('atlas.json') as AtlasIndex).documents.map((d) => read(letterFile(d.id)));

export function fixtureData(): AtlasData {
  return { atlas: read('atlas.json'), countries: read('countries.geojson'), letters: { documents: fixtureLetters() }, unnamed: async () => read('unnamed.json') };
}

export const fixtureModel = () => buildModel(fixtureData());

const FILES: Record<string, () => unknown> = {
  'atlas.json': () => read('atlas.json'),
  // The app loads the TopoJSON form, as the build writes it next to the GeoJSON.
  'countries.topo.json': () => topology({ countries: read('countries.geojson') }),
  'countries-detail.topo.json': () => topology({ countries: read('countries.geojson') }),
  ...Object.fromEntries(fixtureLetters().map((d) => [letterFile(d.meta.id), () => d])),
  'unnamed.json': () => read('unnamed.json'),
  'regions.geojson': () => ({ type: 'FeatureCollection', features: [] }),
};

/** Serves the fixture like a static host; `fail` names files that answer 500. */
export function fixtureFetcher(fail: Set<string> = new Set()): Fetcher & { calls: string[] } {
  const calls: string[] = [];
  const fetcher = async (url: string) => {
    calls.push(url);
    const file = url.slice(url.indexOf('data/') + 'data/'.length);
    const body = FILES[file];
    if (!body || fail.has(file)) return { ok: false, status: fail.has(file) ? 500 : 404, json: async () => null } as Response;
    return { ok: true, status: 200, json: async () => body() } as Response;
  };
  return Object.assign(fetcher, { calls });
}

export function renderWithProviders(ui: ReactNode, opts: { lang?: Lang; store?: AtlasStore } = {}) {
  const lang = opts.lang ?? 'nl';
  const store = opts.store ?? createAtlasStore({ lang });
  const i18n = createBundledI18n(lang);
  const result = render(
    <AtlasStoreProvider store={store}>
      <I18nextProvider i18n={i18n}>{ui}</I18nextProvider>
    </AtlasStoreProvider>,
  );
  return { ...result, store, i18n };
}

/** The selection panels are a lazy chunk: wait until the panel no longer says it is loading. */
export const waitForPanel = () => waitFor(() => expect(document.querySelector('.panel-loading')).toBeNull());
