import { useEffect, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { AtlasModel } from '../data/model';
import { regionView } from '../data/regionView';
import { useAtlas } from '../store/context';
import { CountryPanel } from './CountryPanel';
import { EmptyPanel } from './EmptyPanel';
import { findPassage, PassagePanel } from './PassagePanel';
import { RegionPanel } from './RegionPanel';

export function Panel({ model }: { model: AtlasModel }) {
  const { country, region, lang, themes } = useAtlas(
    useShallow((s) => ({ country: s.country, region: s.region, lang: s.lang, themes: s.themes })),
  );
  const selectCountry = useAtlas((s) => s.selectCountry);
  const selectRegion = useAtlas((s) => s.selectRegion);
  const setThemes = useAtlas((s) => s.setThemes);
  const passage = useAtlas((s) => s.passage);

  // A button inside the panel replaces the panel's content; move focus to the new
  // heading so keyboard and screen-reader users are not dropped at the page top.
  const refocus = useRef(false);
  useEffect(() => {
    if (!refocus.current) return;
    refocus.current = false;
    document.getElementById('panel-title')?.focus();
  }, [country, region, themes]);

  const goCountry = (iso2: string) => {
    refocus.current = true;
    selectCountry(iso2, { focus: true });
  };
  const goRegion = (id: string) => {
    refocus.current = true;
    selectRegion(id, regionView(model, id));
  };

  if (country && model.countryById.has(country)) {
    return <CountryPanel model={model} iso2={country} lang={lang} themes={themes} onSelectCountry={goCountry} onSelectRegion={goRegion} />;
  }
  if (region && model.regionById.has(region)) {
    return <RegionPanel model={model} id={region} lang={lang} themes={themes} onSelectCountry={goCountry} />;
  }
  const linked = findPassage(model, passage);
  if (linked) return <PassagePanel model={model} entry={linked} lang={lang} onSelectCountry={goCountry} />;
  return <EmptyPanel model={model} lang={lang} onSelectCountry={goCountry} onPickTheme={(id) => setThemes([id])} />;
}
