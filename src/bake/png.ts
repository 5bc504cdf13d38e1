/**
 * SVG → PNG for the baked link previews (Node only, at build time), with resvg and the
 * self-hosted Noto Sans the app ships, never a font of the machine: the same card comes out
 * byte for byte on any machine.
 *
 *   const png = await renderPng(previewSvg(input)); // Buffer, 1200×630
 *
 * resvg reads TrueType/OpenType files from disk; @fontsource ships WOFF2. The WOFF2 file is
 * decoded once with wawoff2 (Google's reference decoder, compiled to WebAssembly) into a plain
 * sfnt file in the temp folder, named by a hash of its source, so a stale file is never read.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderAsync, Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import { decompress } from 'wawoff2';

const require = createRequire(import.meta.url);

/**
 * The one shipped subset the cards use: Latin (U+0000–00FF and punctuation), in which every
 * country and grouping name of the data is written. resvg does not combine faces of one family
 * the way a browser does by unicode-range (a second "Noto Sans" file is never searched for a
 * missing letter), so a card with a letter outside it is refused rather than drawn with boxes.
 */
const SUBSET = 'latin';
export const FONT_FAMILY = 'Noto Sans';

/** The subset's unicode-range (@fontsource's unicode.json, as its CSS states it). */
const COVERED: [number, number][] = (
  JSON.parse(readFileSync(require.resolve('@fontsource/noto-sans/unicode.json'), 'utf8')) as Record<string, string>
)[SUBSET]!
  .split(',')
  .map((r) => r.trim().replace(/^U\+/, '').split('-').map((h) => parseInt(h, 16)))
  .map(([a, b]) => [a!, b ?? a!]);

/** Characters of `text` the font cannot draw (path data is ASCII, so a whole SVG can be checked). */
export function uncoveredChars(text: string): string[] {
  const out = new Set<string>();
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (!COVERED.some(([a, b]) => code >= a && code <= b)) out.add(ch);
  }
  return [...out];
}

let font: Promise<string> | null = null;

/** Path of Noto Sans as TrueType, decoded from the shipped WOFF2 on first call. */
export function previewFontFile(): Promise<string> {
  return (font ??= decodeFont().catch((e: unknown) => {
    font = null;
    throw e;
  }));
}

async function decodeFont(): Promise<string> {
  const woff2 = readFileSync(require.resolve(`@fontsource/noto-sans/files/noto-sans-${SUBSET}-400-normal.woff2`));
  const hash = createHash('sha256').update(woff2).digest('hex').slice(0, 16);
  const dir = join(tmpdir(), 'beleidsatlas-fonts');
  const file = join(dir, `noto-sans-${SUBSET}-400-${hash}.ttf`);
  if (existsSync(file)) return file;
  const sfnt = Buffer.from(await decompress(woff2));
  // The WOFF2 header states the decoded size (totalSfntSize): a short or garbled result is refused.
  if (sfnt.length !== woff2.readUInt32BE(16) || sfnt.readUInt32BE(0) !== 0x00010000) throw new Error('could not decode Noto Sans');
  mkdirSync(dir, { recursive: true });
  // Written beside and renamed: a bake running alongside never reads half a file.
  const part = `${file}.${process.pid}.part`;
  writeFileSync(part, sfnt);
  renameSync(part, file);
  return file;
}

function options(svg: string, fontFile: string): ResvgRenderOptions {
  const missing = uncoveredChars(svg);
  if (missing.length) throw new Error(`Noto Sans (latin) cannot draw ${missing.map((c) => `"${c}"`).join(' ')} in a preview`);
  return {
    fitTo: { mode: 'original' },
    font: { loadSystemFonts: false, fontFiles: [fontFile], defaultFontFamily: FONT_FAMILY, sansSerifFamily: FONT_FAMILY },
    logLevel: 'error',
  };
}

export interface RgbaImage {
  width: number;
  height: number;
  /** Row by row, 4 bytes (RGBA) a pixel. */
  pixels: Buffer;
}

/** The SVG as pixels (for checks on what a card shows). */
export async function renderRgba(svg: string): Promise<RgbaImage> {
  const image = new Resvg(svg, options(svg, await previewFontFile())).render();
  return { width: image.width, height: image.height, pixels: image.pixels };
}

/** The SVG as a PNG file's bytes, at the SVG's own size. */
export async function renderPng(svg: string): Promise<Buffer> {
  // Drawn on libuv's thread pool, so a baker can have several in flight on several cores.
  return (await renderAsync(svg, options(svg, await previewFontFile()))).asPng();
}
