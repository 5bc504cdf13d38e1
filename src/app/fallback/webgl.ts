/**
 * Can this browser draw the MapLibre map? Asked before the map chunk is imported, so a
 * browser without WebGL (old school laptops, locked-down machines, `--disable-webgl`) never
 * downloads and runs ~430 KiB of MapLibre only to fail; it gets the SVG map instead.
 */
let cached: boolean | null = null;

export function detectWebGL(doc: Pick<Document, 'createElement'> = document): boolean {
  try {
    const canvas = doc.createElement('canvas');
    const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
    // Free the context at once: browsers cap live contexts, and MapLibre needs one.
    (gl as WebGLRenderingContext | null)?.getExtension('WEBGL_lose_context')?.loseContext();
    return !!gl;
  } catch {
    return false;
  }
}

/** Once per page: creating contexts is not free, and the answer does not change. */
export function hasWebGL(): boolean {
  cached ??= typeof document !== 'undefined' && detectWebGL(document);
  return cached;
}
