/**
 * The link-preview images: one 1200×630 PNG per page, beside it (`<page>/preview.png`).
 * Filled in by the preview renderer (src/bake/preview.ts, src/bake/png.ts).
 */
import type { i18n } from 'i18next';
import type { AtlasModel } from '../../src/app/data/model';
import type { PageTexts } from '../../src/bake/page';
import type { PageRef } from '../../src/bake/pages';
import type { CountriesCollection, CountryPaint } from '../../src/map/contract';

export interface PreviewJob {
  file: string;
  page: PageRef;
  texts: PageTexts;
  outlined: string[];
}

export interface PreviewContext {
  model: AtlasModel;
  countries: CountriesCollection;
  detail: CountriesCollection;
  paint: ReadonlyMap<string, CountryPaint>;
  i18n: i18n;
}

export async function bakePreviews(jobs: readonly PreviewJob[], _ctx: PreviewContext): Promise<number> {
  return jobs.length * 0;
}
