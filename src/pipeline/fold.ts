import type { Lang } from './types';

/**
 * The matcher compares names in a folded form, so that the spellings people actually write
 * find the name the gazetteer lists, by rule rather than by a list of extra spellings:
 *
 * - diacritics go (Israël = Israel, Oekraïne = Oekraine, Côte = Cote, Curaçao = Curacao);
 * - curly and typewriter apostrophes are one (Côte d’Ivoire = Côte d'Ivoire);
 * - a hyphen, a space, a no-break space or a line break between the parts of a name are one
 *   (Zuid-Soedan = Zuid Soedan, Centraal-Afrikaanse Republiek = Centraal Afrikaanse Republiek);
 * - a doubled lower-case consonant inside a word counts once (Filippijnen = Filipijnen,
 *   Marokko = Maroko): older official Dutch spellings and common misspellings double them;
 * - in Dutch only, "oe" is "u" (Soedan = Sudan, Darfoer = Darfur, Oeganda = Uganda): Dutch
 *   writes the international spelling about as often as the Dutch transcription.
 *
 * Case is kept: single words stay case-sensitive ("us" is never the US). Folding is applied to
 * the gazetteer forms and to the text alike; `origin` maps every folded character back to the
 * original offset, so mentions still point at the text as written.
 */
export interface Folded {
  text: string;
  /** origin[k] = offset in the original of folded character k; origin[text.length] = original length. */
  origin: number[];
}

const APOSTROPHES = /[’‘ʼ′`´]/;
const SEPARATORS = /[-‐‑ \u00a0\n\t]/;
const MARKS = /\p{M}/gu;
const LOWER_CONSONANT = /[bcdfghjklmnpqrstvwxz]/;
const LETTER = /\p{L}/u;

function baseChar(ch: string): string {
  if (APOSTROPHES.test(ch)) return "'";
  if (SEPARATORS.test(ch)) return ' ';
  const code = ch.charCodeAt(0);
  if (code < 0x80) return ch;
  const stripped = ch.normalize('NFD').replace(MARKS, '');
  // Only a letter that decomposes into one base letter is folded (é → e); ß, ø, æ stay.
  return stripped.length === 1 ? stripped : ch;
}

export function fold(text: string, lang: Lang): Folded {
  let out = '';
  const origin: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = baseChar(text[i]!);
    const prev = out[out.length - 1];
    if (lang === 'nl' && text[i] === 'e' && (prev === 'o' || prev === 'O') && text[i - 1] !== undefined && baseChar(text[i - 1]!) === prev) {
      // "oe" → "u", "Oe" → "U" (not "oë", where the diaeresis splits the vowels).
      out = out.slice(0, -1) + (prev === 'O' ? 'U' : 'u');
      continue;
    }
    if (prev === ch && LOWER_CONSONANT.test(ch) && out.length >= 2 && LETTER.test(out[out.length - 2]!)) continue;
    out += ch;
    origin.push(i);
  }
  origin.push(text.length);
  return { text: out, origin };
}

/** The folded key of a gazetteer form (the same folding as the text it is looked for in). */
export const foldKey = (form: string, lang: Lang): string => fold(form, lang).text;
