/**
 * Copies `text` to the clipboard: false where the browser has none (locked-down browsers, pages outside a
 * secure context) or refuses, so the caller can say the link is shown to copy by hand.
 */
export async function copyText(text: string): Promise<boolean> {
  if (!('clipboard' in navigator)) return false;
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
