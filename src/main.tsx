import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
// Noto Sans 400 only, for the map labels and the image export (the UI uses system fonts).
// This only declares the @font-face rules; src/map/atlasMap.ts asks for the file.
import '@fontsource/noto-sans/400.css';
import { App, embedShell } from './app/App';
import { browserFetch } from './app/data/load';
import { EMPTY_KNOWN, type AtlasModel } from './app/data/model';
import { atlasDataReady, preloadAtlasData } from './app/data/useAtlasData';
import { selectionPanel } from './app/panel/Panel';
import { documentPage, mergeSearch } from './app/url/bakedPage';
import { lettersModule } from './app/hooks/useAtlasSession';
import { migrate } from './app/url/migrations';
import { startBakedMapEarly } from './bake/earlyMap';
import { adoptBakedMap, earlyClick, followFragmentsHere, holdBakedMap, readingPlace, releaseBakedMap } from './bake/handover';
import { readStoredOutlines } from './app/hooks/useStoredOutlines';
import { hasWebGL } from './app/fallback/webgl';
import { createAtlasStore } from './app/store/store';
import { parseUrlState } from './app/url/parse';
import { baseDefaults } from './app/url/state';
import './app/styles.css';
import { browserLang, detectLang } from './i18n/detectLang';
import { startI18n } from './i18n/i18n';
import { discardEarlyMap, earlyMapLoading } from './map/early';
import { loadMapModule } from './map/preload';
import { registerOffline } from './pwa/register';

const storage = (() => {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
})();

// A baked page (src/bake/) stands for a state of its own, under whatever its link adds.
const page = documentPage();
// Old spellings (land=, taal=) read as today's, so the checks below see what the link means.
const own = migrate(new URLSearchParams(window.location.search)).toString();
const search = mergeSearch(page, own ? `?${own}` : '');
const baked = holdBakedMap(document, own ? `?${own}` : '');
if (page && document.querySelector('base')) followFragmentsHere(document);
const lang = detectLang(search, navigator.languages);
// Only the shown language's messages load (the other when the switch asks for it); the app renders once they are in.
const i18nReady = startI18n(lang);
// The default language is the browser's, so a link only carries ?lang= when it overrides that.
const defaults = baseDefaults(browserLang(navigator.languages));
// Ids can only be checked once the data is in; lang, view and list can be applied at once.
const store = createAtlasStore({ lang, outlines: readStoredOutlines(storage), url: parseUrlState(search, EMPTY_KNOWN), defaults, webgl: hasWebGL() });
document.documentElement.lang = lang;
// MapLibre and its worker start now, in parallel with the messages and the data, not after
// the first render asks for the map (about 200 ms later on a laptop).
if (store.getState().webgl) loadMapModule().catch(() => undefined); // the map reports a failure itself
// The data too: fetched (hinted from index.html), parsed and indexed while the messages load;
// the letter a link names (or the newest), not every letter.
preloadAtlasData(browserFetch, './', store.getState().letter);
if (store.getState().embed) embedShell.load().catch(() => undefined); // the shell offers a retry

if (!page) {
  void i18nReady.then((i18n) =>
    createRoot(document.getElementById('root')!).render(
      <StrictMode>
        <App store={store} i18n={i18n} defaults={defaults} storage={storage} />
      </StrictMode>,
    ),
  );
} else {
  // Over a baked page the app mounts once everything its first render shows is in (the
  // messages, the data, a place's panel), in one synchronous commit: the baked markup stays
  // on screen until then, and the map picture moves into the new map box in the same task.
  const panel = /[?&](country|region|passage)=/.test(search) ? selectionPanel.load().catch(() => undefined) : null;
  // With several letters the header has the letter switch from its first commit, as baked.
  const letters = atlasDataReady().then((m) => ((m?.data.atlas.documents.length ?? 0) > 1 ? lettersModule.load().catch(() => undefined) : undefined));
  // MapLibre starts under the picture as soon as it and the data are in, so its worker tiles
  // while React renders; AtlasMapView takes the map over (src/map/early.ts).
  const startMap = (model: AtlasModel | null) => {
    if (baked && model) startBakedMapEarly(document, model, search, defaults, store.getState().webgl);
  };
  void atlasDataReady().then(startMap);
  void Promise.all([i18nReady, atlasDataReady(), panel, letters]).then(async ([i18n, model]) => {
    startMap(model); // if the line above has not run yet: the map's start comes before the mount either way
    // The picture stays on screen meanwhile: the mount can wait a frame for the map's worker to start.
    await earlyMapLoading();
    const root = createRoot(document.getElementById('root')!);
    // Whoever started reading the baked page keeps their place: scroll and focus carry over.
    const reading = readingPlace(document);
    const clicked = earlyClick(document);
    flushSync(() =>
      root.render(
        <StrictMode>
          <App store={store} i18n={i18n} defaults={defaults} storage={storage} />
        </StrictMode>,
      ),
    );
    reading.restore();
    // Without data the app shows its error state (with a retry): the picture has nothing to stand in for.
    if (baked && model) adoptBakedMap(document, store, model);
    else releaseBakedMap(document);
    // A map started early that no view took over (the list, a presentation, an error) goes.
    discardEarlyMap();
    clicked.replay();
  });
}

registerOffline(i18nReady);
