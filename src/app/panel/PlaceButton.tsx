import { createContext, useContext, type ReactNode } from 'react';

export interface Place {
  kind: 'country' | 'region';
  id: string;
}

/**
 * Where a place's own page is. Only the baker (src/bake/ssr.tsx) provides it: a baked page
 * links places to their pages, so it reads and navigates without JavaScript; the app keeps
 * buttons that select in place.
 */
export const PlaceHref = createContext<((place: Place) => string | null) | null>(null);

export function PlaceButton({ place, onSelect, children }: { place: Place; onSelect(): void; children: ReactNode }) {
  const href = useContext(PlaceHref)?.(place);
  if (href) {
    return (
      <a className="link-button" href={href}>
        {children}
      </a>
    );
  }
  return (
    <button type="button" className="link-button" onClick={onSelect}>
      {children}
    </button>
  );
}
