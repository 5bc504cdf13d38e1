import { describe, expect, it } from 'vitest';
import { decodeSeed, MAX_SEED_BYTES } from '../../src/pipeline/decode';
import { SeedError } from '../../src/pipeline/errors';

const SENTENCE = 'De Russische agressieoorlog in Oekraïne is de grootste directe veiligheidsdreiging voor Europa.';
const utf8 = (s: string) => new TextEncoder().encode(s);

function error(bytes: Uint8Array): SeedError {
  try {
    decodeSeed(bytes, 'seeds/x.txt');
  } catch (e) {
    if (e instanceof SeedError) return e;
    throw e;
  }
  throw new Error('expected a SeedError');
}

describe('decodeSeed', () => {
  it('reads UTF-8 as is', () => {
    expect(decodeSeed(utf8(SENTENCE), 'x').text).toBe(SENTENCE);
  });

  it('drops a BOM and turns CRLF into LF', () => {
    const r = decodeSeed(utf8(`\uFEFF1. Titel\r\n\r\n${SENTENCE}\r\n`), 'x');
    expect(r.text).toBe(`1. Titel\n\n${SENTENCE}\n`);
  });

  it('converts Windows-1252 (ï as 0xEF) and says so', () => {
    const bytes = Uint8Array.from([...'Oekra'].map((c) => c.charCodeAt(0)).concat(0xef, ...[...'ne'].map((c) => c.charCodeAt(0))));
    const r = decodeSeed(bytes, 'x');
    expect(r.text).toBe('Oekraïne');
    expect(r.notes.join()).toMatch(/Windows-1252/);
  });

  it('normalises decomposed diacritics so names match', () => {
    expect(decodeSeed(utf8('Oekrai\u0308ne'), 'x').text).toBe('Oekraïne');
  });

  it('refuses an empty file, naming it', () => {
    const e = error(new Uint8Array());
    expect(e.location).toBe('seeds/x.txt');
    expect(e.message).toMatch(/empty/);
  });

  it('refuses white space only', () => {
    expect(error(utf8(' \n\n\t')).message).toMatch(/no text/);
  });

  it('refuses a binary file with the line of the first NUL byte', () => {
    const e = error(Uint8Array.from([0x31, 0x0a, 0x32, 0x0a, 0x00, 0x01]));
    expect(e.message).toMatch(/binary/);
    expect(e.location).toBe('seeds/x.txt:3');
  });

  it('refuses a file over the size limit', () => {
    const e = error(new Uint8Array(MAX_SEED_BYTES + 1).fill(0x61));
    expect(e.message).toMatch(/MB/);
  });
});
