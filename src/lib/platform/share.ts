/**
 * Handing a link on: the clipboard and the system share sheet, behind a small interface, and
 * the address links point back to.
 */

/** Where this copy of Unknot is served, without the fragment: the base of its links. */
export const appAddress = (): string => `${location.origin}${location.pathname}`;

/** Copies text; false when the browser refuses (no permission, insecure page). */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** Whether there is a system share sheet (phones, some desktops). */
export const canShare = (): boolean => typeof navigator.share === 'function';

/** Opens the share sheet: 'cancelled' when the user closed it, 'unavailable' when there is none. */
export async function shareLink(data: ShareData): Promise<'shared' | 'cancelled' | 'unavailable'> {
  if (!canShare()) return 'unavailable';
  try {
    await navigator.share(data);
    return 'shared';
  } catch {
    return 'cancelled';
  }
}
