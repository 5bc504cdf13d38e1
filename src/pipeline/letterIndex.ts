/**
 * The letters' index (atlas.json `documents`) and their files: which letter a visit opens with
 * and where each letter's text lives. Shared by the build, the app and vite.config.ts (which
 * hints the opening letter's file from index.html).
 */

/** Where a letter's file lives under data/: the index lists the letters, each has its own file. */
export const letterFile = (id: string) => `letters/${id}.json`;

/** Newest first by date (undated ones last; the same date: by id). The first is the letter a visit opens with. */
export const byNewest = (a: { id: string; date: string | null }, b: { id: string; date: string | null }) =>
  (b.date ?? '').localeCompare(a.date ?? '') || a.id.localeCompare(b.id);
