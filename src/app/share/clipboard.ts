/**
 * Copy text, or report that we could not: without navigator.clipboard (plain http, older
 * browsers, locked-down CMS frames) the caller shows the text in a field to copy by hand.
 */
export async function copyText(text: string, nav: Pick<Navigator, 'clipboard'> | undefined = globalThis.navigator): Promise<boolean> {
  try {
    if (!nav?.clipboard?.writeText) return false;
    await nav.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
