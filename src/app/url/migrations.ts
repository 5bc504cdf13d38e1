/**
 * Old links must keep working. Each migration rewrites query parameters from an
 * older scheme into the current one; they run in order before parsing. Never
 * remove an entry: links live on in mails, notes and Kamer documents.
 */
export interface UrlMigration {
  id: string;
  why: string;
  /** The parameters it reads (old spellings are ours too: a rewrite drops them). */
  reads: readonly string[];
  apply(params: URLSearchParams): void;
}

function alias(params: URLSearchParams, from: string, to: string) {
  const v = params.get(from);
  params.delete(from);
  if (v !== null && !params.has(to)) params.set(to, v);
}

export const MIGRATIONS: readonly UrlMigration[] = [
  {
    id: 'land-alias',
    reads: ['land', 'taal'],
    why: 'Early Dutch links used ?land= and ?taal= for country and language.',
    apply: (p) => {
      alias(p, 'land', 'country');
      alias(p, 'taal', 'lang');
    },
  },
  {
    id: 'theme-colour-scheme',
    reads: ['theme'],
    why: 'Embed codes may say ?theme=dark|light for the colour scheme; the canonical key is ?scheme=. No theme id is "dark" or "light", so the old ?theme=<id> alias below is unaffected.',
    apply: (p) => {
      const v = p.get('theme')?.trim().toLowerCase();
      if (v === 'dark' || v === 'light') alias(p, 'theme', 'scheme');
    },
  },
  {
    id: 'theme-singular',
    reads: ['theme'],
    why: 'A single ?theme= was accepted before the filter became multi-select.',
    apply: (p) => alias(p, 'theme', 'themes'),
  },

  {
    id: 'passage-bare-id',
    reads: ['passage'],
    why: 'Before there were several letters, ?passage= carried a bare passage id (2.2.1); every such link was made for the 2026 policy letter, so a bare id means that letter.',
    apply: (p) => {
      const v = p.get('passage')?.trim();
      if (v && BARE_PASSAGE_ID.test(v)) p.set('passage', `${SEED_LETTER}/${v}`);
    },
  },
];

/** The letter every link from before `letter=` was made for. */
export const SEED_LETTER = 'beleidsbrief-buitenlandse-zaken-2026';
const BARE_PASSAGE_ID = /^\d{1,3}(\.\d{1,3}){1,3}$/;

export function migrate(params: URLSearchParams, migrations: readonly UrlMigration[] = MIGRATIONS): URLSearchParams {
  const out = new URLSearchParams(params);
  for (const m of migrations) m.apply(out);
  return out;
}
