import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { countryName, type AtlasModel } from '../data/model';
import { countryReadout } from '../data/readout';
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
    const r = model && highlighted ? countryReadout(model, highlighted, themes, lang) : null;
    // The same words as the SVG map's country buttons: "Duitsland: 5 vermeldingen".
    if (r) setMessage(r.kind === 'home' ? t('fallback.home', { name: r.name }) : t('fallback.mentions', { name: r.name, count: r.count }));
  }, [model, highlighted]);

  return message;
}
