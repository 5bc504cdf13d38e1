/**
 * What the panel shows for a selection: a country, a region or a linked passage. Its own
 * chunk (with d3-scale's linear scale for the breakdown), because the first view shows the
 * empty panel; Panel.tsx starts loading it at the first sign of interaction.
 */
import { useEffect, useEffectEvent } from 'react';
import type { Lang } from '../../pipeline/types';
import type { AtlasModel, PassageEntry } from '../data/model';
import { ComparePanel } from './ComparePanel';
import { CountryPanel } from './CountryPanel';
import { PassagePanel } from './PassagePanel';
import { RegionPanel } from './RegionPanel';

export type Selection =
  | { kind: 'country'; iso2: string }
  | { kind: 'region'; id: string }
  | { kind: 'passage'; entry: PassageEntry };

interface Props {
  model: AtlasModel;
  selection: Selection;
  lang: Lang;
  themes: string[];
  onSelectCountry(iso2: string): void;
  onSelectRegion(id: string): void;
  /** Called once the first content is in the document (for focus moves that waited for the chunk). */
  onShown(): void;
  /** Two letters compared (their models, in order): a country or region shows both side by side. */
  compared?: readonly [AtlasModel, AtlasModel] | null | undefined;
}

export default function SelectionPanel({ model, selection, lang, themes, onSelectCountry, onSelectRegion, onShown, compared }: Props) {
  const shown = useEffectEvent(onShown);
  useEffect(() => shown(), []);
  if (compared && selection.kind !== 'passage') return <ComparePanel models={compared} selection={selection} lang={lang} themes={themes} />;
  switch (selection.kind) {
    case 'country':
      return <CountryPanel model={model} iso2={selection.iso2} lang={lang} themes={themes} onSelectCountry={onSelectCountry} onSelectRegion={onSelectRegion} />;
    case 'region':
      return <RegionPanel model={model} id={selection.id} lang={lang} themes={themes} onSelectCountry={onSelectCountry} />;
    case 'passage':
      return <PassagePanel model={model} entry={selection.entry} lang={lang} onSelectCountry={onSelectCountry} />;
  }
}
