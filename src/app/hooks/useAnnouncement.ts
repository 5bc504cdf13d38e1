import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { countFor } from '../data/counts';
import { countryName, type AtlasModel } from '../data/model';
import type { CountryProperties, RegionEntry } from '../../pipeline/types';
import { useAtlas } from '../store/context';

/** Text for the polite live region whenever the selection or the map's keyboard highlight changes. */
export function useAnnouncement(model: AtlasModel | null): string {
  const { t } = useTranslation();
  const country = useAtlas((s) => s.country);
  const region = useAtlas((s) => s.region);
  const lang = useAtlas((s) => s.lang);
  const highlighted = useAtlas((s) => s.highlighted);
  const themes = useAtlas((s) => s.themes);
  const [message, setMessage] = useState('');
  const hadSelection = useRef(false);

  // Language (and theme) switches re-render but are not a new selection to announce: the effects
  // below run on selection changes only, and word the message in the current language.
  const announceSelection = useEffectEvent((c: CountryProperties | undefined, r: RegionEntry | undefined) => {
    if (c) setMessage(t('status.selected', { name: countryName(c, lang), count: c.direct.all ?? 0 }));
    else if (r) setMessage(t('status.selected', { name: r.label[lang], count: r.direct.all ?? 0 }));
    else if (hadSelection.current) setMessage(t('status.cleared'));
    hadSelection.current = !!(c || r);
  });
  useEffect(() => {
    if (!model) return;
    announceSelection(country ? model.countryById.get(country) : undefined, region ? model.regionById.get(region) : undefined);
  }, [model, country, region]);

  const announceHighlight = useEffectEvent((c: CountryProperties) => {
    // The arrows visit the named countries and the author, in the SVG map's words: "Duitsland: 5 vermeldingen".
    const name = countryName(c, lang);
    setMessage(c.home ? t('fallback.home', { name }) : t('fallback.mentions', { name, count: countFor(c.direct, themes) }));
  });
  useEffect(() => {
    const c = model && highlighted ? model.countryById.get(highlighted) : undefined;
    if (c) announceHighlight(c);
  }, [model, highlighted]);

  return message;
}
