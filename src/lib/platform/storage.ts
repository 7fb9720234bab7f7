/** Whether the browser may clear Unknot's data under storage pressure, and how much is used. */
export interface StorageStatus {
  persistent: boolean | null;
  usedBytes: number | null;
}

/** Asks the browser to keep our data (after the first completed session: history now matters). */
export async function persistStorage(): Promise<boolean> {
  try {
    if (!navigator.storage?.persist) return false;
    return (await navigator.storage.persisted()) || (await navigator.storage.persist());
  } catch {
    return false;
  }
}

/** How many bytes this origin keeps (databases, caches), or null when the browser cannot say. */
export async function storageUsed(): Promise<number | null> {
  try {
    return navigator.storage?.estimate ? ((await navigator.storage.estimate()).usage ?? null) : null;
  } catch {
    return null;
  }
}

export async function storageStatus(): Promise<StorageStatus> {
  const [persistent, usedBytes] = await Promise.all([
    (async () => (navigator.storage?.persisted ? await navigator.storage.persisted() : null))().catch(() => null),
    storageUsed(),
  ]);
  return { persistent, usedBytes };
}
