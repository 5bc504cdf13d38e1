/**
 * How wide a line of Noto Sans Regular is, without a font engine: a pure renderer has no text
 * metrics, and a baked image cannot be checked by eye 250 times. The advance widths are those
 * of the file the app ships (@fontsource/noto-sans, latin 400; 1000 units per em), read from
 * its hmtx table; kerning only ever narrows a line, so a measured line fits where it is drawn.
 * tests/unit/preview.test.ts checks these widths against the real rasteriser.
 */

/** Advance widths of U+0020 (space) to U+007E (~). */
const ASCII = [
  260, 269, 408, 646, 572, 831, 732, 225, 300, 300, 551, 572, 268, 322, 268, 372, 572, 572, 572, 572, 572, 572, 572, 572,
  572, 572, 268, 268, 572, 572, 572, 434, 899, 639, 650, 632, 730, 556, 519, 728, 741, 339, 273, 619, 524, 907, 760, 781,
  605, 781, 622, 549, 556, 731, 600, 930, 586, 566, 572, 329, 372, 329, 572, 444, 281, 561, 615, 480, 615, 564, 344, 615,
  618, 258, 258, 534, 258, 935, 618, 605, 615, 615, 413, 479, 361, 618, 508, 786, 529, 510, 470, 380, 551, 380, 572,
];

/** Letters and punctuation outside ASCII whose width is not their base letter's. */
const OTHER: Record<string, number> = {
  '\u00a0': 260, '·': 268, '–': 500, '—': 1000, '‘': 175, '’': 175, '“': 359, '”': 359, '…': 791,
  'ß': 631, 'æ': 864, 'Æ': 881, 'ø': 605, 'Ø': 781, 'œ': 946, 'Œ': 928, 'ð': 605, 'Ð': 730, 'þ': 615, 'Þ': 605, 'ı': 258,
};

/** Wider than any letter but M and W: an unknown character never makes a line look shorter than it is. */
const UNKNOWN = 700;

function advance(ch: string): number {
  const known = OTHER[ch];
  if (known !== undefined) return known;
  // Accented letters (ï, é, ç, ő) are as wide as their base letter in Noto Sans.
  const code = ch.normalize('NFD').codePointAt(0) ?? 0;
  return code >= 0x20 && code <= 0x7e ? ASCII[code - 0x20]! : UNKNOWN;
}

/** Width in px of `text` set in Noto Sans Regular at `size` px. */
export function textWidth(text: string, size: number): number {
  let units = 0;
  for (const ch of text) units += advance(ch);
  return (units * size) / 1000;
}

/**
 * Lines of at most `maxWidth` px, broken at spaces and after hyphens (Centraal-Afrikaanse);
 * a single word wider than that stays whole on its own line (the caller picks a smaller size).
 */
export function wrapText(text: string, size: number, maxWidth: number): string[] {
  // Words keep their trailing hyphen or space, so a line joins them back as they were.
  const words = text.trim().split(/(?<=-)|\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const joined = !line ? word : line.endsWith('-') ? line + word : `${line} ${word}`;
    if (line && textWidth(joined, size) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = joined;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * The same words in as few lines, evened out: the narrowest width that still needs no more
 * lines ("8 vermeldingen / in 3 passages", not "8 vermeldingen in 3 / passages").
 */
export function balancedWrap(text: string, size: number, maxWidth: number): string[] {
  const lines = wrapText(text, size, maxWidth);
  if (lines.length < 2) return lines;
  let [lo, hi] = [0, maxWidth];
  while (hi - lo > 1) {
    const mid = (lo + hi) / 2;
    if (wrapText(text, size, mid).length <= lines.length) hi = mid;
    else lo = mid;
  }
  return wrapText(text, size, hi);
}

export interface FittedText {
  size: number;
  lines: string[];
}

/**
 * The largest of `sizes` (largest first) at which `text` wraps into at most `maxLines` lines no
 * wider than `maxWidth`, balanced; at the smallest size, the lines it needs.
 */
export function fitText(text: string, sizes: readonly number[], maxWidth: number, maxLines: number): FittedText {
  for (const size of sizes) {
    const lines = balancedWrap(text, size, maxWidth);
    if (lines.length <= maxLines && lines.every((l) => textWidth(l, size) <= maxWidth)) return { size, lines };
  }
  const size = sizes[sizes.length - 1]!;
  return { size, lines: balancedWrap(text, size, maxWidth) };
}
