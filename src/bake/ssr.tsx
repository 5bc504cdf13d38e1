/**
 * The app's own markup for a baked page (Node, react-dom/server): the real components with
 * the page's state, so the page the browser paints first has the layout, text and ids the
 * app will render over it. Not hydrated: src/main.tsx mounts a fresh root over it once the
 * data is in (see README "Baked pages" for why), so server and client need not agree to the
 * byte and there are no hydration warnings to have.
 */
import type { i18n } from 'i18next';
import { renderToString } from 'react-dom/server';
import { App } from '../app/App';
import type { Fetcher } from '../app/data/load';
import type { AtlasModel } from '../app/data/model';
import { provideAtlasModel } from '../app/data/useAtlasData';
import { lettersModule } from '../app/hooks/useAtlasSession';
import { selectionPanel } from '../app/panel/Panel';
import { PlaceHref, type Place } from '../app/panel/PlaceButton';
import { createAtlasStore } from '../app/store/store';
import { parseUrlState } from '../app/url/parse';
import { baseDefaults } from '../app/url/state';
import type { Lang } from '../pipeline/types';

export interface SsrPage {
  lang: Lang;
  /** The page's state as a query, e.g. `?country=UA`. */
  query: string;
  /** A place's page, relative to this page (the baked links between pages). */
  hrefFor(place: Place): string | null;
}

/**
 * Loads what the pages share once, so they render and not their loading states: the panels'
 * chunk, and with several letters in the seeds the letters' code (the newest is baked).
 */
export async function prepareSsr(): Promise<void> {
  await Promise.all([selectionPanel.load(), lettersModule.load()]);
}

export async function renderPage(page: SsrPage, model: AtlasModel, i18n: i18n, fetcher: Fetcher): Promise<string> {
  await i18n.changeLanguage(page.lang);
  const defaults = baseDefaults(page.lang);
  // The app takes the model over in its first render (useAtlasData), so it renders ready.
  provideAtlasModel(fetcher, './', model);
  const store = createAtlasStore({ lang: page.lang, outlines: false, url: parseUrlState(page.query, model.known), defaults, webgl: true });
  // On the server zustand reads getInitialState (the state before the page's was applied).
  store.getInitialState = store.getState;
  return renderToString(
    <PlaceHref value={page.hrefFor}>
      <App store={store} i18n={i18n} defaults={defaults} fetcher={fetcher} base="./" />
    </PlaceHref>,
  );
}
