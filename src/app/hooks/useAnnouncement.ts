import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { countFor } from '../data/counts';
import { countryName, type AtlasModel } from '../data/model';
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

  useEffect(() => {
    if (!model) return;
    const c = country ? model.countryById.get(country) : undefined;
    const r = region ? model.regionById.get(region) : undefined;
    if (c) setMessage(t('status.selected', { name: countryName(c, lang), count: c.direct.all ?? 0 }));
    else if (r) setMessage(t('status.selected', { name: r.label[lang], count: r.direct.all ?? 0 }));
    else if (hadSelection.current) setMessage(t('status.cleared'));
    hadSelection.current = !!(c || r);
    // Language switches re-render the panel but are not a new selection to announce.
  }, [model, country, region]);

  useEffect(() => {
    const c = model && highlighted ? model.countryById.get(highlighted) : undefined;
    if (!c) return;
    // The arrows visit the named countries and the author, in the SVG map's words: "Duitsland: 5 vermeldingen".
    const name = countryName(c, lang);
    setMessage(c.home ? t('fallback.home', { name }) : t('fallback.mentions', { name, count: countFor(c.direct, themes) }));
  }, [model, highlighted]);

  return message;
}
