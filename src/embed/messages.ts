/**
 * Height messages from an embedded atlas to the page around it, in the two conventions
 * newsroom CMSs already handle: Pym.js (`pymxPYMx<id>xPYMxheightxPYMx<px>`, a string) and a
 * Datawrapper-style object `{"beleidsatlas-height": {"<id>": px}}`. Only the height is sent.
 */

/** Pym.js joins its message parts with this (pym.v1.js, MESSAGE_DELIMITER). */
const PYM_DELIMITER = 'xPYMx';
export const HEIGHT_KEY = 'beleidsatlas-height';
/** The id in our own message when the page was not given a Pym childId. */
export const DEFAULT_CHILD_ID = 'beleidsatlas';

/**
 * Pym.Parent builds its message regex from the id without escaping it, so only ids made of
 * plain word characters are safe to echo back (Pym's own ids are element ids like "example").
 */
const SAFE_ID = /^[A-Za-z0-9_-]{1,64}$/;

export function parseChildId(search: string): string | null {
  const id = new URLSearchParams(search).get('childId');
  return id !== null && SAFE_ID.test(id) ? id : null;
}

export const toPx = (height: number): number => Math.max(0, Math.ceil(height));

export function pymHeightMessage(childId: string, height: number): string {
  return ['pym', childId, 'height', String(toPx(height))].join(PYM_DELIMITER);
}

export type HeightMessage = { [HEIGHT_KEY]: Record<string, number> };

export function heightMessage(id: string, height: number): HeightMessage {
  return { [HEIGHT_KEY]: { [id]: toPx(height) } };
}

/** Read our own message back (hosts and tests); anything else is null. */
export function readHeightMessage(data: unknown): { id: string; height: number } | null {
  let value = data;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch {
      return null;
    }
  }
  if (!value || typeof value !== 'object') return null;
  const inner = (value as Record<string, unknown>)[HEIGHT_KEY];
  if (!inner || typeof inner !== 'object') return null;
  const [entry] = Object.entries(inner as Record<string, unknown>);
  if (!entry) return null;
  const [id, height] = entry;
  return typeof height === 'number' && Number.isFinite(height) && height >= 0 ? { id, height } : null;
}
