import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import type { AtlasModel, PassageEntry } from '../data/model';
import { regionView } from '../data/regionView';
import { useAtlas } from '../store/context';
import { EmptyPanel } from './EmptyPanel';
import type { Selection } from './SelectionPanel';

type SelectionModule = typeof import('./SelectionPanel');
let selectionChunk: Promise<SelectionModule> | null = null;
let loaded: SelectionModule | null = null;
const listeners = new Set<() => void>();
const subscribe = (fn: () => void) => {
  listeners.add(fn);
  return () => void listeners.delete(fn);
};

/** Starts (once) loading the selection panels; a failed load is retried on the next call. */
export const preloadSelectionPanel = (): Promise<SelectionModule> =>
  (selectionChunk ??= import('./SelectionPanel').then(
    (m) => {
      loaded = m;
      listeners.forEach((fn) => fn());
      return m;
    },
    (e: unknown) => {
      selectionChunk = null;
      throw e;
    },
  ));

/*
 * Not React.lazy: React holds a Suspense boundary's content back for up to 300 ms after its
 * fallback showed, which the first click would pay for. The chunk is usually in already
 * (fetched at the first sign of interaction); if not, a line says so for the moment it takes.
 */
function useSelectionModule(wanted: boolean): { module: SelectionModule | null; failed: boolean; retry(): void } {
  const module = useSyncExternalStore(subscribe, () => loaded, () => loaded);
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (!wanted || module) return;
    let live = true;
    setFailed(false);
    preloadSelectionPanel().catch(() => live && setFailed(true));
    return () => {
      live = false;
    };
  }, [wanted, module, attempt]);
  return { module, failed, retry: () => setAttempt((n) => n + 1) };
}

/** The entry for a URL passage id (`2.2.1`), in the first document that has it. */
const findPassage = (model: AtlasModel, id: string | null): PassageEntry | undefined =>
  id ? [...model.passageByRef.values()].find((e) => e.passage.id === id) : undefined;

export function Panel({ model }: { model: AtlasModel }) {
  const { t } = useTranslation();
  const { country, region, lang, themes } = useAtlas(
    useShallow((s) => ({ country: s.country, region: s.region, lang: s.lang, themes: s.themes })),
  );
  const selectCountry = useAtlas((s) => s.selectCountry);
  const selectRegion = useAtlas((s) => s.selectRegion);
  const setThemes = useAtlas((s) => s.setThemes);
  const passage = useAtlas((s) => s.passage);

  // A button inside the panel replaces the panel's content; move focus to the new
  // heading so keyboard and screen-reader users are not dropped at the page top.
  // The heading may arrive a moment later with the panel's chunk: then onShown retries.
  const refocus = useRef(false);
  const focusTitle = useCallback(() => {
    if (!refocus.current) return;
    const title = document.getElementById('panel-title');
    if (!title) return;
    refocus.current = false;
    title.focus();
  }, []);
  useEffect(focusTitle, [country, region, themes, focusTitle]);

  // The first pointer move, touch, key or focus is the cue to fetch the selection panels,
  // so they are in by the time a click selects something.
  useEffect(() => {
    const cues = ['pointermove', 'pointerdown', 'keydown', 'focusin'] as const;
    const stop = () => cues.forEach((e) => window.removeEventListener(e, go, true));
    const go = () => {
      stop();
      preloadSelectionPanel().catch(() => undefined);
    };
    cues.forEach((e) => window.addEventListener(e, go, { capture: true, passive: true }));
    return stop;
  }, []);

  const goCountry = (iso2: string) => {
    refocus.current = true;
    selectCountry(iso2, { focus: true });
  };
  const goRegion = (id: string) => {
    refocus.current = true;
    selectRegion(id, regionView(model, id));
  };

  const linked = findPassage(model, passage);
  const selection: Selection | null =
    country && model.countryById.has(country)
      ? { kind: 'country', iso2: country }
      : region && model.regionById.has(region)
        ? { kind: 'region', id: region }
        : linked
          ? { kind: 'passage', entry: linked }
          : null;
  const chunk = useSelectionModule(!!selection);
  if (!selection) {
    return <EmptyPanel model={model} lang={lang} onSelectCountry={goCountry} onPickTheme={(id) => setThemes([id])} />;
  }
  if (!chunk.module) {
    return chunk.failed ? (
      <p className="panel-loading" role="alert">
        {t('panel.loadFailed')}{' '}
        <button type="button" className="link-button" onClick={chunk.retry}>
          {t('load.retry')}
        </button>
      </p>
    ) : (
      <p className="panel-loading" role="status">
        {t('panel.loading')}
      </p>
    );
  }
  const SelectionPanel = chunk.module.default;
  return (
    <SelectionPanel
      model={model}
      selection={selection}
      lang={lang}
      themes={themes}
      onSelectCountry={goCountry}
      onSelectRegion={goRegion}
      onShown={focusTitle}
    />
  );
}
