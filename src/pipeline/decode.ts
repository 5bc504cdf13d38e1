import { SeedError } from './errors';

/** Larger seeds are refused: the real letters are ~25 KB; anything this big is a wrong file. */
export const MAX_SEED_BYTES = 5 * 1024 * 1024;

export interface DecodedSeed {
  text: string;
  /** Non-fatal repairs, reported by the CLI (e.g. "decoded as Windows-1252"). */
  notes: string[];
}

/**
 * Bytes → clean text. Accepts UTF-8 (with or without BOM), UTF-16 with BOM and
 * Windows-1252 (common for Dutch documents saved from Word); line endings become \n
 * and text is NFC so "Oekraïne" is one code point per letter however the PDF spelled it.
 */
export function decodeSeed(bytes: Uint8Array, file: string): DecodedSeed {
  const notes: string[] = [];
  if (bytes.length === 0) throw new SeedError(file, 'the file is empty');
  if (bytes.length > MAX_SEED_BYTES) {
    const mb = (bytes.length / 1024 / 1024).toFixed(1);
    throw new SeedError(file, `the file is ${mb} MB; seeds larger than ${MAX_SEED_BYTES / 1024 / 1024} MB are refused (is it the right file?)`);
  }

  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
    notes.push('decoded as UTF-16 (little-endian)');
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
    notes.push('decoded as UTF-16 (big-endian)');
  } else {
    const nul = bytes.indexOf(0);
    if (nul !== -1) {
      throw new SeedError(file, `this looks like a binary file (a NUL byte at offset ${nul}); seeds must be plain text`, lineAt(bytes, nul));
    }
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    } catch {
      text = new TextDecoder('windows-1252').decode(bytes);
      notes.push('not valid UTF-8: decoded as Windows-1252');
    }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  text = text.replace(/\r\n?/g, '\n').normalize('NFC');

  const control = firstControlChar(text);
  if (control !== -1) {
    throw new SeedError(file, 'this looks like a binary file (control characters in the text); seeds must be plain text', lineOf(text, control));
  }
  if (text.trim() === '') throw new SeedError(file, 'the file has no text (only white space)');
  return { text, notes };
}

function firstControlChar(text: string): number {
  // Tabs and form feeds occur in PDF extractions; other C0 controls mean binary data.
  // eslint-disable-next-line no-control-regex -- finding control characters is this regex's purpose
  const m = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/.exec(text);
  return m ? m.index : -1;
}

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
