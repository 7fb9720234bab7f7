/**
 * Addresses for data made on the device (the rendered bedtime track), so an audio element can
 * play it. Each one holds its data in memory until it is revoked: whoever creates one revokes it.
 */

/** An address for `blob`; revoke it when it is no longer played. */
export function createBlobUrl(blob: Blob): string {
  return URL.createObjectURL(blob);
}

/** Lets the browser free the data behind an address from createBlobUrl. */
export function revokeBlobUrl(url: string): void {
  URL.revokeObjectURL(url);
}
