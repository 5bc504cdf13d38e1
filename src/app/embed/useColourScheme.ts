import { useEffect, useState } from 'react';
import type { ColourScheme } from '../url/embed';

const QUERY = '(prefers-color-scheme: dark)';

/** The link's ?scheme= wins; without it, the reader's system setting (and its changes). */
export function useColourScheme(fromUrl: ColourScheme | null): ColourScheme {
  const media = typeof window !== 'undefined' && window.matchMedia ? window.matchMedia(QUERY) : null;
  const [prefersDark, setPrefersDark] = useState(media?.matches ?? false);
  useEffect(() => {
    if (!media || fromUrl) return;
    const on = (e: MediaQueryListEvent) => setPrefersDark(e.matches);
    media.addEventListener('change', on);
    return () => media.removeEventListener('change', on);
  }, [media, fromUrl]);
  return fromUrl ?? (prefersDark ? 'dark' : 'light');
}
