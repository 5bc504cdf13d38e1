/* global document, requestAnimationFrame, setTimeout, Element */
/*
 * A baked page's only script in the HTML (src/bake/deferApp.ts). The page paints from its
 * HTML and inline CSS alone; the app's scripts and data hints wait in <template id="atlas-boot">
 * and are put into the document after that first frame, so their downloads neither compete
 * with the page for the first paint nor hold it back. Copied to assets/ with a content hash.
 */
const boot = document.getElementById('atlas-boot');
let started = false;
const start = () => {
  if (started || !boot) return;
  started = true;
  document.head.append(boot.content.cloneNode(true));
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

// The callback runs before the first frame is painted, the timeout after it.
requestAnimationFrame(() => setTimeout(start, 0));
// A tab opened in the background paints no frames: start anyway.
setTimeout(start, 1000);
