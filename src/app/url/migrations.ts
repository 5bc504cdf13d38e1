/**
 * Old links must keep working. Each migration rewrites query parameters from an
 * older scheme into the current one; they run in order before parsing. Never
 * remove an entry: links live on in mails, notes and Kamer documents.
 */
export interface UrlMigration {
  /** Names the entry; why it exists is the comment above it (comments do not ship to every reader). */
  id: string;
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
  // Early Dutch links used ?land= and ?taal= for country and language.
  {
    id: 'land-alias',
    reads: ['land', 'taal'],
    apply: (p) => {
      alias(p, 'land', 'country');
      alias(p, 'taal', 'lang');
    },
  },
  // Embed codes may say ?theme=dark|light for the colour scheme; the canonical key is ?scheme=. No theme id is "dark" or "light", so the old ?theme=<id> alias below is unaffected.
  {
    id: 'theme-colour-scheme',
    reads: ['theme'],
    apply: (p) => {
      const v = p.get('theme')?.trim().toLowerCase();
      if (v === 'dark' || v === 'light') alias(p, 'theme', 'scheme');
    },
  },
  // A single ?theme= was accepted before the filter became multi-select.
  {
    id: 'theme-singular',
    reads: ['theme'],
    apply: (p) => alias(p, 'theme', 'themes'),
  },
  // Before there were several letters, ?passage= carried a bare id (2.2.1); every such link was
  // made for the 2026 policy letter, so a bare id means that letter.
  {
    id: 'passage-bare-id',
    reads: ['passage'],
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
