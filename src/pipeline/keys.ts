/**
 * Ids that name a letter and a passage across letters. A letter's id is the slug of its seed
 * file's name ("beleidsbrief-buitenlandse-zaken-2026"); a passage's key is the letter id and the
 * passage id joined by a slash ("beleidsbrief-buitenlandse-zaken-2026/2.2.1"), since every letter
 * numbers its passages from 1.0.1. The same key is the data's ref, the app's state and the
 * `passage=` value of a permalink. Section refs use the same form ("…/2.2").
 */

/** A file name → a lower-case slug: diacritics folded, every run of other characters one hyphen. */
export function documentId(fileName: string): string {
  const stem = fileName.replace(/\.[^.]*$/, '');
  return stem
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '') || 'document';
}

export const passageRef = (doc: string, passage: string) => `${doc}/${passage}`;

/** The letter id of a passage or section ref. */
export const docOfRef = (ref: string) => ref.slice(0, ref.lastIndexOf('/'));

/** A passage key as a link may carry it: a slug, a slash, a numbered id of two to four parts. */
export const PASSAGE_KEY = /^[a-z0-9]+(-[a-z0-9]+)*\/\d{1,3}(\.\d{1,3}){1,3}$/;

/** A letter id as a link may carry it. */
export const DOCUMENT_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
