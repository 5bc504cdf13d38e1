// @vitest-environment jsdom
/**
 * On a baked page main.tsx starts the map before React mounts (src/map/early.ts,
 * src/bake/earlyMap.ts); AtlasMapView takes it over. Which pages start it and with what, and who
 * owns it when: taken over once (React's StrictMode runs the effect twice), dropped after the
 * mount when no view took it. The map itself is MapLibre in the journeys (tests/e2e/baked.spec.ts);
 * here a recording stand-in for createAtlasMap, since jsdom has no WebGL.
 */
import { act, render, waitFor } from '@testing-library/react';
import { StrictMode } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { computeChoropleth } from '../../src/app/choropleth/paint';
import { earlyMapStart } from '../../src/bake/earlyMap';
import { baseDefaults } from '../../src/app/url/state';
import type { AtlasMap, AtlasMapOptions, AtlasMapViewProps } from '../../src/map/contract';
import { fixtureModel } from './helpers';

const model = fixtureModel();
const defaults = baseDefaults('nl');
const colours = (paint: ReadonlyMap<string, { fill: string; viaOnly: boolean }>) => JSON.stringify([...paint].sort());

describe('which baked pages start the map early, and with what', () => {
  it('the home page: the map in all themes’ colours, nothing selected, in the page’s language', () => {
    const start = earlyMapStart(model, '?lang=en', defaults, true)!;
    expect(colours(start.paint)).toBe(colours(computeChoropleth(model, []).paint));
    expect(start.selected).toBeNull();
    expect(start.lang).toBe('en');
    expect(start.countries).toBe(model.data.countries);
  });

  it('a country page with a theme: the theme’s colours and the country selected, read as the first render will', () => {
    // Before the data the store cannot check ids, so it holds neither; the first render will show both.
    const start = earlyMapStart(model, '?country=UA&themes=migration', defaults, true)!;
    expect(start.selected).toBe('UA');
    expect(colours(start.paint)).toBe(colours(computeChoropleth(model, ['migration']).paint));
    expect(colours(start.paint)).not.toBe(colours(computeChoropleth(model, []).paint));
    // An id the data does not know is dropped, as the app drops it.
    expect(earlyMapStart(model, '?country=XX', defaults, true)!.selected).toBeNull();
  });

  it('not where the first render shows no plain map at the picture’s view, nor without WebGL', () => {
    for (const link of ['?list=1', '?present=1', '?read=1', '?embed=1', '?view=10,50,3']) {
      expect(earlyMapStart(model, link, defaults, true), link).toBeNull();
    }
    expect(earlyMapStart(model, '', defaults, false)).toBeNull();
  });
});

/** A map that records what is asked of it, drawing a bare canvas in its container. */
function recordingMap(canvas: HTMLCanvasElement, ready: Promise<void>) {
  return {
    setPaint: vi.fn(),
    setSelected: vi.fn(),
    setHovered: vi.fn(),
    setLang: vi.fn(),
    setRegions: vi.fn(),
    frame: vi.fn(),
    focusCountry: vi.fn(),
    setView: vi.fn(),
    getView: vi.fn(() => ({ lng: 0, lat: 0, zoom: 1 })),
    setInteractive: vi.fn(),
    setLabel: vi.fn(),
    ready,
    destroy: vi.fn(() => canvas.remove()),
  } satisfies AtlasMap;
}

/** A stand-in for createAtlasMap, with every map it made. */
function recordingMaps() {
  const made: { map: ReturnType<typeof recordingMap>; options: AtlasMapOptions; ready: () => void }[] = [];
  const create = (container: HTMLElement, options: AtlasMapOptions): AtlasMap => {
    const canvas = container.ownerDocument.createElement('canvas');
    container.append(canvas);
    let ready!: () => void;
    const map = recordingMap(canvas, new Promise<void>((r) => (ready = r)));
    made.push({ map, options, ready });
    return map;
  };
  return { made, create };
}

describe('who owns the early map', () => {
  // Each test starts from a page that has not mounted yet.
  let early: typeof import('../../src/map/early');
  let AtlasMapView: typeof import('../../src/map/AtlasMapView').default;
  beforeEach(async () => {
    vi.resetModules();
    early = await import('../../src/map/early');
    AtlasMapView = (await import('../../src/map/AtlasMapView')).default;
    document.body.innerHTML = '';
  });

  const start = () => {
    const s = earlyMapStart(model, '?country=UA', defaults, true)!;
    return { ...s, initialView: { lng: 10, lat: 50, zoom: 2 } };
  };

  function bakedBox(): HTMLElement {
    const box = document.createElement('div');
    box.className = 'map';
    document.body.append(box);
    return box;
  }

  it('lies inert in the baked box with the first render’s colours, until a view claims it', () => {
    const { made, create } = recordingMaps();
    const box = bakedBox();
    early.holdEarlyMap(box, start, create);
    expect(made).toHaveLength(1);
    const element = box.querySelector('canvas')!.parentElement!;
    expect(element.parentElement).toBe(box);
    expect(element.hasAttribute('inert')).toBe(true);
    expect(element.style.position).toBe('absolute');
    expect(made[0]!.map.setPaint).toHaveBeenCalledWith(start().paint);
    expect(made[0]!.map.setSelected).toHaveBeenCalledWith('UA');
    expect(made[0]!.map.setInteractive).toHaveBeenLastCalledWith(false);
    expect(made[0]!.options.initialView).toEqual({ lng: 10, lat: 50, zoom: 2 });
  });

  it('AtlasMapView takes it over through StrictMode’s double effect: one map, in its box, answering its callbacks', async () => {
    const { made, create } = recordingMaps();
    const box = bakedBox();
    early.holdEarlyMap(box, start, create);
    // React replaces the baked markup with its own at the mount.
    box.remove();
    const onSelect = vi.fn();
    const onReady = vi.fn();
    const paint = computeChoropleth(model, []).paint;
    const props: AtlasMapViewProps = {
      countries: model.data.countries,
      lang: 'nl',
      paint,
      selected: 'UA',
      hovered: null,
      regions: null,
      highlightRegion: null,
      className: 'map',
      label: 'Kaart',
      onHover: vi.fn(),
      onSelect,
      onViewChange: vi.fn(),
      onReady,
    };
    const { container, unmount } = render(
      <StrictMode>
        <AtlasMapView {...props} />
      </StrictMode>,
    );
    early.discardEarlyMap();

    expect(made).toHaveLength(1);
    const { map, options, ready } = made[0]!;
    const view = container.querySelector('.map')!;
    expect(view.querySelectorAll('canvas')).toHaveLength(1);
    expect(view.querySelector('[inert]')).toBeNull();
    expect(map.destroy).not.toHaveBeenCalled();
    // The view's effects apply its state as to a map of its own: reachable by keyboard again.
    expect(map.setPaint).toHaveBeenLastCalledWith(paint);
    expect(map.setInteractive).toHaveBeenLastCalledWith(true);
    expect(map.setLabel).toHaveBeenLastCalledWith('Kaart');

    options.onSelect('BR');
    expect(onSelect).toHaveBeenCalledWith('BR');

    await act(async () => ready());
    await waitFor(() => expect(view.getAttribute('data-map-ready')).toBe('true'));
    expect(onReady).toHaveBeenCalledTimes(1);

    unmount();
    expect(map.destroy).toHaveBeenCalledTimes(1);
    expect(document.querySelectorAll('canvas')).toHaveLength(0);
  });

  it('no view took it over (a list, a presentation, an error): it goes after the mount, and none starts later', () => {
    const { made, create } = recordingMaps();
    const box = bakedBox();
    early.holdEarlyMap(box, start, create);
    // Another letter's shapes are not these.
    const other = { ...model.data.countries, features: [...model.data.countries.features] };
    expect(early.claimEarlyMap(other, document.createElement('div'), { onHover() {}, onSelect() {}, onViewChange() {} })).toBeNull();

    early.discardEarlyMap();
    expect(made[0]!.map.destroy).toHaveBeenCalledTimes(1);
    expect(box.children).toHaveLength(0);

    early.holdEarlyMap(box, start, create);
    expect(made).toHaveLength(1);
    expect(early.claimEarlyMap(model.data.countries, document.createElement('div'), { onHover() {}, onSelect() {}, onViewChange() {} })).toBeNull();
  });

  it('a map that fails to start leaves the page as it was, for the app to mount and try again', () => {
    const box = bakedBox();
    expect(() =>
      early.holdEarlyMap(box, start, () => {
        throw new Error('Failed to initialize WebGL');
      }),
    ).not.toThrow();
    expect(box.children).toHaveLength(0);
    expect(early.claimEarlyMap(model.data.countries, document.createElement('div'), { onHover() {}, onSelect() {}, onViewChange() {} })).toBeNull();
  });

  it('a page that shows no plain map starts none', () => {
    const { made, create } = recordingMaps();
    const box = bakedBox();
    early.holdEarlyMap(box, () => null, create);
    expect(made).toHaveLength(0);
    expect(box.children).toHaveLength(0);
  });
});
