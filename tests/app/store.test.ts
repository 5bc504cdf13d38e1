import { describe, expect, it } from 'vitest';
import { createAtlasStore, selectUrlState } from '../../src/app/store/store';
import { baseDefaults } from '../../src/app/url/state';

const ALL = ['security', 'prosperity', 'freedoms', 'partnerships'];

describe('selection slice', () => {
  it('selecting a country clears a region and vice versa', () => {
    const s = createAtlasStore({ lang: 'nl' });
    s.getState().selectRegion('eu');
    s.getState().selectCountry('UA');
    expect(s.getState()).toMatchObject({ country: 'UA', region: null });
    s.getState().selectRegion('nato');
    expect(s.getState()).toMatchObject({ country: null, region: 'nato' });
    s.getState().clearSelection();
    expect(s.getState()).toMatchObject({ country: null, region: null });
  });

  it('focus requests are distinct even for the same country', () => {
    const s = createAtlasStore({ lang: 'nl' });
    s.getState().selectCountry('UA', { focus: true });
    const first = s.getState().focusRequest;
    s.getState().selectCountry('UA', { focus: true });
    expect(first).toEqual({ places: ['UA'], key: 1 });
    expect(s.getState().focusRequest).toEqual({ places: ['UA'], key: 2 });
  });

  it('a map click selects without asking the map to zoom', () => {
    const s = createAtlasStore({ lang: 'nl' });
    s.getState().selectCountry('UA');
    expect(s.getState().focusRequest).toBeNull();
  });

  it('tracks hover apart from selection', () => {
    const s = createAtlasStore({ lang: 'nl' });
    s.getState().setHovered('DE');
    expect(s.getState()).toMatchObject({ hovered: 'DE', country: null });
  });
});

describe('filter slice', () => {
  it('toggles themes in filter order', () => {
    const s = createAtlasStore({ lang: 'nl' });
    s.getState().toggleTheme('freedoms', ALL);
    s.getState().toggleTheme('security', ALL);
    expect(s.getState().themes).toEqual(['security', 'freedoms']);
    s.getState().toggleTheme('security', ALL);
    expect(s.getState().themes).toEqual(['freedoms']);
  });

  it('selecting every theme collapses to "all"', () => {
    const s = createAtlasStore({ lang: 'nl' });
    for (const t of ALL) s.getState().toggleTheme(t, ALL);
    expect(s.getState().themes).toEqual([]);
  });

  it('showAllThemes clears the filter', () => {
    const s = createAtlasStore({ lang: 'nl' });
    s.getState().setThemes(['security', 'security']);
    expect(s.getState().themes).toEqual(['security']);
    s.getState().showAllThemes();
    expect(s.getState().themes).toEqual([]);
  });
});

describe('view slice', () => {
  it('rounds the view as the URL would', () => {
    const s = createAtlasStore({ lang: 'nl' });
    s.getState().setView({ lng: 4.56789, lat: 52.12345, zoom: 5.55 });
    expect(s.getState().view).toEqual({ lng: 4.57, lat: 52.12, zoom: 5.6 });
  });
  it('switches between map and list', () => {
    const s = createAtlasStore({ lang: 'nl' });
    s.getState().setList(true);
    expect(s.getState().list).toBe(true);
  });
});

describe('ui slice', () => {
  it('applyUrlState resets what the link does not carry', () => {
    const defaults = baseDefaults('nl');
    const s = createAtlasStore({ lang: 'nl' });
    s.getState().selectCountry('UA');
    s.getState().setThemes(['security']);
    s.getState().setList(true);
    s.getState().applyUrlState({ region: 'eu', lang: 'en' }, defaults);
    expect(selectUrlState(s.getState())).toEqual({ ...defaults, lang: 'en', region: 'eu' });
  });

  it('keeps outlines (a stored preference) out of link state', () => {
    const s = createAtlasStore({ lang: 'en', outlines: true });
    s.getState().applyUrlState({}, baseDefaults('en'));
    expect(s.getState().outlines).toBe(true);
    expect(selectUrlState(s.getState())).not.toHaveProperty('outlines');
  });

  it('initial url state is applied at creation', () => {
    const s = createAtlasStore({ lang: 'nl', url: { country: 'UA', list: true }, defaults: baseDefaults('nl') });
    expect(s.getState()).toMatchObject({ country: 'UA', list: true });
  });
});

describe('region selection with its members to frame', () => {
  it('sets the region and asks the map to frame the members in one update (one history entry)', () => {
    const s = createAtlasStore({ lang: 'nl' });
    const seen: unknown[] = [];
    s.subscribe((st) => seen.push([st.region, st.focusRequest]));
    s.getState().selectRegion('benelux', ['BE', 'LU', 'NL']);
    expect(seen).toEqual([['benelux', { places: ['BE', 'LU', 'NL'], key: 1 }]]);
  });
  it('an open-ended grouping (no members) selects without moving the map', () => {
    const s = createAtlasStore({ lang: 'nl' });
    s.getState().selectRegion('global-south', []);
    expect(s.getState()).toMatchObject({ region: 'global-south', focusRequest: null });
  });
});

describe('classroom slice', () => {
  it('leaving the presentation drops high contrast from state and URL', () => {
    const s = createAtlasStore({ lang: 'nl' });
    s.getState().setPresent(3);
    s.getState().setContrast('high');
    expect(selectUrlState(s.getState())).toMatchObject({ present: 3, contrast: 'high' });
    s.getState().setPresent(4);
    expect(s.getState().contrast, 'stepping keeps it').toBe('high');
    s.getState().setPresent(null);
    expect(s.getState()).toMatchObject({ present: null, contrast: 'normal' });
  });
});
