// @vitest-environment jsdom
/** A click on a baked control before the app mounts reaches the app's control (src/bake/handover.ts). */
import { describe, expect, it } from 'vitest';
import { earlyClick } from '../../src/bake/handover';

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
