/** wawoff2 ships no types: the one function the bake uses (WOFF2 → TrueType/OpenType bytes). */
declare module 'wawoff2' {
  export function decompress(woff2: Uint8Array): Promise<Uint8Array>;
}
