/**
 * `npm run data -- [--seeds DIR] [--out DIR] [--lang nl|en]`: reads the seeds and data/,
 * calls the pure pipeline, and replaces the output folder only when everything succeeded,
 * so a broken seed never destroys the data built before.
 */
import { readFileSync } from 'node:fs';
import { runBuild } from './data-build';

const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i === -1 ? undefined : args[i + 1];
};
const lang = opt('lang');
if (lang !== undefined && lang !== 'nl' && lang !== 'en') {
  console.error(`--lang must be nl or en, not "${lang}"`);
  process.exit(2);
}

const result = runBuild({
  seeds: opt('seeds') ?? 'seeds',
  out: opt('out') ?? 'public/data',
  data: opt('data') ?? 'data',
  lang,
  evaluate: true,
  topology: JSON.parse(readFileSync(new URL('../node_modules/world-atlas/countries-50m.json', import.meta.url), 'utf8')),
});
for (const line of result.log) console.log(line);
for (const line of result.errors) console.error(line);
process.exit(result.errors.length ? 1 : 0);
