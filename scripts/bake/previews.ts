/**
 * The link-preview images: one 1200×630 PNG per page, beside it (`<page>/preview.png`), drawn
 * by the preview renderer (src/bake/preview.ts) and rasterised with the self-hosted Noto Sans
 * (src/bake/png.ts).
 */
import { availableParallelism } from 'node:os';
import type { i18n } from 'i18next';
import { regionPlaces, type AtlasModel } from '../../src/app/data/model';
import type { PageTexts } from '../../src/bake/page';
import type { PageRef } from '../../src/bake/pages';
import { renderPng } from '../../src/bake/png';
import { previewSvg, type PreviewSubject } from '../../src/bake/preview';
import type { CountriesCollection, CountryPaint } from '../../src/map/contract';
import { writeAtomic } from './write';

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
  source: { title: string; kamerstuk: string };
}

function subjectOf(model: AtlasModel, page: PageRef): PreviewSubject {
  const s = page.subject;
  if (!s) return { kind: 'world' };
  if (s.kind === 'country') return { kind: 'country', iso2: s.id };
  return { kind: 'grouping', id: s.id, members: regionPlaces(model, s.id) };
}

export async function bakePreviews(jobs: readonly PreviewJob[], ctx: PreviewContext): Promise<number> {
  // A few in flight: resvg draws on the thread pool while the next card's SVG is built.
  const queue = [...jobs];
  const lanes = Math.max(1, Math.min(4, availableParallelism()));
  await Promise.all(
    Array.from({ length: lanes }, async () => {
      for (let job = queue.shift(); job; job = queue.shift()) await bakeOne(job, ctx);
    }),
  );
  return jobs.length;
}

async function bakeOne(job: PreviewJob, ctx: PreviewContext): Promise<void> {
  const t = ctx.i18n.getFixedT(job.page.lang);
  const svg = previewSvg({
    countries: ctx.countries,
    detail: ctx.detail,
    paint: ctx.paint,
    subject: subjectOf(ctx.model, job.page),
    text: {
      name: job.texts.about ?? t('app.subtitle'),
      count: job.texts.count,
      source: `${ctx.source.title} · Kamerstuk ${ctx.source.kamerstuk}`,
      site: t('app.title'),
    },
  });
  writeAtomic(job.file, await renderPng(svg));
}
