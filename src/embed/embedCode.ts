/**
 * The code a journalist pastes: a responsive <iframe> and, optionally, a tiny resizer for the
 * host page. Pure; everything interpolated is escaped for where it lands (attribute, JS string).
 */
import { escapeXml } from '../render/escape';
import { HEIGHT_KEY } from './messages';
import type { SizePreset } from './size';

export { plannedHeight, SIZE_PRESETS, type SizePreset } from './size';

export interface EmbedCodeInput {
  /** Absolute URL of the app in embed mode. */
  src: string;
  /** The iframe's accessible name. */
  title: string;
  size: SizePreset;
  /** Element id for the iframe, so the resizer can find it. */
  id: string;
  resizer: boolean;
}

/** Ids end up in HTML and in a script: keep them to a safe alphabet. */
export function safeId(raw: string): string {
  const id = raw.toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 48);
  return id ? (/^[a-z]/.test(id) ? id : `a-${id}`) : 'beleidsatlas';
}

/** A JS string literal that cannot close the surrounding <script> or start a comment. */
export function jsString(s: string): string {
  return JSON.stringify(s).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

export function iframeCode({ src, title, size, id }: EmbedCodeInput): string {
  const style = ['width:100%', size.width ? `max-width:${size.width}px` : '', `height:${size.height}px`, 'border:0']
    .filter(Boolean)
    .join(';');
  return (
    `<iframe id="${escapeXml(safeId(id))}" src="${escapeXml(src)}" title="${escapeXml(title)}" ` +
    `width="100%" height="${size.height}" style="${style}" loading="lazy"></iframe>`
  );
}

/**
 * For host pages without Pym.js: follow the atlas' own height message, from this iframe only.
 * Heights are clamped so a hostile frame cannot make the page absurdly tall.
 */
export function resizerCode(id: string): string {
  return [
    '<script>',
    '(function () {',
    `  var iframe = document.getElementById(${jsString(safeId(id))});`,
    '  window.addEventListener("message", function (event) {',
    '    if (!iframe || event.source !== iframe.contentWindow) return;',
    '    var data = event.data;',
    '    if (typeof data === "string") { try { data = JSON.parse(data); } catch (e) { return; } }',
    `    var heights = data && data[${jsString(HEIGHT_KEY)}];`,
    '    if (!heights || typeof heights !== "object") return;',
    '    for (var key in heights) {',
    '      var px = Number(heights[key]);',
    '      if (px > 0 && px < 20000) iframe.style.height = Math.ceil(px) + "px";',
    '    }',
    '  });',
    '})();',
    '</script>',
  ].join('\n');
}

export function embedCode(input: EmbedCodeInput): string {
  return input.resizer ? `${iframeCode(input)}\n${resizerCode(input.id)}` : iframeCode(input);
}
