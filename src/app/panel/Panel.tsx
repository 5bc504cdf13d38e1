import { useCallback, useEffect, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { findPassage, regionPlaces, type AtlasModel } from '../data/model';
import { useAtlas } from '../store/context';
import { EmptyPanel } from './EmptyPanel';
import type { Selection } from './SelectionPanel';
import { ChunkState } from '../components/ChunkState';
import { onDemand } from '../onDemand';

/** The panels for a selection: their own chunk (see SelectionPanel.tsx). */
export const selectionPanel = onDemand(() => import('./SelectionPanel'));
const preloadSelectionPanel = selectionPanel.load;

/** `compared`: the two letters' models while they are compared (see ComparePanel). */
export function Panel({ model, compared }: { model: AtlasModel; compared?: readonly [AtlasModel, AtlasModel] | null }) {
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
    // Only if the user is still where they clicked: not when they moved on (map, search) meanwhile.
    const active = document.activeElement;
    if (active && active !== document.body && !title.closest('#panel, .panel')?.contains(active)) return;
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
    selectRegion(id, regionPlaces(model, id));
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
  const chunk = selectionPanel.useModule(!!selection);
  if (!selection) {
    return <EmptyPanel model={model} lang={lang} onSelectCountry={goCountry} onPickTheme={(id) => setThemes([id])} />;
  }
  if (!chunk.module) return <ChunkState className="panel-loading" failed={chunk.failed} retry={chunk.retry} />;
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
      compared={compared}
    />
  );
}
