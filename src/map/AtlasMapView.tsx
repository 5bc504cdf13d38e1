/**
 * React wrapper around createAtlasMap, so components never touch MapLibre.
 *
 * The map module is imported dynamically from inside the effect: this file can
 * be bundled with the app (or React.lazy-loaded) and the container renders at
 * once, while the MapLibre chunk arrives in parallel with the data.
 */
import { useEffect, useRef, useState } from 'react';
import type { AtlasMap, AtlasMapViewProps } from './contract';

// Requested when this module loads, not in the first effect after render: saves a React commit.
let mapModule: Promise<typeof import('./atlasMap')> | null = null;
const loadMapModule = (): Promise<typeof import('./atlasMap')> => (mapModule ??= import('./atlasMap'));
void loadMapModule().catch(() => {
  mapModule = null;
});

export default function AtlasMapView(props: AtlasMapViewProps) {
  const { countries, lang, paint, selected, hovered, regions, highlightRegion, view, interactive = true } = props;
  const containerRef = useRef<HTMLDivElement>(null);
  const [map, setMap] = useState<AtlasMap | null>(null);
  const [isReady, setReady] = useState(false);
  // A chunk that fails to load is rethrown in render, so the app's error boundary shows its fallback.
  const [loadError, setLoadError] = useState<unknown>(null);
  if (loadError) throw loadError;

  // Latest props for callbacks and for the initial state of a new map, without re-creating it.
  const latest = useRef(props);
  latest.current = props;

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    let cancelled = false;
    let created: AtlasMap | null = null;
    void loadMapModule().then(({ createAtlasMap }) => {
      if (cancelled) return;
      const p = latest.current;
      created = createAtlasMap(container, {
        countries,
        detail: p.detail,
        lang: p.lang,
        initialView: p.view,
        interactive: p.interactive ?? true,
        palette: p.palette,
        label: p.label,
        onHover: (iso2) => latest.current.onHover(iso2),
        onSelect: (iso2) => latest.current.onSelect(iso2),
        onViewChange: (v) => latest.current.onViewChange(v),
      });
      void created.ready.then(() => {
        if (cancelled) return;
        setReady(true);
        latest.current.onReady?.();
      });
      setMap(created);
    }, (err: unknown) => {
      mapModule = null;
      if (!cancelled) setLoadError(err);
    });
    return () => {
      cancelled = true;
      created?.destroy();
      setMap(null);
      setReady(false);
    };
  }, [countries, props.palette]);

  useEffect(() => map?.setPaint(paint), [map, paint]);
  useEffect(() => map?.setSelected(selected), [map, selected]);
  useEffect(() => map?.setHovered(hovered), [map, hovered]);
  useEffect(() => map?.setLang(lang), [map, lang]);
  useEffect(() => map?.setRegions(regions, highlightRegion), [map, regions, highlightRegion]);
  useEffect(() => map?.setInteractive(interactive), [map, interactive]);
  useEffect(() => {
    if (map && props.label) map.setLabel(props.label);
  }, [map, props.label]);

  const { lng, lat, zoom } = view ?? {};
  useEffect(() => {
    if (map && lng !== undefined && lat !== undefined && zoom !== undefined) map.setView({ lng, lat, zoom });
  }, [map, lng, lat, zoom]);

  const focus = props.focusRequest;
  useEffect(() => {
    if (map && focus) map.focusCountry(focus.iso2);
  }, [map, focus?.iso2, focus?.key]);

  return (
    <div
      ref={containerRef}
      className={props.className}
      style={props.className ? undefined : { position: 'relative', width: '100%', height: '100%' }}
      aria-busy={!isReady}
      data-map-ready={isReady ? 'true' : 'false'}
    />
  );
}
