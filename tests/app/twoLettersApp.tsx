/**
 * The whole app on the two-letter build (./twoLetters.ts), as a link opens it, with the map as
 * a stand-in (jsdom has no WebGL; the map's own journeys cover it) that keeps what it was last
 * asked to paint.
 */
import { render } from '@testing-library/react';
import { vi } from 'vitest';
import { App } from '../../src/app/App';
import { EMPTY_KNOWN } from '../../src/app/data/model';
import { createAtlasStore } from '../../src/app/store/store';
import { parseUrlState } from '../../src/app/url/parse';
import { baseDefaults } from '../../src/app/url/state';
import { createBundledI18n } from '../../src/i18n/bundled';
import type { Lang } from '../../src/pipeline/types';
import type { AtlasMapViewProps, CountryPaint } from '../../src/map/contract';
import { folderFetcher } from './twoLetters';

/** What the map stand-in was last asked to paint. */
export const drawn: { paint: ReadonlyMap<string, CountryPaint> | null } = { paint: null };
vi.mock('../../src/map/AtlasMapView', () => ({
  default: (props: AtlasMapViewProps) => {
    drawn.paint = props.paint;
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- focusable like the real map, which pans by keyboard
    return <div role="img" aria-label={props.label} tabIndex={0} />;
  },
}));

/** Opens `path` + `search` (the page's own address) on the data in `out`; returns the store. */
export function startApp(out: string, search: string, lang: Lang = 'nl', path = '/') {
  window.history.replaceState(null, '', `${path}${search}`);
  const defaults = baseDefaults(lang);
  const store = createAtlasStore({ lang, url: parseUrlState(search, EMPTY_KNOWN), defaults });
  render(<App store={store} i18n={createBundledI18n(lang)} defaults={defaults} fetcher={folderFetcher(out)} storage={{ setItem: vi.fn() }} />);
  return store;
}
