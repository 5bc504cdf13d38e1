/**
 * The strict CSP (style-src 'self') refuses style="" in parsed markup, and React's server
 * markup has a few (a swatch's colour, a bar's width). Each distinct style becomes a class
 * in one shared stylesheet the baked pages link to. Pure and deterministic: the class name
 * is a hash of the declarations, the sheet is sorted.
 */
import { createHash } from 'node:crypto';

export interface StyleSheet {
  /** class name → declarations */
  readonly rules: Map<string, string>;
}

export const newSheet = (): StyleSheet => ({ rules: new Map() });

const TAG = /<([a-zA-Z][\w-]*)(\s[^<>]*?)?\sstyle="([^"]*)"([^<>]*)>/g;
const CLASS = /\sclass="([^"]*)"/;

const classFor = (decls: string) => `bk-${createHash('sha256').update(decls).digest('hex').slice(0, 8)}`;

/** The markup without style attributes; their declarations go to `sheet`. */
export function extractStyles(html: string, sheet: StyleSheet): string {
  return html.replace(TAG, (_m, tag: string, before = '', style: string, after: string) => {
    const decls = style.trim().replace(/;$/, '');
    if (!decls) return `<${tag}${before}${after}>`;
    const name = classFor(decls);
    sheet.rules.set(name, decls);
    const attrs = `${before}${after}`;
    const withClass = CLASS.test(attrs) ? attrs.replace(CLASS, (_c, list: string) => ` class="${list} ${name}"`) : `${attrs} class="${name}"`;
    return `<${tag}${withClass}>`;
  });
}

/** Inline styles outrank every rule; `!important` keeps that order in a sheet. */
export function sheetCss(sheet: StyleSheet): string {
  return [...sheet.rules.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([name, decls]) => `.${name}{${decls.split(';').map((d) => `${d.trim()} !important`).join(';')}}`)
    .join('\n');
}
