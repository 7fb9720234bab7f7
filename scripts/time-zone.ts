/**
 * A time zone in which the local hour is now `hour`, for a browser launched by a script: the
 * start page differs by day (a first visit waits for its first use to load the app) and in the
 * evening (the bedtime theme is offered, so the app starts at once).
 */
export function zoneAt(hour: number, now = new Date()): string {
  const offset = ((hour - now.getUTCHours() + 36) % 24) - 12;
  // The POSIX sign: Etc/GMT-3 is three hours ahead of UTC.
  return offset >= 0 ? `Etc/GMT-${offset}` : `Etc/GMT+${-offset}`;
}
