/**
 * React wrapper around createAtlasMap, so components never touch MapLibre.
 *
 * Bundled with the app (it is small and imports no MapLibre): the MapLibre chunk comes
 * through loadMapModule(), which main.tsx has already started, so the container renders at
 * once and no Suspense boundary sits between the data and the map (React holds back a
 * suspended boundary's content for up to 300 ms, which the first map would pay for).
 * On a baked page the map may already be there: started before the mount (./early.ts), it is
 * claimed here and then treated as a map this view made.
 */
import { useEffect, useEffectEvent, useLayoutEffect, useRef, useState } from 'react';
import type { AtlasMap, AtlasMapViewProps } from './contract';
import { bakedCamera, releaseBakedMap } from '../bake/handover';
import { claimEarlyMap, type MapCallbacks } from './early';
import { loadMapModule } from './preload';

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
    const callbacks: MapCallbacks = {
      onHover: (iso2) => latest.current.onHover(iso2),
      onSelect: (iso2) => latest.current.onSelect(iso2),
      onPointer: (p) => latest.current.onPointer?.(p),
      onHighlight: (iso2) => latest.current.onHighlight?.(iso2),
      onViewChange: (v) => latest.current.onViewChange(v),
    };
    const adopt = (map: AtlasMap) => {
      created = map;
      void map.ready.then(() => {
        if (cancelled) return;
        releaseBakedMap();
        setReady(true);
        latest.current.onReady?.();
      });
      setMap(map);
    };
    // On a baked page main.tsx may have started this map already (early.ts), in the default colours.
    const early = props.palette || props.labels ? null : claimEarlyMap(countries, container, callbacks);
    if (early) adopt(early);
    else
      void loadMapModule().then(({ createAtlasMap }) => {
        if (cancelled) return;
        const p = latest.current;
        adopt(
          createAtlasMap(container, {
            countries,
            detail: p.detail,
            lang: p.lang,
            // On a baked page the map starts at exactly the view its SVG picture shows.
            initialView: p.view ?? bakedCamera(container) ?? undefined,
            interactive: p.interactive ?? true,
            palette: p.palette,
            labels: p.labels,
            label: p.label,
            ...callbacks,
          }),
        );
      }, (err: unknown) => {
        if (!cancelled) setLoadError(err);
      });
    return () => {
      cancelled = true;
      // A map that goes (an error, a new map) will not take over from the baked picture.
      releaseBakedMap();
      created?.destroy();
      setMap(null);
      setReady(false);
    };
  }, [countries, props.palette, props.labels]);

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
  const places = focus?.places.join();
  // Before paint, with the rest of the commit in the DOM: the map measures the overlays as they
  // will be drawn (the panel that opens with the selection), and moves in the same frame.
  const frameFocus = useEffectEvent(() => {
    if (map && focus) map.frame(focus.places);
  });
  // A new request is a new key or other places; the array's identity says nothing.
  useLayoutEffect(() => frameFocus(), [map, places, focus?.key]);

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
