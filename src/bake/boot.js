/* global document, requestAnimationFrame, setTimeout, Element */
/*
 * A baked page's only script in the HTML (src/bake/firstPaint.ts). The page paints from its
 * HTML and inline CSS alone; the app's scripts and data hints wait in <template id="atlas-boot">
 * and go into the document with the first frame, so on a slow link their downloads do not
 * compete with the page's own bytes. Copied to assets/ with a content hash.
 */
const boot = document.getElementById('atlas-boot');
let started = false;
const start = () => {
  if (started || !boot) return;
  started = true;
  document.head.append(boot.content.cloneNode(true));
  // Chunks that need none of the app's code run as soon as they are in (MapLibre: its worker starts).
  for (const link of document.querySelectorAll('link[data-boot-import]')) import(link.href).catch(() => undefined);
};
// Until the app has mounted (it removes data-baked), the last element clicked is marked: the
// app clicks the same control again (src/bake/handover.ts, earlyClick).
let clicked = null;
document.addEventListener(
  'click',
  (e) => {
    if (!document.documentElement.hasAttribute('data-baked') || !(e.target instanceof Element)) return;
    clicked?.removeAttribute('data-early-click');
    clicked = e.target;
    clicked.setAttribute('data-early-click', '');
  },
  true,
);

// With the first frame: its paint is under way when the requests go out, so they never hold it up.
requestAnimationFrame(start);
// A tab opened in the background paints no frames: start anyway.
setTimeout(start, 1000);
