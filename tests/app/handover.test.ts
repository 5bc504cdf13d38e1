// @vitest-environment jsdom
/** What a reader did on the baked page before the app mounted reaches the app (src/bake/handover.ts). */
import { describe, expect, it } from 'vitest';
import { earlyClick, readingPlace } from '../../src/bake/handover';

// The baked header and map box as the server renders them; the app renders the same, and the
// handover puts the map picture (data-baked-map) in another place of the map box.
const baked = `<header><button class="view-toggle" aria-pressed="true">Kaart</button><button class="view-toggle" aria-pressed="false"><span>Lijst</span></button></header>
<div class="map-area"><div class="baked-map" data-baked-map=""><svg><path data-iso="UA"/></svg></div><button class="keys">Toetsen</button><div class="map"></div></div>`;
const app = `<header><button class="view-toggle" aria-pressed="true">Kaart</button><button class="view-toggle" aria-pressed="false"><span>Lijst</span></button></header>
<div class="map-area"><button class="keys">Toetsen</button><div class="baked-map" data-baked-map=""><svg><path data-iso="UA"/></svg></div><div class="map"></div></div>`;

function page(markup: string): Document {
  document.body.innerHTML = `<div id="root">${markup}</div>`;
  return document;
}

/** Mount the app's markup in place of the baked one; returns the names of the app's controls clicked. */
function mount(doc: Document, markup: string): string[] {
  const clicks: string[] = [];
  doc.getElementById('root')!.innerHTML = markup;
  for (const b of doc.querySelectorAll('#root button')) b.addEventListener('click', () => clicks.push(b.textContent!));
  return clicks;
}

describe('a click before the app', () => {
  it('on a baked button (its text marked by the boot script) clicks the app’s same button', () => {
    const doc = page(baked);
    doc.querySelector('span')!.setAttribute('data-early-click', '');
    const kept = earlyClick(doc);
    const clicks = mount(doc, app);
    kept.replay();
    expect(clicks).toEqual(['Lijst']);
  });

  it('counts places without the map picture, which the handover moves', () => {
    const doc = page(baked);
    doc.querySelector('.keys')!.setAttribute('data-early-click', '');
    const kept = earlyClick(doc);
    const clicks = mount(doc, app);
    kept.replay();
    expect(clicks).toEqual(['Toetsen']);
  });

  it('clicks nothing when the app drew another control there, nothing was clicked, or the click was on the map', () => {
    const doc = page(baked);
    doc.querySelector('span')!.setAttribute('data-early-click', '');
    const kept = earlyClick(doc);
    const clicks = mount(doc, app.replace('<button class="view-toggle" aria-pressed="false">', '<button class="other">'));
    kept.replay();
    expect(clicks).toEqual([]);

    const none = earlyClick(page(baked));
    const noClicks = mount(document, app);
    none.replay();
    expect(noClicks).toEqual([]);

    const onMap = page(baked);
    onMap.querySelector('path')!.setAttribute('data-early-click', '');
    const mapKept = earlyClick(onMap);
    const mapClicks = mount(onMap, app);
    mapKept.replay();
    expect(mapClicks).toEqual([]);
  });
});

describe('the reader’s place over the mount', () => {
  // The server's generated id differs from the app's (React's useId), as in the real header.
  const withSearch = (markup: string, id = '_R_1_-input') => markup.replace('<header>', `<header><input id="${id}" type="search" role="combobox" aria-label="Zoek een land">`);

  it('keeps what was typed in the search box and where the focus was, as typing into the app’s box', () => {
    const doc = page(withSearch(baked));
    const box = doc.querySelector('input')!;
    box.focus();
    box.value = 'Oekra';
    const place = readingPlace(doc);
    mount(doc, withSearch(app, '_r_0_-input'));
    const appBox = doc.querySelector('input')!;
    const heard: string[] = [];
    appBox.addEventListener('input', () => heard.push(appBox.value));
    place.restore();
    expect(appBox.value).toBe('Oekra');
    expect(heard).toEqual(['Oekra']);
    expect(doc.activeElement).toBe(appBox);
  });

  it('puts the focus back on the same control without an id, and types nothing into untouched boxes', () => {
    const doc = page(withSearch(baked));
    doc.querySelector<HTMLButtonElement>('.keys')!.focus();
    const place = readingPlace(doc);
    mount(doc, withSearch(app));
    const heard: string[] = [];
    doc.querySelector('input')!.addEventListener('input', () => heard.push('typed'));
    place.restore();
    expect(doc.activeElement?.textContent).toBe('Toetsen');
    expect(heard).toEqual([]);
  });
});
